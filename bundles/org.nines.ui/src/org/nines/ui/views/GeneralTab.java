package org.nines.ui.views;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramElement;
import org.nines.model.Element;
import org.nines.model.End;
import org.nines.model.KofN;
import org.nines.model.Risk;
import org.nines.model.Site;
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;
import org.nines.model.NinesPackage.Literals;
import org.nines.model.validation.Labels;

/** The General tab: names, ids, kinds and the fields of elements that have no other tab (k-of-n, standby, ...). */
final class GeneralTab {
    private GeneralTab() {
    }

    /** Fills a form with the fields of any model element. */
    static void fill(PropertyForm form, EObject element) {
        switch (element) {
            case Component c -> component(form, c);
            case Block b -> {
                form.heading("Block");
                identity(form, "properties.block", b);
                enabled(form, b);
            }
            case KofN k -> {
                identity(form, "properties.general", k);
                enabled(form, k);
                form.text("properties.kofn.k", "k (working paths needed)", k, Literals.KOF_N__K, "of n = " + ValueRule.incoming(k));
            }
            case StandbyGroup s -> standby(form, s);
            case Connector c -> {
                form.readOnly("properties.general.id", "Id", c.getId());
                form.readOnly("properties.connector.ends", "From \u2192 to", name(c.getSource()) + "  \u2192  " + name(c.getTarget()));
                form.check("properties.connector.enabled", "Enabled", c, Literals.DIAGRAM_ELEMENT__ENABLED);
            }
            case SubDiagramBlock s -> {
                identity(form, "properties.general", s);
                enabled(form, s);
                form.readOnly("properties.subdiagram.diagram", "Diagram", name(s.getDiagram()));
            }
            case Start s -> identity(form, "properties.general", s);
            case End e -> identity(form, "properties.general", e);
            case Site s -> site(form, s);
            case Diagram d -> diagram(form, d);
            case CommonCauseGroup g -> {
                identity(form, "properties.general", g);
                form.text("properties.ccf.beta", "Beta factor", g, Literals.COMMON_CAUSE_GROUP__BETA, "fraction");
                form.readOnly("properties.ccf.members", "Members", names(g.getMembers()));
            }
            case Risk r -> risk(form, r);
            case SystemModel m -> model(form, m);
            case Element e -> identity(form, "properties.general", e);
            default -> form.note(Labels.of(element) + " has no properties to edit here.");
        }
    }

    /** The component's own general fields (also shown for a block, next to the block's fields). */
    static void component(PropertyForm form, Component c) {
        identity(form, "properties.general", c);
        form.enumeration("properties.general.kind", "Kind", c, Literals.COMPONENT__KIND);
        SystemModel model = c.eContainer() instanceof SystemModel m ? m : null;
        List<Site> sites = model == null ? List.of() : List.copyOf(model.getSites());
        List<String> items = new java.util.ArrayList<>(List.of("(no site)"));
        sites.forEach(s -> items.add(name(s)));
        form.choice("properties.general.site", "Site", items, () -> c.getSite() == null ? 0 : sites.indexOf(c.getSite()) + 1,
                index -> form.execute(org.eclipse.emf.edit.command.SetCommand.create(form.domain(), c, Literals.COMPONENT__SITE,
                        index == 0 ? null : sites.get(index - 1))));
        form.readOnly("properties.general.tags", "Tags", String.join(", ", c.getTags()));
        form.multiLine("properties.general.notes", "Notes", c, Literals.COMPONENT__NOTES);
    }

    private static void identity(PropertyForm form, String prefix, Element element) {
        form.text(prefix + ".name", "Name", element, Literals.ELEMENT__NAME, "");
        form.readOnly(prefix + ".id", "Id", element.getId());
    }

    private static void enabled(PropertyForm form, DiagramElement element) {
        form.check("properties.general.enabled", "Enabled", element, Literals.DIAGRAM_ELEMENT__ENABLED);
    }

