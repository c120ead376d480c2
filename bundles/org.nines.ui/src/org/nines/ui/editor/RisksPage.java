package org.nines.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.risk.RiskRegister;
import org.nines.model.Component;
import org.nines.model.NinesPackage;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.model.Site;
import org.nines.model.SystemModel;

/**
 * The Risks page: the model's risk register, edited in place (each edit one undoable command, numbers checked), with
 * the figures of the last analysis in grey italic columns (service downtime h/yr, loss/yr, matrix cells, rank, the
 * reason), marked stale once the model changes. Below the model's risks come the risks the analysis derived from the
 * model (read-only); "Adopt as risk" adds the selected ones to the register. Sorted by expected loss, largest first.
 */
final class RisksPage {
    private static final NinesPackage P = NinesPackage.eINSTANCE;
    private static final RiskCategory[] CATEGORIES = RiskCategory.VALUES.toArray(RiskCategory[]::new);
    private static final RiskStatus[] STATUSES = RiskStatus.VALUES.toArray(RiskStatus[]::new);
    private static final String NOT_RUN = "Run an analysis (F9) to compute the figures (grey columns) and the risks derived from the model.";

    private final Composite page;
    private final Label header;
    private final ModelTable<Object> table;
    private final EditingDomain domain;
    private final SystemModel model;
    private final RiskCommands commands;
    private final PageParts.Status status;
    private final Map<String, AssessedRisk> assessed = new HashMap<>();
    private final List<AssessedRisk> proposals = new ArrayList<>();
    private String runSummary;
    private boolean stale;

    RisksPage(Composite parent, EditingDomain domain, SystemModel model) {
        this.domain = domain;
        this.model = model;
        this.commands = new RiskCommands(domain, model);
        page = PageParts.page(parent);
        header = PageParts.label(page, NOT_RUN);
        header.setData("testid", "risks.header");
        Composite tools = PageParts.toolRow(page, 5);
        TableFilter.field(tools, "risks.filter", "Filter by id, title, category, owner, status or affected element", this::filter);
        PageParts.button(tools, "Add", "risks.add", "Add a risk to the register", this::add);
        PageParts.button(tools, "Duplicate", "risks.duplicate", "Copy the selected risks", this::duplicate);
        PageParts.button(tools, "Delete", "risks.delete", "Delete the selected risks", this::deleteSelection);
        PageParts.button(tools, "Adopt as risk", "risks.adopt", "Add the selected derived risks to the register", this::adopt);
        status = new PageParts.Status(page, "risks.status");
        table = new ModelTable<>(page, Object.class, "risks.table", domain, status::show);
        table.editableWhen(Risk.class::isInstance).groupedBy(row -> row instanceof Risk ? 0 : 1)
                .computed("#", 36, row -> figures(row) == null ? "" : Integer.toString(figures(row).rank()))
                .column("Id", 95, row -> row instanceof Risk r ? r.getId() : ((AssessedRisk) row).id())
                .text("Title", 240, RisksPage::title, RisksPage::title, row -> true, (row, text) -> string((Risk) row, P.getRisk_Title(), text))
                .choice("Category", 110, row -> category(row), row -> words(CATEGORIES),
                        row -> ((Risk) row).getCategory().getValue(), (row, i) -> set((Risk) row, P.getRisk_Category(), CATEGORIES[i]))
                .dialog("Affects", 170, this::affected, row -> chooseAffected((Risk) row))
                .text("Likelihood/yr", 105, row -> number(row, Risk::getLikelihoodPerYear, f -> f.inherent().likelihoodPerYear()),
                        row -> Numbers.plain(((Risk) row).getLikelihoodPerYear()), row -> true,
                        (row, text) -> set((Risk) row, P.getRisk_LikelihoodPerYear(), Numbers.positive(id(row) + ": likelihood per year", text)))
                .text("Outage h", 80, row -> number(row, Risk::getOutageHours, f -> f.inherent().outageHours()),
                        row -> Numbers.plain(((Risk) row).getOutageHours()), row -> true,
                        (row, text) -> set((Risk) row, P.getRisk_OutageHours(), Numbers.positive(id(row) + ": outage (hours)", text)))
                .computed("Downtime h/yr", 112, row -> figure(row, f -> String.format(Locale.ROOT, "%.3g", f.inherent().downtimeHoursPerYear())))
                .computed("Loss/yr", 90, row -> figure(row, f -> String.format(Locale.ROOT, "%,.0f", f.inherent().lossPerYear())))
                .computed("Cell", 45, row -> figure(row, f -> f.inherent().matrixCell()))
                .choice("Status", 90, row -> row instanceof Risk r ? Numbers.words(r.getStatus()) : "proposed", row -> words(STATUSES),
                        row -> ((Risk) row).getStatus().getValue(), (row, i) -> set((Risk) row, P.getRisk_Status(), STATUSES[i]))
                .text("Owner", 100, row -> row instanceof Risk r ? r.getOwner() : null, row -> ((Risk) row).getOwner(), row -> true,
                        (row, text) -> string((Risk) row, P.getRisk_Owner(), text))
                .text("Mitigation", 180, row -> row instanceof Risk r ? r.getMitigation() : null, row -> ((Risk) row).getMitigation(),
                        row -> true, (row, text) -> string((Risk) row, P.getRisk_Mitigation(), text))
                .text("Residual likelihood/yr", 130, row -> residual(row, Risk::getResidualLikelihoodPerYear),
                        row -> residualValue(((Risk) row).getResidualLikelihoodPerYear()), row -> true,
                        (row, text) -> set((Risk) row, P.getRisk_ResidualLikelihoodPerYear(), Numbers.residual(id(row) + ": residual likelihood", text)))
                .text("Residual outage h", 110, row -> residual(row, Risk::getResidualOutageHours),
                        row -> residualValue(((Risk) row).getResidualOutageHours()), row -> true,
                        (row, text) -> set((Risk) row, P.getRisk_ResidualOutageHours(), Numbers.residual(id(row) + ": residual outage", text)))
                .computed("Residual loss/yr", 110, row -> figure(row, f -> String.format(Locale.ROOT, "%,.0f", f.residual().lossPerYear())))
                .computed("Residual cell", 85, row -> figure(row, f -> f.residual().matrixCell()))
                .text("Description", 220, row -> row instanceof Risk r ? r.getDescription() : null, row -> ((Risk) row).getDescription(),
                        row -> true, (row, text) -> string((Risk) row, P.getRisk_Description(), text))
                .text("Cause", 160, row -> row instanceof Risk r ? r.getCause() : null, row -> ((Risk) row).getCause(), row -> true,
                        (row, text) -> string((Risk) row, P.getRisk_Cause(), text))
                .text("Notes", 160, row -> row instanceof Risk r ? r.getNotes() : null, row -> ((Risk) row).getNotes(), row -> true,
                        (row, text) -> string((Risk) row, P.getRisk_Notes(), text))
                .computed("Why", 600, row -> figure(row, AssessedRisk::reason))
                .filterOn(row -> row instanceof Risk r ? r.getId() : ((AssessedRisk) row).id(), RisksPage::title, this::category,
                        row -> row instanceof Risk r ? r.getOwner() : null,
                        row -> row instanceof Risk r ? Numbers.words(r.getStatus()) : "proposed derived", this::affected)
                .sortedBy("Loss/yr", false);
        table.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        PageParts.contextMenu(table.table(), PageParts.action("Add", this::add), PageParts.action("Duplicate", this::duplicate),
                PageParts.action("Delete", this::deleteSelection), null, PageParts.action("Adopt as risk", this::adopt));
        refresh();
    }

