package org.nines.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.EventResult;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FailureModel;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.FixedRepair;
import org.nines.model.LognormalFailure;
import org.nines.model.LognormalRepair;
import org.nines.model.NinesPackage;
import org.nines.model.NonRepairable;
import org.nines.model.NormalFailure;
import org.nines.model.NormalRepair;
import org.nines.model.RepairModel;
import org.nines.model.SystemModel;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.WeibullFailure;

/**
 * The Components page: every component of the model in a sortable, filterable table with its failure and repair
 * data, costs and, after an analysis, its unavailability and share of the downtime (grey). Name, kind, site, MTBF,
 * MTTR, CAPEX and OPEX are edited in place as undoable commands; invalid values are refused with a message below the
 * table and in the status line. The computed columns are marked stale when the model changes after an analysis. Add, Duplicate and Delete work on the selection (buttons and context menu).
 */
final class ComponentsPage {
    private static final NinesPackage P = NinesPackage.eINSTANCE;
    /** Index of the first computed column (unavailability, then the downtime share). */
    private static final int UNAVAILABILITY_COLUMN = 6;
    private static final ComponentKind[] KINDS = ComponentKind.VALUES.toArray(ComponentKind[]::new);

    private final Composite page;
    private final ModelTable<Component> table;
    private final EditingDomain domain;
    private final SystemModel model;
    private final ComponentCommands commands;
    private final PageParts.Status status;
    private final Map<String, EventResult> results = new HashMap<>();
    private boolean stale;

    ComponentsPage(Composite parent, EditingDomain domain, SystemModel model) {
        this.domain = domain;
        this.model = model;
        this.commands = new ComponentCommands(domain, model);
        page = PageParts.page(parent);
        Composite tools = PageParts.toolRow(page, 4);
        Text filter = TableFilter.field(tools, "components.filter", "Filter by name, id, kind or site", this::filter);
        filter.setToolTipText("Shows the components whose name, id, kind or site contains this text (any case)");
        PageParts.button(tools, "Add", "components.add", "Add a component (MTBF 50,000 h, MTTR 4 h)", this::add);
        PageParts.button(tools, "Duplicate", "components.duplicate", "Copy the selected components", this::duplicate);
        PageParts.button(tools, "Delete", "components.delete", "Delete the selected components", this::delete);
        status = new PageParts.Status(page, "components.status");
        table = new ModelTable<>(page, Component.class, "components.table", domain, status::show);
        table.text("Name", 240, Component::getName, Component::getName, c -> true, this::rename)
                .column("Id", 90, Component::getId)
                .choice("Kind", 130, c -> Numbers.words(c.getKind()), c -> words(KINDS), c -> c.getKind().getValue(),
                        (c, i) -> set(c, P.getComponent_Kind(), KINDS[i]))
                .choice("Site", 130, c -> c.getSite() == null ? "" : c.getSite().getName(), c -> siteChoices(),
                        c -> c.getSite() == null ? 0 : model.getSites().indexOf(c.getSite()) + 1,
                        (c, i) -> set(c, P.getComponent_Site(), i == 0 ? null : model.getSites().get(i - 1)))
                .text("Failure", 150, c -> describe(c.getFailure()), c -> mtbf(c) == null ? "" : Numbers.plain(mtbf(c)),
                        c -> mtbf(c) != null, this::setMtbf)
                .text("Repair", 120, c -> describe(c.getRepair()), c -> mttr(c) == null ? "" : Numbers.plain(mttr(c)),
                        c -> mttr(c) != null, this::setMttr)
                .computed("Unavailability", 165, c -> result(c, r -> String.format(Locale.ROOT, "%.3e", r.unavailability())))
                .computed("Downtime share (FV)", 180, c -> result(c, r -> String.format(Locale.ROOT, "%.1f %%", 100 * r.fussellVesely())))
                .text("CAPEX", 90, c -> String.format(Locale.ROOT, "%,.0f", c.getCapex()), c -> Numbers.plain(c.getCapex()), c -> true,
                        (c, text) -> set(c, P.getComponent_Capex(), Numbers.nonNegative(label(c) + ": CAPEX", text)))
                .text("OPEX/yr", 90, c -> String.format(Locale.ROOT, "%,.0f", c.getOpexPerYear()), c -> Numbers.plain(c.getOpexPerYear()),
                        c -> true, (c, text) -> set(c, P.getComponent_OpexPerYear(),
                                Numbers.nonNegative(label(c) + ": OPEX per year", text)))
                .filterOn(Component::getName, Component::getId, c -> Numbers.words(c.getKind()),
                        c -> c.getSite() == null ? null : c.getSite().getName());
        table.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        PageParts.contextMenu(table.table(), PageParts.action("Add", this::add), PageParts.action("Duplicate", this::duplicate),
                PageParts.action("Delete", this::delete));
        org.nines.ui.diagram.ComponentDrag.install(table.viewer()); // onto a diagram shown in another window
        refresh();
    }

