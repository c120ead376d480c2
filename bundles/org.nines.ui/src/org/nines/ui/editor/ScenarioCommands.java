package org.nines.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nines.model.Change;
import org.nines.model.CommonCauseChange;
import org.nines.model.Component;
import org.nines.model.ComponentParameter;
import org.nines.model.DiagramElement;
import org.nines.model.EnablementChange;
import org.nines.model.ExponentialFailure;
import org.nines.model.KofN;
import org.nines.model.KofNChange;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage;
import org.nines.model.ParameterChange;
import org.nines.model.Scenario;
import org.nines.model.StandbyChange;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;
import org.nines.ui.LabelledCommand;

/** Undoable commands that add and delete what-if scenarios and their changes. Nothing refers to a scenario. */
public final class ScenarioCommands {
    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private static final NinesPackage P = NinesPackage.eINSTANCE;

    /** The kinds of change a user can add, with the label the Scenarios page shows. */
    public enum ChangeKind {
        ENABLE("Enable or disable a node or connector"),
        PARAMETER("Change a component parameter"),
        K_OF_N("Change k of a k-of-n node"),
        STANDBY("Change a standby group"),
        COMMON_CAUSE("Change a common-cause beta");

        public final String label;

        ChangeKind(String label) {
            this.label = label;
        }
    }

    private final EditingDomain domain;
    private final SystemModel model;

    public ScenarioCommands(EditingDomain domain, SystemModel model) {
        this.domain = domain;
        this.model = model;
    }

    /** @return a new scenario with a unique id (S-nn) and no changes, not yet in the model */
    public Scenario newScenario() {
        Scenario scenario = F.createScenario();
        ModelIds ids = new ModelIds(model);
        String id = ids.next(String.format(java.util.Locale.ROOT, "S-%02d", model.getScenarios().size() + 1));
        scenario.setId(id);
        scenario.setName("New scenario");
        return scenario;
    }

    public Command add(Scenario scenario) {
        return LabelledCommand.of("Add scenario", AddCommand.create(domain, model, P.getSystemModel_Scenarios(), scenario));
    }

    public Command delete(Collection<Scenario> scenarios) {
        return LabelledCommand.of("Delete scenario", RemoveCommand.create(domain, model, P.getSystemModel_Scenarios(), scenarios));
    }

    /**
     * @return a change of that kind on the first fitting element of the model, set to the element's current value (so it
     *         changes nothing until edited; an enablement change flips the element's state), or empty when the model
     *         has no such element (no k-of-n node, no standby group, ...)
     */
    public Optional<Change> newChange(ChangeKind kind) {
        return switch (kind) {
            case ENABLE -> firstOf(DiagramElement.class).map(e -> {
                EnablementChange change = F.createEnablementChange();
                change.setElement(e);
                change.setEnabled(!e.isEnabled());
                return change;
            });
            case PARAMETER -> model.getComponents().stream().findFirst().map(c -> {
                ParameterChange change = F.createParameterChange();
                change.setComponent(c);
                boolean exponential = c.getFailure() instanceof ExponentialFailure;
                change.setParameter(exponential ? ComponentParameter.MTBF_HOURS : ComponentParameter.CAPEX);
                change.setValue(exponential ? ((ExponentialFailure) c.getFailure()).getMtbfHours() : c.getCapex());
                return change;
            });
            case K_OF_N -> firstOf(KofN.class).map(node -> {
                KofNChange change = F.createKofNChange();
                change.setNode(node);
                change.setK(node.getK());
                return change;
            });
            case STANDBY -> firstOf(StandbyGroup.class).map(group -> {
                StandbyChange change = F.createStandbyChange();
                change.setGroup(group);
                change.setMode(group.getMode());
                change.setSwitchoverHours(group.getSwitchoverHours());
                change.setSwitchFailureProbability(group.getSwitchFailureProbability());
                return change;
            });
            case COMMON_CAUSE -> model.getCommonCauseGroups().stream().findFirst().map(group -> {
                CommonCauseChange change = F.createCommonCauseChange();
                change.setGroup(group);
                change.setBeta(group.getBeta());
                return change;
            });
        };
    }

    public Command addChange(Scenario scenario, Change change) {
        return LabelledCommand.of("Add change", AddCommand.create(domain, scenario, P.getScenario_Changes(), change));
    }

    public Command deleteChanges(Scenario scenario, List<Change> changes) {
        return LabelledCommand.of("Delete change", RemoveCommand.create(domain, scenario, P.getScenario_Changes(), changes));
    }

    /** @return the components a parameter change can name, in model order */
    public List<Component> components() {
        return List.copyOf(model.getComponents());
    }

    private <T extends EObject> Optional<T> firstOf(Class<T> type) {
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (type.isInstance(o)) {
                return Optional.of(type.cast(o));
            }
        }
        return Optional.empty();
    }
}