    Composite control() {
        return page;
    }

    /** Shows the model's risks again (after any command); the figures of the last analysis become stale. */
    void refresh() {
        if (runSummary != null && !stale) {
            stale = true;
            header.setText(runSummary + " The model changed since: the grey figures are stale, analyse again (F9).");
        }
        showRows();
    }

    /** Shows the register of an analysis (null: not computed because the model has errors). */
    void show(RiskRegister register) {
        assessed.clear();
        proposals.clear();
        stale = false;
        if (register == null) {
            runSummary = null;
            header.setText("Not computed: the model has validation errors (see the Results view).");
        } else {
            Set<String> modelIds = new HashSet<>(model.getRisks().stream().map(Risk::getId).toList());
            register.risks().forEach(r -> assessed.put(r.id(), r));
            register.risks().stream().filter(r -> !modelIds.contains(r.id())).forEach(proposals::add);
            runSummary = register.risks().size() + " risks (" + proposals.size() + " derived from the model, in grey below the register), "
                    + "ranked by expected loss per year; downtime cost " + String.format(Locale.ROOT, "%,.0f", register.downtimeCostPerHour())
                    + " " + register.currency() + "/h. Cells are likelihood x impact levels (1-5).";
            header.setText(runSummary);
        }
        showRows();
        page.layout(true, true);
    }

    /** The model's risks, then the derived proposals not adopted (no model risk has their id): undo-safe. */
    private void showRows() {
        List<Object> rows = new ArrayList<>(model.getRisks());
        Set<String> modelIds = new HashSet<>(model.getRisks().stream().map(Risk::getId).toList());
        proposals.stream().filter(p -> !modelIds.contains(p.id())).forEach(rows::add);
        table.setRows(rows);
    }

    private void filter(String text) {
        table.setFilter(text);
    }

    private void add() {
        Risk risk = commands.newRisk(List.of());
        execute(commands.add(List.of(risk)), List.of(risk));
        table.edit(risk, 2);
    }

    private void duplicate() {
        List<Risk> selected = modelRisks();
        if (selected.isEmpty()) {
            status.show("Select the risks of the register to duplicate (derived ones are adopted, not duplicated).");
            return;
        }
        List<Risk> copies = commands.copies(selected);
        execute(commands.add(copies), copies);
    }

    /** Deletes the selected risks of the register (derived proposals are not deleted). */
    void deleteSelection() {
        List<Risk> selected = modelRisks();
        if (selected.isEmpty()) {
            status.show("Select the risks of the register to delete.");
            return;
        }
        status.show(null);
        domain.getCommandStack().execute(commands.delete(selected));
    }

