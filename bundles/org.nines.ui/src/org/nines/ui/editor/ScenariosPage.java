package org.nines.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.scenario.Comparison;
import org.nines.model.Change;
import org.nines.model.CommonCauseChange;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentParameter;
import org.nines.model.DiagramElement;
import org.nines.model.EnablementChange;
import org.nines.model.KofN;
import org.nines.model.KofNChange;
import org.nines.model.NinesPackage;
import org.nines.model.ParameterChange;
import org.nines.model.Scenario;
import org.nines.model.StandbyChange;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.SystemModel;
import org.nines.model.validation.Labels;
import org.nines.ui.UiFormats;

/**
 * The Scenarios page: the model's what-if scenarios on the left (add, rename in place, delete, extra costs), the
 * selected scenario's changes on the right (add a change of a chosen kind, delete, edit its target, parameter and value
 * in place), and below the comparison of all alternatives from the last analysis (availability, downtime, costs,
 * payback, Pareto flag).
 */
final class ScenariosPage {
    private static final NinesPackage P = NinesPackage.eINSTANCE;
    private static final ComponentParameter[] PARAMETERS = ComponentParameter.VALUES.toArray(ComponentParameter[]::new);

    private final SashForm page;
    private final EditingDomain domain;
    private final SystemModel model;
    private final ScenarioCommands commands;
    private final ModelTable<Scenario> scenarios;
    private final ModelTable<Change> changes;
    private final Label changesHeader;
    private final Label comparisonHeader;
    private final RecordTable<Alternative> alternatives;
    private final PageParts.Status status;
    private final Combo changeKind;
    private String runSummary;
    private boolean stale;