    /** @return the page (filter, buttons, table) */
    Control control() {
        return page;
    }

    /** @return the table; its selection is the editor's selection */
    TableViewer viewer() {
        return table.viewer();
    }

    /** Shows the model's components again; cheap when the set of components is unchanged (keeps selection and scroll). */
    void refresh() {
        if (table.table().isDisposed()) {
            return;
        }
        if (!results.isEmpty() && !stale) {
            stale = true;
            table.retitle(UNAVAILABILITY_COLUMN, "Unavailability (stale)");
            table.retitle(UNAVAILABILITY_COLUMN + 1, "Downtime share (stale)");
        }
        table.setRows(model.getComponents());
    }

    void setResult(AvailabilityResult result) {
        results.clear();
        stale = false;
        table.retitle(UNAVAILABILITY_COLUMN, "Unavailability");
        table.retitle(UNAVAILABILITY_COLUMN + 1, "Downtime share (FV)");
        if (result != null) {
            result.events().forEach(e -> results.put(e.key(), e));
        }
        table.viewer().refresh();
    }

    private void filter(String text) {
        table.setFilter(text);
    }

    private void add() {
        Component component = commands.newComponent();
        domain.getCommandStack().execute(commands.add(List.of(component)));
        reveal(List.of(component));
        table.edit(component, 0);
    }

    private void duplicate() {
        List<Component> selected = table.selected();
        if (selected.isEmpty()) {
            status.show("Select the components to duplicate.");
            return;
        }
        List<Component> copies = commands.copies(selected);
        domain.getCommandStack().execute(commands.add(copies));
        reveal(copies);
    }

    /** Edit &gt; Delete: deletes in the focused text field if any, else the selected components (see {@link #delete}). */
    void deleteSelection() {
        if (!PageParts.deleteInFocusedText(page)) {
            delete();
        }
    }

    /** Deletes the selected components after a confirmation listing what goes with them. */
    private void delete() {
        List<Component> selected = table.selected();
        if (selected.isEmpty()) {
            status.show("Select the components to delete.");
            return;
        }
        ComponentCommands.DeletePlan plan = commands.delete(selected);
        String what = selected.size() == 1 ? "'" + label(selected.get(0)) + "'" : selected.size() + " components";
        if (plan.blocked()) {
            MessageDialog.openError(page.getShell(), "Delete components", "Cannot delete " + what + ":\n\n- "
                    + String.join("\n- ", plan.blockers()) + "\n\nChange these first, then delete again.");
            return;
        }
        if (!plan.consequences().isEmpty() && 0 != MessageDialog.open(MessageDialog.CONFIRM, page.getShell(), "Delete components",
                "Delete " + what + "? This also changes the model:\n\n- " + String.join("\n- ", plan.consequences()), SWT.NONE,
                "Delete", "Cancel")) {
            return;
        }
        status.show(null);
        domain.getCommandStack().execute(plan.command());
    }

