package org.nines.analysis.system;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;

/**
 * The enabled part of a block diagram as a graph, for the engines that turn diagrams into logic: predecessors of each
 * enabled node through enabled connectors, and a deterministic topological order.
 */
public final class DiagramGraph {
    private DiagramGraph() {
    }

    /** Each enabled node (in model order) with the enabled nodes that lead into it through enabled connectors. */
    public static Map<DiagramNode, List<DiagramNode>> enabledPredecessors(Diagram diagram) {
        Map<DiagramNode, List<DiagramNode>> predecessors = new LinkedHashMap<>();
        for (DiagramNode node : diagram.getNodes()) {
            if (node.isEnabled()) {
                predecessors.put(node, new ArrayList<>());
            }
        }
        for (Connector connector : diagram.getConnectors()) {
            if (connector.isEnabled() && predecessors.containsKey(connector.getSource())
                    && predecessors.containsKey(connector.getTarget())) {
                predecessors.get(connector.getTarget()).add(connector.getSource());
            }
        }
        return predecessors;
    }

    /**
     * Kahn's algorithm in model order (deterministic).
     *
     * @throws IllegalArgumentException naming the diagram when it has a cycle
     */
    public static List<DiagramNode> topologicalOrder(Diagram diagram, Map<DiagramNode, List<DiagramNode>> predecessors) {
        Map<DiagramNode, Integer> missing = new IdentityHashMap<>();
        Map<DiagramNode, List<DiagramNode>> successors = new IdentityHashMap<>();
        predecessors.forEach((node, preds) -> {
            missing.put(node, preds.size());
            successors.putIfAbsent(node, new ArrayList<>());
            for (DiagramNode p : preds) {
                successors.computeIfAbsent(p, x -> new ArrayList<>()).add(node);
            }
        });
        List<DiagramNode> order = new ArrayList<>();
        for (DiagramNode node : predecessors.keySet()) {
            if (missing.get(node) == 0) {
                order.add(node);
            }
        }
        for (int i = 0; i < order.size(); i++) {
            for (DiagramNode next : successors.get(order.get(i))) {
                if (missing.merge(next, -1, Integer::sum) == 0) {
                    order.add(next);
                }
            }
        }
        if (order.size() != predecessors.size()) {
            throw new IllegalArgumentException("diagram " + diagram.getId() + " has a cycle");
        }
        return order;
    }
}
