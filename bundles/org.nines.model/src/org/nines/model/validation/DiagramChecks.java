package org.nines.model.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

import org.nines.model.Block;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.KofN;
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;

/**
 * Structural checks of one reliability block diagram: one Start and one End, connectors inside the diagram, a path
 * from Start to End, no cycles, every enabled node on some Start-to-End path, k-of-n nodes with 1 &lt;= k &lt;= n.
 * Only enabled nodes and connectors count: disabled ones are alternatives that scenarios switch on.
 */
final class DiagramChecks {
    private final ModelValidator validator;
    private final Diagram diagram;
    private final Map<DiagramNode, List<DiagramNode>> successors = new IdentityHashMap<>();
    private final Map<DiagramNode, List<DiagramNode>> predecessors = new IdentityHashMap<>();

    DiagramChecks(ModelValidator validator, Diagram diagram) {
        this.validator = validator;
        this.diagram = diagram;
    }

    void run() {
        List<DiagramNode> starts = diagram.getNodes().stream().filter(Start.class::isInstance).toList();
        List<DiagramNode> ends = diagram.getNodes().stream().filter(End.class::isInstance).toList();
        if (starts.size() != 1) {
            validator.reportError(diagram, "must have exactly one Start node, has " + starts.size() + ".");
        }
        if (ends.size() != 1) {
            validator.reportError(diagram, "must have exactly one End node, has " + ends.size() + ".");
        }
        diagram.getNodes().forEach(this::checkNode);
        buildGraph();
        diagram.getNodes().stream().filter(KofN.class::isInstance).map(KofN.class::cast).forEach(this::checkKofN);
        if (starts.size() == 1 && ends.size() == 1 && !hasCycle()) {
            checkPaths(starts.get(0), ends.get(0));
        }
    }

    private void checkNode(DiagramNode node) {
        switch (node) {
            case Block block -> validator.checkBlock(block);
            case StandbyGroup group -> validator.checkStandbyGroup(group);
            case SubDiagramBlock sub when sub.getDiagram() == null ->
                validator.reportError(sub, "refers to no diagram. Choose the sub-diagram it stands for.");
            default -> {
                // Start, End and k-of-n nodes have nothing of their own to check here
            }
        }
    }

    private void buildGraph() {
        for (DiagramNode node : diagram.getNodes()) {
            successors.put(node, new ArrayList<>());
            predecessors.put(node, new ArrayList<>());
        }
        for (Connector connector : diagram.getConnectors()) {
            if (!checkConnector(connector) || !connector.isEnabled()) {
                continue;
            }
            DiagramNode source = connector.getSource();
            DiagramNode target = connector.getTarget();
            if (source.isEnabled() && target.isEnabled()) {
                successors.get(source).add(target);
                predecessors.get(target).add(source);
            }
        }
    }

    /** @return whether the connector joins two nodes of this diagram in an allowed direction */
    private boolean checkConnector(Connector connector) {
        DiagramNode source = connector.getSource();
        DiagramNode target = connector.getTarget();
        if (source == null || target == null) {
            validator.reportError(connector, "is not attached at both ends. Connect it or delete it.");
            return false;
        }
        if (source.eContainer() != diagram || target.eContainer() != diagram) {
            validator.reportError(connector, "joins nodes of different diagrams. Use a sub-diagram block instead.");
            return false;
        }
        if (target instanceof Start) {
            validator.reportError(connector, "ends at Start. Nothing may lead into Start: reverse or delete it.");
            return false;
        }
        if (source instanceof End) {
            validator.reportError(connector, "starts at End. Nothing may leave End: reverse or delete it.");
            return false;
        }
        return true;
    }

    private void checkKofN(KofN node) {
        if (!node.isEnabled()) {
            return;
        }
        int n = predecessors.get(node).size();
        if (node.getK() < 1) {
            validator.reportError(node, "k must be at least 1, got " + node.getK() + ".");
        } else if (node.getK() > n) {
            validator.reportError(node, "k = " + node.getK() + " is more than its " + n
                    + " incoming path(s), so it can never work. Lower k or connect more paths into it.");
        }
    }

    /** Reports one node of the first cycle found (depth-first search in node order). */
    private boolean hasCycle() {
        Map<DiagramNode, Integer> state = new IdentityHashMap<>(); // absent: new, 1: on stack, 2: done
        for (DiagramNode root : diagram.getNodes()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<DiagramNode> stack = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            stack.push(root);
            next.push(0);
            state.put(root, 1);
            while (!stack.isEmpty()) {
                DiagramNode node = stack.peek();
                int index = next.pop();
                List<DiagramNode> out = successors.get(node);
                if (index < out.size()) {
                    next.push(index + 1);
                    DiagramNode child = out.get(index);
                    Integer childState = state.get(child);
                    if (childState == null) {
                        state.put(child, 1);
                        stack.push(child);
                        next.push(0);
                    } else if (childState == 1) {
                        validator.reportError(child, "is part of a cycle (" + Labels.of(node) + " leads back to it). "
                                + "Block diagrams must flow from Start to End without loops: remove a connector.");
                        return true;
                    }
                } else {
                    state.put(node, 2);
                    stack.pop();
                }
            }
        }
        return false;
    }

    private void checkPaths(DiagramNode start, DiagramNode end) {
        Set<DiagramNode> fromStart = reach(start, successors);
        Set<DiagramNode> toEnd = reach(end, predecessors);
        if (!fromStart.contains(end)) {
            validator.reportError(diagram, "has no path from Start to End, so the service can never work. Connect them.");
            return;
        }
        for (DiagramNode node : diagram.getNodes()) {
            if (node.isEnabled() && !(fromStart.contains(node) && toEnd.contains(node))) {
                validator.reportWarning(node, "is not on any path from Start to End, so it has no effect. Connect it or delete it.");
            }
        }
    }

    private static Set<DiagramNode> reach(DiagramNode from, Map<DiagramNode, List<DiagramNode>> edges) {
        Set<DiagramNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<DiagramNode> work = new ArrayDeque<>();
        seen.add(from);
        work.add(from);
        while (!work.isEmpty()) {
            for (DiagramNode next : edges.get(work.poll())) {
                if (seen.add(next)) {
                    work.add(next);
                }
            }
        }
        return seen;
    }
}