    ScenariosPage(Composite parent, EditingDomain domain, SystemModel model) {
        this.domain = domain;
        this.model = model;
        this.commands = new ScenarioCommands(domain, model);
        page = new SashForm(parent, SWT.VERTICAL);
        SashForm top = new SashForm(page, SWT.HORIZONTAL);

        Composite left = PageParts.page(top);
        PageParts.label(left, "Scenarios (what-if alternatives against the base model):");
        Composite leftTools = PageParts.toolRow(left, 2);
        PageParts.button(leftTools, "Add", "scenarios.add", "Add a scenario", this::addScenario);
        PageParts.button(leftTools, "Delete", "scenarios.delete", "Delete the selected scenarios", this::deleteScenarios);
        scenarios = new ModelTable<>(left, Scenario.class, "scenarios.list", domain, this::show);
        scenarios.text("Name", 200, Scenario::getName, Scenario::getName, s -> true, (s, text) -> {
            if (text.isEmpty()) {
                throw new IllegalArgumentException(s.getId() + ": the name must not be empty");
            }
            return ModelTable.set(domain, s, P.getElement_Name(), text);
        }).column("Id", 60, Scenario::getId)
                .text("Extra CAPEX", 105, s -> String.format(Locale.ROOT, "%,.0f", s.getExtraCapex()), s -> Numbers.plain(s.getExtraCapex()),
                        s -> true, (s, text) -> ModelTable.set(domain, s, P.getScenario_ExtraCapex(), Numbers.nonNegative(s.getId() + ": extra CAPEX", text)))
                .text("Extra OPEX/yr", 115, s -> String.format(Locale.ROOT, "%,.0f", s.getExtraOpexPerYear()), s -> Numbers.plain(s.getExtraOpexPerYear()),
                        s -> true, (s, text) -> ModelTable.set(domain, s, P.getScenario_ExtraOpexPerYear(),
                                Numbers.nonNegative(s.getId() + ": extra OPEX per year", text)));
        scenarios.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scenarios.viewer().addSelectionChangedListener(e -> showChanges());
        PageParts.contextMenu(scenarios.table(), PageParts.action("Add", this::addScenario), PageParts.action("Delete", this::deleteScenarios));

        Composite right = PageParts.page(top);
        changesHeader = PageParts.label(right, "Select a scenario to see its changes.");
        Composite rightTools = PageParts.toolRow(right, 3);
        changeKind = new Combo(rightTools, SWT.READ_ONLY);
        for (ScenarioCommands.ChangeKind kind : ScenarioCommands.ChangeKind.values()) {
            changeKind.add(kind.label);
        }
        changeKind.select(0);
        changeKind.setData("testid", "scenarios.changeKind");
        changeKind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        PageParts.button(rightTools, "Add change", "scenarios.addChange", "Add a change of the chosen kind", this::addChange);
        PageParts.button(rightTools, "Delete change", "scenarios.deleteChange", "Delete the selected changes", this::deleteChanges);
        status = new PageParts.Status(right, "scenarios.status");
        changes = new ModelTable<>(right, Change.class, "scenarios.changes", domain, status::show);
        changes.column("Change", 150, ScenariosPage::kind)
                .choice("Target", 280, c -> label(target(c)), c -> targets(c).stream().map(ScenariosPage::label).toArray(String[]::new),
                        c -> targets(c).indexOf(target(c)), (c, i) -> ModelTable.set(domain, c, targetFeature(c), targets(c).get(i)))
                .choice("Parameter", 150, c -> c instanceof ParameterChange p ? parameter(p.getParameter()) : "",
                        c -> c instanceof ParameterChange ? java.util.Arrays.stream(PARAMETERS).map(ScenariosPage::parameter).toArray(String[]::new) : new String[0],
                        c -> c instanceof ParameterChange p ? p.getParameter().getValue() : -1,
                        (c, i) -> ModelTable.set(domain, c, P.getParameterChange_Parameter(), PARAMETERS[i]))
                .text("Value", 240, ScenariosPage::value, ScenariosPage::editValue, c -> true, this::setValue);
        changes.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        PageParts.contextMenu(changes.table(), PageParts.action("Add change", this::addChange),
                PageParts.action("Delete change", this::deleteChanges));
        top.setWeights(45, 55);

        Composite bottom = PageParts.page(page);
        comparisonHeader = PageParts.label(bottom, "Run an analysis (F9) to compare the scenarios.");
        comparisonHeader.setData("testid", "scenarios.header");
        alternatives = new RecordTable<>(bottom, Alternative.class, "scenarios.table")
                .column("Id", 80, Alternative::id)
                .column("Alternative", 230, Alternative::name)
                .column("Availability", 110, a -> UiFormats.percent(a.availability()))
                .column("Downtime h/yr", 115, a -> String.format(Locale.ROOT, "%.3f", a.downtimeHoursPerYear()))
                .column("Outages/yr", 95, a -> String.format(Locale.ROOT, "%.3g", a.outagesPerYear()))
                .column("CAPEX", 90, a -> String.format(Locale.ROOT, "%,.0f", a.capex()))
                .column("OPEX/yr", 90, a -> String.format(Locale.ROOT, "%,.0f", a.opexPerYear()))
                .column("TCO/yr", 90, a -> String.format(Locale.ROOT, "%,.0f", a.costOfOwnershipPerYear()))
                .column("Downtime cost/yr", 130, a -> String.format(Locale.ROOT, "%,.0f", a.downtimeCostPerYear()))
                .column("Total/yr", 90, a -> String.format(Locale.ROOT, "%,.0f", a.totalCostPerYear()))
                .column("Payback", 80, a -> a.base() ? "" : Double.isInfinite(a.paybackYears()) ? "never"
                        : String.format(Locale.ROOT, "%.1f yr", a.paybackYears()))
                .column("Pareto", 60, a -> a.paretoEfficient() ? "yes" : "");
        alternatives.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        page.setWeights(55, 45);
        refresh();
        if (!model.getScenarios().isEmpty()) {
            scenarios.viewer().setSelection(new StructuredSelection(model.getScenarios().get(0)));
        }
    }

    Composite control() {
        return page;
    }

    /** Shows the model's scenarios and the selected one's changes again; the comparison becomes stale. */
    void refresh() {
        scenarios.setRows(model.getScenarios());
        showChanges();
        if (runSummary != null && !stale) {
            stale = true;
            comparisonHeader.setText(runSummary + " The model changed since: analyse again (F9).");
        }
    }

    /** Shows the comparison of an analysis (null: not computed because the model has errors). */
    void show(Comparison comparison) {
        stale = false;
        if (comparison == null) {
            runSummary = null;
            comparisonHeader.setText("Not computed: the model has validation errors (see the Results view).");
            alternatives.setRows(null);
        } else {
            runSummary = comparison.alternatives().size() + " alternatives (money in " + comparison.currency()
                    + "): TCO = CAPEX / service life + OPEX; total = TCO + downtime cost; Pareto = no alternative both cheaper and more available.";
            comparisonHeader.setText(runSummary);
            alternatives.setRows(comparison.alternatives());
        }
        comparisonHeader.getParent().layout(true, true);
    }

