package org.nines.ui.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;
import org.nines.ui.LabelledCommand;

/**
 * What the palette creates, as EMF commands (one undoable step each) to execute on the editor's command stack: a new
 * component with its block, a k-of-n node, a standby group with two new members, a sub-diagram block with its new
 * child diagram (Start and End), or another block for an existing component. Positions are diagram units; the new
 * node is centred on them and snapped to the grid. Every new element gets a model-wide unique id.
 */
public final class PaletteCommands {
    /** Standby groups start cold, with the switch-over of examples/os-standby.nines: 30 min, 10 % fail on demand. */
    static final double STANDBY_SWITCHOVER_HOURS = 0.5;
    static final double STANDBY_SWITCH_FAILURE_PROBABILITY = 0.1;
    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private static final NinesPackage P = NinesPackage.eINSTANCE;
    private final EditingDomain domain;

    /** A command and the node it adds to the diagram (to select it once executed). */
    public record Creation(Command command, DiagramNode node) {
    }

    public PaletteCommands(EditingDomain domain) {
        this.domain = domain;
    }

    /** What a palette entry creates at (x, y); k is used by the k-of-n tool only. The connector tool creates nothing. */
    public Creation create(PaletteEntry entry, Diagram diagram, int x, int y, int k) {
        return switch (entry) {
            case PaletteEntry.Kind kind -> componentBlock(diagram, kind.kind(), x, y);
            case PaletteEntry.Tool.K_OF_N -> kOfN(diagram, k, x, y);
            case PaletteEntry.Tool.STANDBY -> standbyGroup(diagram, ComponentKind.SERVER, x, y);
            case PaletteEntry.Tool.SUB_DIAGRAM -> subDiagram(diagram, x, y);
            case PaletteEntry.Tool.CONNECTOR -> throw new IllegalArgumentException("The Connector tool creates no node.");
        };
    }

    /** A new component of the kind, named like "Server 3", with the kind's default data, and a block for it. */
    public Creation componentBlock(Diagram diagram, ComponentKind kind, int x, int y) {
        SystemModel model = modelOf(diagram);
        Set<String> ids = DiagramEditing.usedIds(diagram);
        Component component = newComponent(model, ids, kind, Set.of());
        Block block = DiagramEditing.newBlock(ids, component, x, y);
        CompoundCommand command = new CompoundCommand("Add " + component.getName());
        command.append(AddCommand.create(domain, model, P.getSystemModel_Components(), component));
        command.append(AddCommand.create(domain, diagram, P.getDiagram_Nodes(), block));
        return new Creation(command, block);
    }

    /** Another block for a component that already exists (a shared component: both blocks fail together). */
    public Creation placeComponent(Diagram diagram, Component component, int x, int y) {
        Block block = DiagramEditing.newBlock(DiagramEditing.usedIds(diagram), component, x, y);
        Command command = LabelledCommand.of("Place " + component.getName(), AddCommand.create(domain, diagram, P.getDiagram_Nodes(), block));
        return new Creation(command, block);
    }