    /** Shows and selects the components even when the filter would hide them. */
    private void reveal(List<Component> components) {
        refresh();
        if (!components.stream().allMatch(c -> table.viewer().testFindItem(c) != null)) {
            table.setFilter("");
        }
        table.viewer().setSelection(new StructuredSelection(components), true);
    }

    private Command rename(Component c, String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException(label(c) + ": the name must not be empty");
        }
        return set(c, P.getElement_Name(), name);
    }

    private Command setMtbf(Component c, String text) {
        double hours = Numbers.positive(label(c) + ": MTBF (hours)", text);
        return set(c.getFailure(), P.getExponentialFailure_MtbfHours(), hours);
    }

    private Command setMttr(Component c, String text) {
        double hours = Numbers.positive(label(c) + ": MTTR (hours)", text);
        return set(c.getRepair(), P.getExponentialRepair_MttrHours(), hours);
    }

    /** @return the command setting the feature, or null when the value is unchanged (no command, no dirty flag) */
    private Command set(EObject owner, EStructuralFeature feature, Object value) {
        return ModelTable.set(domain, owner, feature, value);
    }

    private String[] siteChoices() {
        List<String> names = new ArrayList<>(List.of("(none)"));
        model.getSites().forEach(s -> names.add(s.getName() == null ? s.getId() : s.getName()));
        return names.toArray(String[]::new);
    }

    private static String[] words(Enum<?>[] literals) {
        return Arrays.stream(literals).map(Numbers::words).toArray(String[]::new);
    }

    private static Double mtbf(Component c) {
        return c.getFailure() instanceof ExponentialFailure e ? e.getMtbfHours() : null;
    }

    private static Double mttr(Component c) {
        return c.getRepair() instanceof ExponentialRepair r ? r.getMttrHours() : null;
    }

    private static String label(Component c) {
        return c.getName() == null || c.getName().isBlank() ? c.getId() : c.getName();
    }

    private String result(Component c, Function<EventResult, String> format) {
        EventResult r = results.get(c.getId());
        return r == null ? "" : format.apply(r);
    }

    /** Numbers compare as numbers, the rest as text. */
    static int compareText(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a.replace(",", "").replace("%", "").trim()),
                    Double.parseDouble(b.replace(",", "").replace("%", "").trim()));
        } catch (NumberFormatException e) {
            return a.compareToIgnoreCase(b);
        }
    }

    static String describe(FailureModel failure) {
        return switch (failure) {
            case null -> "(none)";
            case ExponentialFailure e -> String.format(Locale.ROOT, "MTBF %,.0f h", e.getMtbfHours());
            case WeibullFailure w -> String.format(Locale.ROOT, "Weibull \u03B2 %.2f, \u03B7 %,.0f h", w.getShape(), w.getScaleHours());
            case LognormalFailure l -> String.format(Locale.ROOT, "lognormal mean %,.0f h", l.getMeanHours());
            case NormalFailure n -> String.format(Locale.ROOT, "normal mean %,.0f h", n.getMeanHours());
            case UniformFailure u -> String.format(Locale.ROOT, "uniform %,.0f-%,.0f h", u.getMinHours(), u.getMaxHours());
            case FixedProbabilityFailure f -> String.format(Locale.ROOT, "probability %.3g", f.getProbability());
            default -> failure.eClass().getName();
        };
    }

    static String describe(RepairModel repair) {
        return switch (repair) {
            case null -> "(none)";
            case ExponentialRepair e -> String.format(Locale.ROOT, "MTTR %.3g h", e.getMttrHours());
            case LognormalRepair l -> String.format(Locale.ROOT, "lognormal mean %.3g h", l.getMeanHours());
            case FixedRepair f -> String.format(Locale.ROOT, "fixed %.3g h", f.getHours());
            case NormalRepair n -> String.format(Locale.ROOT, "normal mean %.3g h", n.getMeanHours());
            case UniformRepair u -> String.format(Locale.ROOT, "uniform %.3g-%.3g h", u.getMinHours(), u.getMaxHours());
            case NonRepairable n -> "not repaired";
            default -> repair.eClass().getName();
        };
    }
}
