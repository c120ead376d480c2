package org.nines.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.DataReplication;
import org.nines.model.DesignOption;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.Element;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.ParameterChange;
import org.nines.model.Risk;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;
import org.nines.model.validation.Labels;
import org.nines.ui.LabelledCommand;
import org.nines.ui.diagram.DiagramEditing;

/**
 * Undoable commands that add, duplicate and delete components. Deleting never leaves a dangling reference: the
 * blocks that show a component go with it (with their connectors and the scenario changes that name them), it is
 * taken out of risks, common-cause and standby groups that still make sense without it, and scenario parameter
 * changes, replications and design options that name it go too. Whatever cannot lose it (a risk that would affect
 * nothing, a group left with too few members) blocks the delete and is named.
 */
public final class ComponentCommands {
    /** MTBF of a new component, hours (a typical server). */
    public static final double DEFAULT_MTBF_HOURS = 50_000;
    /** MTTR of a new component, hours. */
    public static final double DEFAULT_MTTR_HOURS = 4;

    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private static final NinesPackage P = NinesPackage.eINSTANCE;

    private final EditingDomain domain;
    private final SystemModel model;

    public ComponentCommands(EditingDomain domain, SystemModel model) {
        this.domain = domain;
        this.model = model;
    }

    /** @return a new server with a unique id, exponential MTBF 50,000 h and MTTR 4 h, not yet in the model */
    public Component newComponent() {
        Component c = F.createComponent();
        c.setId(new ModelIds(model).next("component"));
        c.setName("New component");
        c.setKind(ComponentKind.SERVER);
        ExponentialFailure failure = F.createExponentialFailure();
        failure.setMtbfHours(DEFAULT_MTBF_HOURS);
        c.setFailure(failure);
        ExponentialRepair repair = F.createExponentialRepair();
        repair.setMttrHours(DEFAULT_MTTR_HOURS);
        c.setRepair(repair);
        return c;
    }

    /** @return the command that adds the components at the end of the model's component list */
    public Command add(Collection<Component> components) {
        return LabelledCommand.of("Add component", AddCommand.create(domain, model, P.getSystemModel_Components(), components));
    }

    /**
     * @return copies of the components (failure, repair, costs, site and tags included) with new unique ids and the
     *         name "&lt;name&gt; copy", not yet in the model; add them with {@link #add}
     */
    public List<Component> copies(Collection<Component> components) {
        ModelIds ids = new ModelIds(model);
        List<Component> copies = new ArrayList<>();
        for (Component original : components) {
            Component copy = EcoreUtil.copy(original);
            copy.setId(ids.next(original.getId()));
            copy.setName((original.getName() == null ? original.getId() : original.getName()) + " copy");
            copies.add(copy);
        }
        return copies;
    }

    /**
     * What deleting the components would do.
     *
     * @param consequences what goes or changes with them, one line each, for the confirmation
     * @param blockers     why they cannot be deleted (empty when they can), one line each
     * @param command      the delete, or null when blocked
     */
    public record DeletePlan(List<String> consequences, List<String> blockers, Command command) {
        public boolean blocked() {
            return !blockers.isEmpty();
        }
    }