    /** A k-of-n junction needing k working inputs (k >= 1). */
    public Creation kOfN(Diagram diagram, int k, int x, int y) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k + ".");
        }
        KofN node = DiagramEditing.newKofN(DiagramEditing.usedIds(diagram), diagram, k, x, y);
        Command command = LabelledCommand.of("Add k-of-n node", AddCommand.create(domain, diagram, P.getDiagram_Nodes(), node));
        return new Creation(command, node);
    }

    /**
     * A cold standby group with two new components of the kind, the first the primary, the second its standby;
     * switch-over {@value #STANDBY_SWITCHOVER_HOURS} h, failing with probability {@value #STANDBY_SWITCH_FAILURE_PROBABILITY}.
     */
    public Creation standbyGroup(Diagram diagram, ComponentKind memberKind, int x, int y) {
        SystemModel model = modelOf(diagram);
        Set<String> ids = DiagramEditing.usedIds(diagram);
        Component primary = newComponent(model, ids, memberKind, Set.of());
        Component standby = newComponent(model, ids, memberKind, Set.of(primary.getName()));
        StandbyGroup group = F.createStandbyGroup();
        group.setId(DiagramEditing.uniqueId(ids, "sb-" + primary.getId()));
        group.setName(primary.getName() + " + standby");
        group.getMembers().add(primary);
        group.getMembers().add(standby);
        group.setMode(StandbyMode.COLD);
        group.setSwitchoverHours(STANDBY_SWITCHOVER_HOURS);
        group.setSwitchFailureProbability(STANDBY_SWITCH_FAILURE_PROBABILITY);
        group.setBounds(DiagramEditing.bounds(x, y, 180, 48));
        CompoundCommand command = new CompoundCommand("Add standby group");
        command.append(AddCommand.create(domain, model, P.getSystemModel_Components(), List.of(primary, standby)));
        command.append(AddCommand.create(domain, diagram, P.getDiagram_Nodes(), group));
        return new Creation(command, group);
    }

    /** A new diagram holding only Start and End, and a block in this diagram standing for it. */
    public Creation subDiagram(Diagram diagram, int x, int y) {
        SystemModel model = modelOf(diagram);
        Set<String> ids = DiagramEditing.usedIds(diagram);
        int number = model.getDiagrams().size();
        Diagram child = F.createDiagram();
        child.setId(DiagramEditing.uniqueId(ids, "d-sub-" + number));
        child.setName(uniqueDiagramName(model, number));
        Start start = F.createStart();
        start.setId(DiagramEditing.uniqueId(ids, child.getId() + ".start"));
        start.setName("Start");
        start.setBounds(DiagramEditing.bounds(40, 120, 40, 40));
        End end = F.createEnd();
        end.setId(DiagramEditing.uniqueId(ids, child.getId() + ".end"));
        end.setName("End");
        end.setBounds(DiagramEditing.bounds(400, 120, 40, 40));
        child.getNodes().add(start);
        child.getNodes().add(end);
        SubDiagramBlock block = F.createSubDiagramBlock();
        block.setId(DiagramEditing.uniqueId(ids, "b-" + child.getId()));
        block.setName(child.getName());
        block.setDiagram(child);
        block.setBounds(DiagramEditing.bounds(x, y, 160, 48));
        CompoundCommand command = new CompoundCommand("Add sub-diagram");
        command.append(AddCommand.create(domain, model, P.getSystemModel_Diagrams(), child));
        command.append(AddCommand.create(domain, diagram, P.getDiagram_Nodes(), block));
        return new Creation(command, block);
    }

    private static String uniqueDiagramName(SystemModel model, int number) {
        Set<String> names = new HashSet<>();
        model.getDiagrams().forEach(d -> names.add(d.getName()));
        String name = "Sub-diagram " + number;
        while (names.contains(name)) {
            name = "Sub-diagram " + ++number;
        }
        return name;
    }

    /** A component named "<Kind> <n>" (n one more than the components of that kind, skipping names in use). */
    private static Component newComponent(SystemModel model, Set<String> ids, ComponentKind kind, Set<String> alsoTaken) {
        Set<String> names = new HashSet<>(alsoTaken);
        long sameKind = alsoTaken.size();
        for (Component c : model.getComponents()) {
            names.add(c.getName());
            sameKind += c.getKind() == kind ? 1 : 0;
        }
        String label = PaletteEntry.displayName(kind);
        long number = sameKind + 1;
        while (names.contains(label + " " + number)) {
            number++;
        }
        KindDefaults.Defaults defaults = KindDefaults.of(kind);
        Component component = F.createComponent();
        component.setName(label + " " + number);
        component.setId(DiagramEditing.uniqueId(ids, component.getName().toLowerCase(Locale.ROOT).replace(' ', '-')));
        component.setKind(kind);
        ExponentialFailure failure = F.createExponentialFailure();
        failure.setMtbfHours(defaults.mtbfHours());
        component.setFailure(failure);
        ExponentialRepair repair = F.createExponentialRepair();
        repair.setMttrHours(defaults.mttrHours());
        component.setRepair(repair);
        component.setNotes(String.format(Locale.ROOT, "Default data of the palette: MTBF %,.0f h, MTTR %s h (%s). Replace with your own figures.",
                defaults.mtbfHours(), defaults.mttrHours(), defaults.source()));
        return component;
    }

    private static SystemModel modelOf(Diagram diagram) {
        if (diagram.eContainer() instanceof SystemModel model) {
            return model;
        }
        throw new IllegalArgumentException("Diagram '" + diagram.getName() + "' belongs to no model; components cannot be added.");
    }
}