    private void show(String message) {
        status.show(message);
    }

    private Scenario selectedScenario() {
        List<Scenario> selected = scenarios.selected();
        return selected.size() == 1 ? selected.get(0) : null;
    }

    private void showChanges() {
        Scenario scenario = selectedScenario();
        changes.setRows(scenario == null ? List.of() : scenario.getChanges());
        changesHeader.setText(scenario == null ? "Select a scenario to see its changes."
                : "Changes of '" + scenario.getName() + "', applied in order to a copy of the base model:");
        changesHeader.getParent().layout(true, true);
    }

    private void addScenario() {
        Scenario scenario = commands.newScenario();
        domain.getCommandStack().execute(commands.add(scenario));
        refresh();
        scenarios.viewer().setSelection(new StructuredSelection(scenario), true);
        scenarios.edit(scenario, 0);
    }

    private void deleteScenarios() {
        List<Scenario> selected = scenarios.selected();
        if (!selected.isEmpty()) {
            domain.getCommandStack().execute(commands.delete(selected));
        }
    }

    private void addChange() {
        Scenario scenario = selectedScenario();
        if (scenario == null) {
            status.show("Select one scenario to add a change to.");
            return;
        }
        ScenarioCommands.ChangeKind kind = ScenarioCommands.ChangeKind.values()[Math.max(0, changeKind.getSelectionIndex())];
        var change = commands.newChange(kind);
        if (change.isEmpty()) {
            status.show("The model has nothing to change for '" + kind.label + "'.");
            return;
        }
        status.show(null);
        domain.getCommandStack().execute(commands.addChange(scenario, change.get()));
        showChanges();
        changes.viewer().setSelection(new StructuredSelection(change.get()), true);
    }

    private void deleteChanges() {
        Scenario scenario = selectedScenario();
        List<Change> selected = changes.selected();
        if (scenario != null && !selected.isEmpty()) {
            domain.getCommandStack().execute(commands.deleteChanges(scenario, selected));
        }
    }

    /** @return the parameter with its unit, e.g. "MTBF (h)" */
    static String parameter(ComponentParameter parameter) {
        return switch (parameter) {
            case MTBF_HOURS -> "MTBF (h)";
            case MTTR_HOURS -> "MTTR (h)";
            case FAILURE_PROBABILITY -> "failure probability";
            case WEIBULL_SHAPE -> "Weibull shape";
            case WEIBULL_SCALE_HOURS -> "Weibull scale (h)";
            case CAPEX -> "CAPEX";
            case OPEX_PER_YEAR -> "OPEX per year";
            case SERVICE_LIFE_YEARS -> "service life (years)";
        };
    }

    /** Deletes the selected changes when the changes table has the focus, else the selected scenarios (Edit > Delete). */
    void deleteSelection() {
        if (changes.table().isFocusControl()) {
            deleteChanges();
        } else {
            deleteScenarios();
        }
    }

    private static String kind(Change change) {
        return switch (change) {
            case EnablementChange e -> "enable / disable";
            case ParameterChange p -> "parameter";
            case KofNChange k -> "k of n";
            case StandbyChange s -> "standby group";
            case CommonCauseChange c -> "common-cause beta";
            default -> change.eClass().getName();
        };
    }

    private static EObject target(Change change) {
        EStructuralFeature feature = targetFeature(change);
        return feature == null ? null : (EObject) change.eGet(feature);
    }

    private static EStructuralFeature targetFeature(Change change) {
        return switch (change) {
            case EnablementChange e -> P.getEnablementChange_Element();
            case ParameterChange p -> P.getParameterChange_Component();
            case KofNChange k -> P.getKofNChange_Node();
            case StandbyChange s -> P.getStandbyChange_Group();
            case CommonCauseChange c -> P.getCommonCauseChange_Group();
            default -> null;
        };
    }