    /** @return the plan for deleting the components; execute its command when it is not blocked */
    public DeletePlan delete(Collection<Component> components) {
        Set<Component> gone = new LinkedHashSet<>(components);
        List<String> consequences = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        CompoundCommand command = new CompoundCommand(gone.size() == 1 ? "Delete component" : "Delete components");
        Map<Diagram, List<DiagramNode>> blocks = new LinkedHashMap<>();
        Map<EObject, Map<EStructuralFeature, List<Component>>> memberships = new LinkedHashMap<>();
        Set<EObject> removed = new LinkedHashSet<>();
        for (var entry : EcoreUtil.UsageCrossReferencer.findAll(gone, model).entrySet()) {
            for (EStructuralFeature.Setting setting : entry.getValue()) {
                EObject user = setting.getEObject();
                Component component = (Component) entry.getKey();
                switch (user) {
                    case Block b when b.eContainer() instanceof Diagram d -> blocks.computeIfAbsent(d, k -> new ArrayList<>()).add(b);
                    case Risk r -> membership(memberships, r, setting.getEStructuralFeature(), component);
                    case CommonCauseGroup g -> membership(memberships, g, setting.getEStructuralFeature(), component);
                    case StandbyGroup g -> membership(memberships, g, setting.getEStructuralFeature(), component);
                    case ParameterChange c -> removed.add(c);
                    case DataReplication r -> removed.add(r);
                    case DesignOption o -> removed.add(o);
                    default -> blockers.add(Labels.of(user) + " refers to " + Labels.of(component));
                }
            }
        }
        Set<EObject> goneWithBlocks = new LinkedHashSet<>();
        blocks.forEach((diagram, nodes) -> {
            consequences.add(nodes.size() + (nodes.size() == 1 ? " block" : " blocks") + " in " + Labels.of(diagram)
                    + (nodes.size() == 1 ? " and its connectors: " : " and their connectors: ") + labels(nodes));
            for (EObject referrer : referrersOfBlocks(diagram, nodes)) {
                goneWithBlocks.add(referrer);
                consequences.add(Labels.of(referrer) + " is deleted with them");
            }
            command.append(new DiagramEditing(domain).delete(nodes));
        });
        removed.removeIf(o -> o.eContainer() != null && goneWithBlocks.contains(o.eContainer()));
        for (EObject object : removed) {
            if (object instanceof DesignOption option && option.eContainer() instanceof OptimizationSubsystem s
                    && s.getOptions().stream().allMatch(o -> removed.contains(o))) {
                blockers.add(Labels.of(s) + " would have no design option left");
                continue;
            }
            boolean nested = object instanceof Element && object.eContainer() != model;
            consequences.add(Labels.of(object) + (nested ? " of " + Labels.of(object.eContainer()) : "") + " is deleted");
            command.append(RemoveCommand.create(domain, object.eContainer(), object.eContainmentFeature(), object));
        }
        memberships.forEach((owner, features) -> features.forEach((feature, members) -> {
            String problem = problemWithout(owner, members);
            if (problem != null) {
                blockers.add(problem);
            } else {
                consequences.add(Labels.of(owner) + " no longer lists " + labels(members));
                command.append(RemoveCommand.create(domain, owner, feature, members));
            }
        }));
        command.append(RemoveCommand.create(domain, model, P.getSystemModel_Components(), gone));
        return new DeletePlan(collapse(consequences), collapse(blockers), blockers.isEmpty() ? command : null);
    }

    /**
     * @return the scenario changes and optimisation subsystems that name the blocks or their connectors (the diagram
     *         delete removes them too)
     */
    private List<EObject> referrersOfBlocks(Diagram diagram, List<DiagramNode> nodes) {
        Set<EObject> gone = new LinkedHashSet<>(nodes);
        diagram.getConnectors().stream().filter(c -> nodes.contains(c.getSource()) || nodes.contains(c.getTarget())).forEach(gone::add);
        Set<EObject> referrers = new LinkedHashSet<>();
        EcoreUtil.UsageCrossReferencer.findAll(gone, model).values().forEach(settings -> settings.forEach(setting -> {
            if (setting.getEObject() instanceof org.nines.model.Change || setting.getEObject() instanceof OptimizationSubsystem) {
                referrers.add(setting.getEObject());
            }
        }));
        return List.copyOf(referrers);
    }

    /** Equal lines once, prefixed with their count ("3 x ...") when repeated; first-seen order. */
    private static List<String> collapse(List<String> lines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        lines.forEach(line -> counts.merge(line, 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " x " + e.getKey()).toList();
    }

    private static void membership(Map<EObject, Map<EStructuralFeature, List<Component>>> memberships, EObject owner,
            EStructuralFeature feature, Component component) {
        memberships.computeIfAbsent(owner, k -> new LinkedHashMap<>()).computeIfAbsent(feature, k -> new ArrayList<>()).add(component);
    }

    /** @return why the owner cannot lose these members, or null when it stays valid without them */
    private static String problemWithout(EObject owner, List<Component> members) {
        return switch (owner) {
            case Risk r when r.getAffectedSites().isEmpty() && r.getAffectedComponents().size() <= members.size() ->
                Labels.of(r) + " would affect nothing: it affects only " + labels(members);
            case CommonCauseGroup g when g.getMembers().size() - members.size() < 2 ->
                Labels.of(g) + " would have fewer than two members";
            case StandbyGroup g when g.getMembers().size() <= members.size() ->
                Labels.of(g) + " would have no member left";
            default -> null;
        };
    }

    private static String labels(List<? extends EObject> objects) {
        return String.join(", ", objects.stream().map(Labels::of).toList());
    }
}
