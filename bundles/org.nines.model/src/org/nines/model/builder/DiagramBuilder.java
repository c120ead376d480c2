package org.nines.model.builder;

import org.nines.model.Block;
import org.nines.model.Bounds;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;

/**
 * Adds nodes and connectors to one diagram. Start and End exist from the beginning, with ids
 * {@code <diagram id>.start} and {@code <diagram id>.end}. Nodes get a simple grid position; run the automatic
 * layout for a good one.
 */
public final class DiagramBuilder {
    private static final NinesFactory FACTORY = NinesFactory.eINSTANCE;
    private final Diagram diagram;
    private final Start start;
    private final End end;
    private int connectors;

    DiagramBuilder(Diagram diagram) {
        this.diagram = diagram;
        this.start = add(FACTORY.createStart(), diagram.getId() + ".start", "Start", 40, 40);
        this.end = add(FACTORY.createEnd(), diagram.getId() + ".end", "End", 40, 40);
    }

    public Diagram diagram() {
        return diagram;
    }

    public Start start() {
        return start;
    }

    public End end() {
        return end;
    }

    /** Adds a block for the component, named after it. */
    public Block block(String id, Component component) {
        Block block = add(FACTORY.createBlock(), id, component.getName(), 120, 48);
        block.setComponent(component);
        return block;
    }

    /** Adds a k-of-n junction. */
    public KofN kOfN(String id, int k) {
        KofN node = add(FACTORY.createKofN(), id, k + "-of-n", 40, 40);
        node.setK(k);
        return node;
    }

    /** Adds a block standing for another diagram. */
    public SubDiagramBlock subDiagram(String id, Diagram inner) {
        SubDiagramBlock node = add(FACTORY.createSubDiagramBlock(), id, inner.getName(), 120, 48);
        node.setDiagram(inner);
        return node;
    }

    /** Connects {@code from} to {@code to}; the connector id is {@code <diagram id>.c<n>}. */
    public Connector connect(DiagramNode from, DiagramNode to) {
        Connector connector = FACTORY.createConnector();
        connector.setId(diagram.getId() + ".c" + (++connectors));
        connector.setSource(from);
        connector.setTarget(to);
        diagram.getConnectors().add(connector);
        return connector;
    }

    /** Connects the nodes one after another: a series path. */
    public DiagramBuilder chain(DiagramNode... nodes) {
        for (int i = 1; i < nodes.length; i++) {
            connect(nodes[i - 1], nodes[i]);
        }
        return this;
    }

    private <T extends DiagramNode> T add(T node, String id, String name, int width, int height) {
        node.setId(id);
        node.setName(name);
        Bounds bounds = FACTORY.createBounds();
        int index = diagram.getNodes().size();
        bounds.setX(40 + 160 * (index % 8));
        bounds.setY(40 + 100 * (index / 8));
        bounds.setWidth(width);
        bounds.setHeight(height);
        node.setBounds(bounds);
        diagram.getNodes().add(node);
        return node;
    }
}
