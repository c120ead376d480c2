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
import org.nines.model.BendPoint;
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
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SystemModel;
import org.nines.ui.LabelledCommand;

/**
 * The diagram's editing operations as EMF commands (one undoable step each): add a block for a component, add a
 * k-of-n node, connect two nodes, reconnect a connector's end, add, move and remove bend points, resize, delete nodes
 * and connectors, rename, enable or disable. Positions snap to {@link DiagramCanvas#GRID}. New elements get unique ids.
 */
public final class DiagramEditing {
    /** Smallest width of a resized node, in diagram units. */
    public static final int MIN_WIDTH = 40;
    /** Smallest height of a resized node, in diagram units. */
    public static final int MIN_HEIGHT = 30;
    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private final EditingDomain domain;

    public DiagramEditing(EditingDomain domain) {
        this.domain = domain;
    }

    /** A block for the component at (x, y) in diagram units. */
    public Command addBlock(Diagram diagram, Component component, int x, int y) {
        Block block = newBlock(usedIds(diagram), component, x, y);
        return LabelledCommand.of("Add block", AddCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__NODES, block));
    }

    /** A k-of-n node at (x, y) needing k working inputs. */
    public Command addKofN(Diagram diagram, int k, int x, int y) {
        KofN node = newKofN(usedIds(diagram), diagram, k, x, y);
        return LabelledCommand.of("Add k-of-n node", AddCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__NODES, node));
    }

    /** A new block (not yet in a diagram) for the component, centred on (x, y); its id is added to {@code ids}. */
    static Block newBlock(Set<String> ids, Component component, int x, int y) {
        Block block = F.createBlock();
        block.setId(uniqueId(ids, "b-" + component.getId()));
        block.setName(component.getName());
        block.setComponent(component);
        block.setBounds(bounds(x, y, 120, 48));
        return block;
    }

    /** A new k-of-n node for the diagram (not yet in it), centred on (x, y); its id is added to {@code ids}. */
    static KofN newKofN(Set<String> ids, Diagram diagram, int k, int x, int y) {
        KofN node = F.createKofN();
        node.setId(uniqueId(ids, diagram.getId() + ".k"));
        node.setName(k + "-of-n");
        node.setK(k);
        node.setBounds(bounds(x, y, 40, 40));
        return node;
    }

    /**
     * A connector from one node to another, or null when that is not allowed (same node, into Start, out of End, or
     * already connected).
     */
    public Command connect(DiagramNode from, DiagramNode to) {
        if (!canConnect(from, to, null)) {
            return null;
        }
        Diagram diagram = (Diagram) from.eContainer();
        Connector connector = F.createConnector();
        connector.setId(uniqueId(diagram, diagram.getId() + ".c"));
        connector.setSource(from);
        connector.setTarget(to);
        return LabelledCommand.of("Connect", AddCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__CONNECTORS, connector));
    }

    /**
     * Whether a connector from {@code from} to {@code to} is allowed: two different nodes of one diagram, not into
     * Start, not out of End, and no other connector (besides {@code ignored}, the one being reconnected) joins them.
     */
    public static boolean canConnect(DiagramNode from, DiagramNode to, Connector ignored) {
        if (from == null || to == null || from == to || to instanceof Start || from instanceof End
                || !(from.eContainer() instanceof Diagram diagram) || to.eContainer() != diagram) {
            return false;
        }
        for (Connector c : diagram.getConnectors()) {
            if (c != ignored && c.getSource() == from && c.getTarget() == to) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves one end of a connector to another node: the source end when {@code sourceEnd}, else the target end. One
     * "Reconnect" command, or null when the result would not be a valid connection (see {@link #canConnect}) or
     * nothing changes.
     */
    public Command reconnect(Connector connector, boolean sourceEnd, DiagramNode node) {
        DiagramNode from = sourceEnd ? node : connector.getSource();
        DiagramNode to = sourceEnd ? connector.getTarget() : node;
        if (node == (sourceEnd ? connector.getSource() : connector.getTarget()) || !canConnect(from, to, connector)
                || node.eContainer() != connector.eContainer()) {
            return null;
        }
        return LabelledCommand.of("Reconnect", SetCommand.create(domain, connector, sourceEnd ? NinesPackage.Literals.CONNECTOR__SOURCE
                : NinesPackage.Literals.CONNECTOR__TARGET, node));
    }

    /** Inserts a bend point at (x, y) diagram units, snapped to the grid, as bend point number {@code index}. */
    public Command addBendPoint(Connector connector, int index, int x, int y) {
        BendPoint bend = F.createBendPoint();
        bend.setX(snap(x));
        bend.setY(snap(y));
        int at = Math.max(0, Math.min(index, connector.getBendPoints().size()));
        return LabelledCommand.of("Add bend point", AddCommand.create(domain, connector, NinesPackage.Literals.CONNECTOR__BEND_POINTS, bend, at));
    }

    /** Moves a bend point to (x, y) diagram units, snapped to the grid; null when it would not move. */
    public Command moveBendPoint(BendPoint bend, int x, int y) {
        int sx = snap(x);
        int sy = snap(y);
        if (sx == bend.getX() && sy == bend.getY()) {
            return null;
        }
        CompoundCommand move = new CompoundCommand("Move bend point");
        move.append(SetCommand.create(domain, bend, NinesPackage.Literals.BEND_POINT__X, sx));
        move.append(SetCommand.create(domain, bend, NinesPackage.Literals.BEND_POINT__Y, sy));
        return move;
    }

    /** Removes a bend point from its connector. */
    public Command removeBendPoint(BendPoint bend) {
        return LabelledCommand.of("Remove bend point", RemoveCommand.create(domain, bend.eContainer(), NinesPackage.Literals.CONNECTOR__BEND_POINTS, bend));
    }

    /**
     * Gives a node new bounds in diagram units, snapped to the grid and at least {@link #MIN_WIDTH} x
     * {@link #MIN_HEIGHT}; one "Resize" command, or null when nothing changes.
     */
    public Command resize(DiagramNode node, int x, int y, int width, int height) {
        Bounds b = node.getBounds();
        int nx = Math.max(0, snap(x));
        int ny = Math.max(0, snap(y));
        int nw = Math.max(MIN_WIDTH, snap(width));
        int nh = Math.max(MIN_HEIGHT, snap(height));
        CompoundCommand resize = new CompoundCommand("Resize");
        if (b == null) {
            resize.append(SetCommand.create(domain, node, NinesPackage.Literals.DIAGRAM_NODE__BOUNDS, newBounds(nx, ny, nw, nh)));
            return resize;
        }
        if (nx == b.getX() && ny == b.getY() && nw == b.getWidth() && nh == b.getHeight()) {
            return null;
        }
        resize.append(SetCommand.create(domain, b, NinesPackage.Literals.BOUNDS__X, nx));
        resize.append(SetCommand.create(domain, b, NinesPackage.Literals.BOUNDS__Y, ny));
        resize.append(SetCommand.create(domain, b, NinesPackage.Literals.BOUNDS__WIDTH, nw));
        resize.append(SetCommand.create(domain, b, NinesPackage.Literals.BOUNDS__HEIGHT, nh));
        return resize;
    }

    /** Deletes the nodes and every connector attached to them; Start and End stay. */
    public Command delete(Collection<DiagramNode> nodes) {
        return delete(nodes, List.of());
    }

    /**
     * Deletes the nodes, every connector attached to them and the given connectors, as one "Delete" command; Start
     * and End stay. Null when nothing is deletable.
     */
    public Command delete(Collection<DiagramNode> nodes, Collection<Connector> extraConnectors) {
        List<DiagramNode> deletable = nodes.stream().filter(n -> !(n instanceof Start) && !(n instanceof End)).toList();
        Diagram diagram = !deletable.isEmpty() && deletable.get(0).eContainer() instanceof Diagram d ? d
                : !extraConnectors.isEmpty() && extraConnectors.iterator().next().eContainer() instanceof Diagram d ? d : null;
        if (diagram == null) {
            return null;
        }
        Set<DiagramNode> gone = new HashSet<>(deletable);
        List<Connector> connectors = new ArrayList<>();
        for (Connector c : diagram.getConnectors()) {
            if (gone.contains(c.getSource()) || gone.contains(c.getTarget()) || extraConnectors.contains(c)) {
                connectors.add(c);
            }
        }
        CompoundCommand delete = new CompoundCommand("Delete");
        removeReferrers(delete, diagram, deletable, connectors);
        if (!connectors.isEmpty()) {
            delete.append(RemoveCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__CONNECTORS, connectors));
        }
        if (!deletable.isEmpty()) {
            delete.append(RemoveCommand.create(domain, diagram, NinesPackage.Literals.DIAGRAM__NODES, deletable));
        }
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
        return LabelledCommand.of("Rename", SetCommand.create(domain, element, NinesPackage.Literals.ELEMENT__NAME, name));
    }

    /**
     * Renames a diagram node as one "Rename" command (null for a blank name or no change). The rule for blocks: the
     * block is renamed, and its component too when no other block (in any diagram) and no standby group uses that
     * component, because then block and component are one thing to the user; a shared component keeps its name.
     */
    public Command renameNode(DiagramNode node, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return null;
        }
        CompoundCommand rename = new CompoundCommand("Rename");
        if (!clean.equals(node.getName())) {
            rename.append(SetCommand.create(domain, node, NinesPackage.Literals.ELEMENT__NAME, clean));
        }
        if (node instanceof Block block && block.getComponent() != null && !clean.equals(block.getComponent().getName())
                && usesOf(block.getComponent()) == 1) {
            rename.append(SetCommand.create(domain, block.getComponent(), NinesPackage.Literals.ELEMENT__NAME, clean));
        }
        return rename.isEmpty() ? null : rename;
    }

    /** How many blocks and standby groups of the component's model use it. */
    static int usesOf(Component component) {
        if (!(component.eContainer() instanceof SystemModel model)) {
            return 0;
        }
        int uses = 0;
        for (Diagram diagram : model.getDiagrams()) {
            for (DiagramNode node : diagram.getNodes()) {
                if (node instanceof Block b && b.getComponent() == component
                        || node instanceof StandbyGroup g && g.getMembers().contains(component)) {
                    uses++;
                }
            }
        }
        return uses;
    }

    /** Enables or disables the elements (disabled ones are alternatives that scenarios switch on). */
    public Command setEnabled(Collection<? extends DiagramElement> elements, boolean enabled) {
        CompoundCommand command = new CompoundCommand(enabled ? "Enable" : "Disable");
        elements.forEach(e -> command.append(SetCommand.create(domain, e, NinesPackage.Literals.DIAGRAM_ELEMENT__ENABLED, enabled)));
        return command;
    }

    static int snap(int value) {
        return Math.round(value / (float) DiagramCanvas.GRID) * DiagramCanvas.GRID;
    }

    private static Bounds newBounds(int x, int y, int width, int height) {
        Bounds bounds = F.createBounds();
        bounds.setX(x);
        bounds.setY(y);
        bounds.setWidth(width);
        bounds.setHeight(height);
        return bounds;
    }

    /** Node bounds centred on (x, y), top-left snapped to the grid and kept at or right/below the origin. */
    static Bounds bounds(int x, int y, int width, int height) {
        Bounds bounds = F.createBounds();
        bounds.setX(Math.max(0, x - width / 2) / DiagramCanvas.GRID * DiagramCanvas.GRID);
        bounds.setY(Math.max(0, y - height / 2) / DiagramCanvas.GRID * DiagramCanvas.GRID);
        bounds.setWidth(width);
        bounds.setHeight(height);
        return bounds;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... whichever no element of the model uses yet. */
    static String uniqueId(Diagram diagram, String base) {
        Set<String> used = usedIds(diagram);
        return uniqueId(used, base);
    }

    /**
     * {@code base} cleaned to id characters, or {@code base-2}, {@code base-3}... whichever is not in {@code used};
     * the id returned is added to {@code used} (for several new elements in one command).
     */
    static String uniqueId(Set<String> used, String base) {
        String clean = base.replaceAll("[^A-Za-z0-9_.-]", "_");
        String id = clean;
        for (int i = 2; used.contains(id); i++) {
            id = clean + "-" + i;
        }
        used.add(id);
        return id;
    }

    /** The ids of all elements of the model that holds the diagram (or of the diagram when it has no model). */
    static Set<String> usedIds(Diagram diagram) {
        Set<String> used = new HashSet<>();
        EObject root = diagram.eContainer() instanceof SystemModel model ? model : diagram;
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null) {
                used.add(e.getId());
            }
        });
        return used;
    }
}
