package org.nines.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nines.model.Block;
import org.nines.model.Change;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.Bounds;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramElement;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.Element;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage;
import org.nines.model.Start;
import org.nines.model.SystemModel;

/**
 * The diagram's editing operations as EMF commands (one undoable step each): add a block for a component, add a
 * k-of-n node, connect two nodes, delete nodes with their connectors, rename, enable or disable. New elements get
 * unique ids.
 */
public final class DiagramEditing {
    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private final EditingDomain domain;

    public DiagramEditing(EditingDomain domain) {
        this.domain = domain;
    }

    /** A block for the component at (x, y) in diagram units. */
    public Command addBlock(Diagram diagram, Component component, int x, int y) {
        Block block = F.createBlock();
        block.setId(uniqueId(diagram, "b-" + component.getId()));
        block.setName(component.getName());
        block.setComponent(component);
        block.setBounds(bounds(x, y, 120, 48));
        return label(AddCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__NODES, block), "Add block");
    }

    /** A k-of-n node at (x, y) needing k working inputs. */
    public Command addKofN(Diagram diagram, int k, int x, int y) {
        KofN node = F.createKofN();
        node.setId(uniqueId(diagram, diagram.getId() + ".k"));
        node.setName(k + "-of-n");
        node.setK(k);
        node.setBounds(bounds(x, y, 40, 40));
        return label(AddCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__NODES, node), "Add k-of-n node");
    }

    /**
     * A connector from one node to another, or null when that is not allowed (same node, into Start, out of End, or
     * already connected).
     */
    public Command connect(DiagramNode from, DiagramNode to) {
        if (from == to || to instanceof Start || from instanceof End || !(from.eContainer() instanceof Diagram diagram)
                || to.eContainer() != diagram) {
            return null;
        }
        for (Connector c : diagram.getConnectors()) {
            if (c.getSource() == from && c.getTarget() == to) {
                return null;
            }
        }
        Connector connector = F.createConnector();
        connector.setId(uniqueId(diagram, diagram.getId() + ".c"));
        connector.setSource(from);
        connector.setTarget(to);
        return label(AddCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__CONNECTORS, connector), "Connect");
    }

    /** Deletes the nodes and every connector attached to them; Start and End stay. */
    public Command delete(Collection<DiagramNode> nodes) {
        List<DiagramNode> deletable = nodes.stream().filter(n -> !(n instanceof Start) && !(n instanceof End)).toList();
        if (deletable.isEmpty() || !(deletable.get(0).eContainer() instanceof Diagram diagram)) {
            return null;
        }
        Set<DiagramNode> gone = new HashSet<>(deletable);
        List<Connector> connectors = new ArrayList<>();
        for (Connector c : diagram.getConnectors()) {
            if (gone.contains(c.getSource()) || gone.contains(c.getTarget())) {
                connectors.add(c);
            }
        }
        CompoundCommand delete = new CompoundCommand("Delete");
        removeReferrers(delete, diagram, deletable, connectors);
        if (!connectors.isEmpty()) {
            delete.append(RemoveCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__CONNECTORS, connectors));
        }
        delete.append(RemoveCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__NODES, deletable));
        return delete;
    }

    /**
     * What names a deleted node or connector goes with it, so no reference dangles: a scenario change that targets it
     * (enable, k-of-n, standby change) and an optimisation subsystem built on the block.
     */
    private void removeReferrers(CompoundCommand delete, Diagram diagram, List<DiagramNode> nodes, List<Connector> connectors) {
        if (!(diagram.eContainer() instanceof SystemModel model)) {
            return;
        }
        Set<EObject> gone = new HashSet<>(nodes);
        gone.addAll(connectors);
        for (var entry : EcoreUtil.UsageCrossReferencer.findAll(gone, model).entrySet()) {
            for (EStructuralFeature.Setting setting : entry.getValue()) {
                EObject referrer = setting.getEObject();
                if (referrer instanceof Change || referrer instanceof OptimizationSubsystem) {
                    delete.append(RemoveCommand.create(domain, referrer.eContainer(), referrer.eContainmentFeature(), referrer));
                }
            }
        }
    }

    public Command rename(Element element, String name) {
        return label(SetCommand.create(domain, element, NinesPackage.Literals.ELEMENT__NAME, name), "Rename");
    }

    /** Enables or disables the elements (disabled ones are alternatives that scenarios switch on). */
    public Command setEnabled(Collection<? extends DiagramElement> elements, boolean enabled) {
        CompoundCommand command = new CompoundCommand(enabled ? "Enable" : "Disable");
        elements.forEach(e -> command.append(SetCommand.create(domain, e, NinesPackage.Literals.DIAGRAM_ELEMENT__ENABLED, enabled)));
        return command;
    }

    private static Command label(Command command, String label) {
        CompoundCommand labelled = new CompoundCommand(label);
        labelled.append(command);
        return labelled;
    }

    private static Bounds bounds(int x, int y, int width, int height) {
        Bounds bounds = F.createBounds();
        bounds.setX(Math.max(0, x - width / 2) / DiagramCanvas.GRID * DiagramCanvas.GRID);
        bounds.setY(Math.max(0, y - height / 2) / DiagramCanvas.GRID * DiagramCanvas.GRID);
        bounds.setWidth(width);
        bounds.setHeight(height);
        return bounds;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever no element of the model uses yet. */
    static String uniqueId(Diagram diagram, String base) {
        Set<String> used = new HashSet<>();
        EObject root = diagram.eContainer() instanceof SystemModel model ? model : diagram;
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null) {
                used.add(e.getId());
            }
        });
        String clean = base.replaceAll("[^A-Za-z0-9_.-]", "_");
        String id = clean;
        for (int i = 2; used.contains(id); i++) {
            id = clean + "-" + i;
        }
        return id;
    }
}
