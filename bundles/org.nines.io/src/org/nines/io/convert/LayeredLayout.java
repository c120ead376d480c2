package org.nines.io.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.nines.model.Bounds;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.NinesFactory;

/**
 * A quick left-to-right layout for generated diagrams: each node goes into the column of its longest path from
 * Start, nodes of a column are stacked in model order, every column centred vertically. The workbench's ELK layout
 * gives a better result; this one needs no library and is deterministic.
 */
final class LayeredLayout {
    private static final int COLUMN_WIDTH = 170;
    private static final int ROW_HEIGHT = 80;
    private static final int MARGIN = 40;

    private LayeredLayout() {
    }

    static void apply(Diagram diagram) {
        Map<DiagramNode, Integer> column = new IdentityHashMap<>();
        for (DiagramNode node : diagram.getNodes()) {
            column.put(node, 0);
        }
        // longest path by relaxation in topological order (the builder adds nodes before their successors)
        boolean changed = true;
        for (int round = 0; changed && round <= diagram.getNodes().size(); round++) {
            changed = false;
            for (Connector c : diagram.getConnectors()) {
                int candidate = column.get(c.getSource()) + 1;
                if (candidate > column.get(c.getTarget())) {
                    column.put(c.getTarget(), candidate);
                    changed = true;
                }
            }
        }
        Map<Integer, List<DiagramNode>> columns = new HashMap<>();
        for (DiagramNode node : diagram.getNodes()) {
            columns.computeIfAbsent(column.get(node), k -> new ArrayList<>()).add(node);
        }
        int tallest = columns.values().stream().mapToInt(List::size).max().orElse(1);
        for (var entry : columns.entrySet()) {
            List<DiagramNode> nodes = entry.getValue();
            int top = MARGIN + (tallest - nodes.size()) * ROW_HEIGHT / 2;
            for (int row = 0; row < nodes.size(); row++) {
                DiagramNode node = nodes.get(row);
                Bounds bounds = node.getBounds() == null ? NinesFactory.eINSTANCE.createBounds() : node.getBounds();
                bounds.setX(MARGIN + entry.getKey() * COLUMN_WIDTH + (120 - bounds.getWidth()) / 2);
                bounds.setY(top + row * ROW_HEIGHT + (48 - bounds.getHeight()) / 2);
                node.setBounds(bounds);
            }
        }
    }
}