    /** @return what the change may name, in model order */
    private List<EObject> targets(Change change) {
        Class<?> type = switch (change) {
            case EnablementChange e -> DiagramElement.class;
            case ParameterChange p -> Component.class;
            case KofNChange k -> KofN.class;
            case StandbyChange s -> StandbyGroup.class;
            case CommonCauseChange c -> CommonCauseGroup.class;
            default -> Void.class;
        };
        List<EObject> targets = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                targets.add(o);
            }
        });
        return targets;
    }

    private static String label(EObject object) {
        return object == null ? "(none)" : Labels.of(object);
    }

    private static String value(Change change) {
        return switch (change) {
            case EnablementChange e -> e.isEnabled() ? "enabled" : "disabled";
            case ParameterChange p -> Numbers.plain(p.getValue());
            case KofNChange k -> "k = " + k.getK();
            case StandbyChange s -> Numbers.words(s.getMode()) + ", switch-over " + Numbers.plain(s.getSwitchoverHours())
                    + " h, switch failure " + Numbers.plain(s.getSwitchFailureProbability());
            case CommonCauseChange c -> "beta = " + Numbers.plain(c.getBeta());
            default -> "";
        };
    }

    private static String editValue(Change change) {
        return switch (change) {
            case KofNChange k -> Integer.toString(k.getK());
            case StandbyChange s -> Numbers.words(s.getMode()) + " " + Numbers.plain(s.getSwitchoverHours()) + " "
                    + Numbers.plain(s.getSwitchFailureProbability());
            case CommonCauseChange c -> Numbers.plain(c.getBeta());
            default -> value(change);
        };
    }

    /** Parses the typed value for the change's kind; refuses what the validator would reject, naming the scenario. */
    private Command setValue(Change change, String text) {
        try {
            return parseValue(change, text);
        } catch (IllegalArgumentException e) {
            String scenario = change.eContainer() instanceof Scenario s ? s.getId() : "scenario";
            throw new IllegalArgumentException(scenario + ", " + kind(change) + " change: " + e.getMessage(), e);
        }
    }

    private Command parseValue(Change change, String text) {
        return switch (change) {
            case EnablementChange e -> ModelTable.set(domain, e, P.getEnablementChange_Enabled(), enabled(text));
            case ParameterChange p -> ModelTable.set(domain, p, P.getParameterChange_Value(), parameterValue(p, text));
            case KofNChange k -> ModelTable.set(domain, k, P.getKofNChange_K(), (int) Numbers.positive("k", text.replace("k =", "")));
            case CommonCauseChange c -> {
                double beta = Numbers.probability("beta", text.replace("beta =", ""));
                if (beta >= 1) {
                    throw new IllegalArgumentException("beta must be below 1, got '" + text + "'");
                }
                yield ModelTable.set(domain, c, P.getCommonCauseChange_Beta(), beta);
            }
            case StandbyChange s -> standby(s, text);
            default -> null;
        };
    }

    private static boolean enabled(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "enabled", "enable", "true", "on", "yes" -> true;
            case "disabled", "disable", "false", "off", "no" -> false;
            default -> throw new IllegalArgumentException("type 'enabled' or 'disabled', got '" + text + "'");
        };
    }

    private static double parameterValue(ParameterChange change, String text) {
        String what = parameter(change.getParameter());
        return switch (change.getParameter()) {
            case FAILURE_PROBABILITY -> Numbers.probability(what, text);
            case CAPEX, OPEX_PER_YEAR -> Numbers.nonNegative(what, text);
            default -> Numbers.positive(what, text);
        };
    }

    /** "warm 0.1 0.01": mode, switch-over hours, switch failure probability. */
    private Command standby(StandbyChange change, String text) {
        String[] parts = text.replace(",", " ").trim().split("\\s+");
        StandbyMode mode = parts.length > 0 ? StandbyMode.get(parts[0].toUpperCase(Locale.ROOT)) : null;
        if (mode == null || parts.length != 3) {
            throw new IllegalArgumentException("type the mode (cold, warm or hot), the switch-over hours and the switch failure "
                    + "probability, e.g. 'warm 0.1 0.01', got '" + text + "'");
        }
        CompoundCommand command = new CompoundCommand("Change standby");
        add(command, ModelTable.set(domain, change, P.getStandbyChange_Mode(), mode));
        add(command, ModelTable.set(domain, change, P.getStandbyChange_SwitchoverHours(), Numbers.nonNegative("switch-over hours", parts[1])));
        add(command, ModelTable.set(domain, change, P.getStandbyChange_SwitchFailureProbability(),
                Numbers.probability("switch failure probability", parts[2])));
        return command.isEmpty() ? null : command;
    }

    private static void add(CompoundCommand compound, Command command) {
        if (command != null) {
            compound.append(command);
        }
    }
}