    private static void standby(PropertyForm form, StandbyGroup s) {
        identity(form, "properties.general", s);
        enabled(form, s);
        form.enumeration("properties.standby.mode", "Mode", s, Literals.STANDBY_GROUP__MODE);
        form.text("properties.standby.dormant", "Dormant factor", s, Literals.STANDBY_GROUP__DORMANT_FACTOR, "of active rate");
        form.text("properties.standby.switchover", "Switch-over time", s, Literals.STANDBY_GROUP__SWITCHOVER_HOURS, "h");
        form.text("properties.standby.switchFailure", "Switch failure probability", s,
                Literals.STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY, "per demand");
        form.readOnly("properties.standby.members", "Members (primary first)", names(s.getMembers()));
    }

    private static void site(PropertyForm form, Site s) {
        identity(form, "properties.general", s);
        form.text("properties.site.location", "Location", s, Literals.SITE__LOCATION, "");
        form.text("properties.site.crews", "Repair crews", s, Literals.SITE__REPAIR_CREWS, "0 = shared");
        form.text("properties.site.travel", "Travel time", s, Literals.SITE__TRAVEL_HOURS, "h");
        form.multiLine("properties.general.description", "Description", s, Literals.SITE__DESCRIPTION);
    }

    private static void diagram(PropertyForm form, Diagram d) {
        identity(form, "properties.general", d);
        form.text("properties.diagram.rto", "RTO target", d, Literals.DIAGRAM__RTO_TARGET_HOURS, "h, 0 = none");
        form.text("properties.diagram.rpo", "RPO target", d, Literals.DIAGRAM__RPO_TARGET_HOURS, "h, 0 = none");
        form.text("properties.diagram.mto", "Max. tolerable outage", d, Literals.DIAGRAM__MAX_TOLERABLE_OUTAGE_HOURS, "h, 0 = none");
        form.multiLine("properties.general.description", "Description", d, Literals.DIAGRAM__DESCRIPTION);
    }

    /** The model's settings, shown when nothing is selected in the editor. */
    private static void model(PropertyForm form, SystemModel m) {
        form.heading("Model");
        form.text("properties.model.name", "Name", m, Literals.SYSTEM_MODEL__NAME, "");
        form.text("properties.model.currency", "Currency", m, Literals.SYSTEM_MODEL__CURRENCY, "ISO 4217");
        form.text("properties.model.downtimeCost", "Downtime cost", m, Literals.SYSTEM_MODEL__DOWNTIME_COST_PER_HOUR,
                (m.getCurrency() == null ? "" : m.getCurrency()) + "/h");
        form.text("properties.model.mission", "Mission time", m, Literals.SYSTEM_MODEL__MISSION_TIME_HOURS, "h");
        form.text("properties.model.period", "Analysis period", m, Literals.SYSTEM_MODEL__ANALYSIS_PERIOD_HOURS, "h");
        form.text("properties.model.crews", "Repair crews", m, Literals.SYSTEM_MODEL__REPAIR_CREWS, "0 = unlimited");
        form.text("properties.model.delay", "Logistic delay", m, Literals.SYSTEM_MODEL__LOGISTIC_DELAY_HOURS, "h");
        form.multiLine("properties.model.description", "Description", m, Literals.SYSTEM_MODEL__DESCRIPTION);
    }

    private static void risk(PropertyForm form, Risk r) {
        identity(form, "properties.general", r);
        form.text("properties.risk.title", "Title", r, Literals.RISK__TITLE, "");
        form.enumeration("properties.risk.category", "Category", r, Literals.RISK__CATEGORY);
        form.text("properties.risk.likelihood", "Likelihood", r, Literals.RISK__LIKELIHOOD_PER_YEAR, "per year");
        form.text("properties.risk.outage", "Outage", r, Literals.RISK__OUTAGE_HOURS, "h");
        form.enumeration("properties.risk.status", "Status", r, Literals.RISK__STATUS);
        form.text("properties.risk.owner", "Owner", r, Literals.RISK__OWNER, "");
    }

    static String name(EObject object) {
        if (object instanceof Element e) {
            return e.getName() == null || e.getName().isBlank() ? String.valueOf(e.getId()) : e.getName();
        }
        return object == null ? "(none)" : Labels.of(object);
    }

    private static String names(List<? extends EObject> objects) {
        return objects.isEmpty() ? "(none)" : objects.stream().map(GeneralTab::name).collect(Collectors.joining(", "));
    }
}
