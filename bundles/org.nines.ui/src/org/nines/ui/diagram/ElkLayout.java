package org.nines.ui.diagram;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.nines.model.BendPoint;
import org.nines.model.Bounds;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage;

/**
 * Automatic layout with Eclipse ELK (layered algorithm, left to right from Start to End, orthogonal connectors) as
 * one undoable command that sets node positions and connector bend points. Node sizes are kept.
 */
public final class ElkLayout {
    private ElkLayout() {
    }

    /** @return the command laying out the diagram (not yet executed) */
    public static Command command(EditingDomain domain, Diagram diagram) {
        Registration.ensure();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(40));
        Map<DiagramNode, ElkNode> nodes = new IdentityHashMap<>();
        for (DiagramNode node : diagram.getNodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            Bounds b = node.getBounds();
            elk.setDimensions(b == null ? 120 : b.getWidth(), b == null ? 48 : b.getHeight());
            nodes.put(node, elk);
        }
        Map<Connector, ElkEdge> edges = new IdentityHashMap<>();
        for (Connector c : diagram.getConnectors()) {
            if (nodes.containsKey(c.getSource()) && nodes.containsKey(c.getTarget())) {
                edges.put(c, ElkGraphUtil.createSimpleEdge(nodes.get(c.getSource()), nodes.get(c.getTarget())));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        CompoundCommand layout = new CompoundCommand("Automatic layout");
        nodes.forEach((node, elk) -> {
            Bounds b = node.getBounds();
            if (b == null) {
                Bounds fresh = NinesFactory.eINSTANCE.createBounds();
                fresh.setWidth((int) elk.getWidth());
                fresh.setHeight((int) elk.getHeight());
                b = fresh;
                layout.append(SetCommand.create(domain, node, NinesPackage.Literals.DIAGRAM_NODE__BOUNDS, fresh));
            }
            layout.append(SetCommand.create(domain, b, NinesPackage.Literals.BOUNDS__X, (int) Math.round(elk.getX())));
            layout.append(SetCommand.create(domain, b, NinesPackage.Literals.BOUNDS__Y, (int) Math.round(elk.getY())));
        });
        edges.forEach((connector, edge) -> {
            EList<BendPoint> bends = new BasicEList<>();
            for (ElkEdgeSection section : edge.getSections()) {
                for (ElkBendPoint p : section.getBendPoints()) {
                    BendPoint bend = NinesFactory.eINSTANCE.createBendPoint();
                    bend.setX((int) Math.round(p.getX()));
                    bend.setY((int) Math.round(p.getY()));
                    bends.add(bend);
                }
            }
            layout.append(SetCommand.create(domain, connector, NinesPackage.Literals.CONNECTOR__BEND_POINTS, bends));
        });
        return layout;
    }

    /** Registers ELK's layered algorithm once, when first needed (class initialisation is thread-safe). */
    private static final class Registration {
        static {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }

        static void ensure() {
            // loading the class ran the registration
        }
    }
}