    private void adopt() {
        List<AssessedRisk> selected = table.selected().stream().filter(AssessedRisk.class::isInstance).map(AssessedRisk.class::cast).toList();
        if (selected.isEmpty()) {
            status.show("Select derived risks (grey rows below the register) to adopt.");
            return;
        }
        try {
            List<Risk> adopted = selected.stream().map(commands::adopt).toList();
            execute(commands.add(adopted), adopted); // the rows hide adopted proposals; undo shows them again
        } catch (IllegalArgumentException e) {
            status.show(e.getMessage());
        }
    }

    private void execute(Command command, List<Risk> show) {
        status.show(null);
        domain.getCommandStack().execute(command);
        showRows();
        table.setFilter("");
        table.viewer().setSelection(new StructuredSelection(show), true);
    }

    private List<Risk> modelRisks() {
        return table.selected().stream().filter(Risk.class::isInstance).map(Risk.class::cast).toList();
    }

    /** Opens the checklist of sites and components; returns the command, or null when cancelled or unchanged. */
    private Command chooseAffected(Risk risk) {
        List<EObject> items = new ArrayList<>(model.getSites());
        items.addAll(model.getComponents());
        List<EObject> checked = new ArrayList<>(risk.getAffectedSites());
        checked.addAll(risk.getAffectedComponents());
        var dialog = new ChecklistDialog<>(page.getShell(), "Affected elements of " + risk.getId(),
                "Tick what the risk takes down (a site takes down every component at it):", items,
                o -> o instanceof Site s ? "Site: " + s.getName() : ((Component) o).getName() + "  (" + ((Component) o).getId() + ")", checked);
        if (dialog.open() != IDialogConstants.OK_ID) {
            return null;
        }
        List<Site> sites = dialog.checked().stream().filter(Site.class::isInstance).map(Site.class::cast).toList();
        List<Component> components = dialog.checked().stream().filter(Component.class::isInstance).map(Component.class::cast).toList();
        if (sites.isEmpty() && components.isEmpty()) {
            status.show(risk.getId() + ": a risk must affect at least one component or site; nothing changed.");
            return null;
        }
        CompoundCommand command = new CompoundCommand("Set affected elements");
        if (!sites.equals(risk.getAffectedSites())) {
            command.append(SetCommand.create(domain, risk, P.getRisk_AffectedSites(), sites));
        }
        if (!components.equals(risk.getAffectedComponents())) {
            command.append(SetCommand.create(domain, risk, P.getRisk_AffectedComponents(), components));
        }
        return command.isEmpty() ? null : command;
    }

    private Command set(Risk risk, EStructuralFeature feature, Object value) {
        return ModelTable.set(domain, risk, feature, value);
    }

    /** Free text: empty clears it. */
    private Command string(Risk risk, EStructuralFeature feature, String text) {
        return set(risk, feature, text.isEmpty() ? null : text);
    }

    private AssessedRisk figures(Object row) {
        return row instanceof AssessedRisk a ? a : assessed.get(((Risk) row).getId());
    }

    private String figure(Object row, Function<AssessedRisk, String> format) {
        AssessedRisk figures = figures(row);
        return figures == null ? "" : format.apply(figures);
    }

    private String number(Object row, java.util.function.ToDoubleFunction<Risk> value, java.util.function.ToDoubleFunction<AssessedRisk> derived) {
        double v = row instanceof Risk r ? value.applyAsDouble(r) : derived.applyAsDouble((AssessedRisk) row);
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String residual(Object row, java.util.function.ToDoubleFunction<Risk> value) {
        return row instanceof Risk r && value.applyAsDouble(r) >= 0 ? String.format(Locale.ROOT, "%.3g", value.applyAsDouble(r)) : "same";
    }

    private static String residualValue(double value) {
        return value < 0 ? "" : Numbers.plain(value);
    }

    private static String title(Object row) {
        return row instanceof Risk r ? r.getTitle() : ((AssessedRisk) row).title();
    }

    private String category(Object row) {
        return row instanceof Risk r ? Numbers.words(r.getCategory())
                : ((AssessedRisk) row).category() == null ? "" : ((AssessedRisk) row).category().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String affected(Object row) {
        if (row instanceof Risk r) {
            List<String> names = new ArrayList<>();
            r.getAffectedSites().forEach(s -> names.add("site " + s.getName()));
            r.getAffectedComponents().forEach(c -> names.add(c.getName()));
            return String.join(", ", names);
        }
        return String.join(", ", ((AssessedRisk) row).affectedComponentIds().stream().map(id -> model.getComponents().stream()
                .filter(c -> id.equals(c.getId())).map(Component::getName).findFirst().orElse(id)).toList());
    }

    private static String id(Object row) {
        return ((Risk) row).getId();
    }

    private static String[] words(Enum<?>[] literals) {
        return java.util.Arrays.stream(literals).map(Numbers::words).toArray(String[]::new);
    }
}
