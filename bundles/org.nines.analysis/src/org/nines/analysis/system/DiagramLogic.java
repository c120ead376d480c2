package org.nines.analysis.system;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;
import org.nines.model.Block;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.End;
import org.nines.model.KofN;
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;

/**
 * Turns reliability block diagrams into failure logic, node by node in topological order: a node's path is lost when
 * the node fails or all of its predecessors have lost theirs, {@code F(n) = fail(n) OR AND(F(p))}; a k-of-n node loses
 * its path when more than n-k inputs have, {@code ATLEAST(n-k+1, F(p))}; Start never fails; End fails when all its
 * inputs have. Exact on any directed acyclic diagram. A sub-diagram is built once and reused. Disabled nodes and
 * connectors are left out. Subclasses say what a block's and a standby group's own failure is (the exact engine and
 * the simulator use different variables for them).
 */
public abstract class DiagramLogic {
    protected final StructureFunction.Builder structure;
    private final Map<Diagram, Integer> diagramRefs = new IdentityHashMap<>();

    protected DiagramLogic(StructureFunction.Builder structure) {
        this.structure = structure;
    }

    /** The reference of the node that fails when the block's component does. */
    protected abstract int blockFailure(Block block);

    /** The reference of the node that fails when the standby group does. */
    protected abstract int standbyFailure(StandbyGroup group);

    /** @return the reference of the failure function of a diagram already built, or null */
    public final Integer builtDiagramFailure(Diagram diagram) {
        return diagramRefs.get(diagram);
    }

    /**
     * Reference of the failure function of a diagram (End unreachable).
     *
     * @throws IllegalArgumentException naming the element when the diagram cannot be turned into logic
     */
    public final int diagramFailure(Diagram diagram) {
        return diagramFailure(diagram, new ArrayList<>());
    }

    private int diagramFailure(Diagram diagram, List<Diagram> path) {
        Integer known = diagramRefs.get(diagram);
        if (known != null) {
            return known;
        }
        if (path.contains(diagram)) {
            throw new IllegalArgumentException("diagram " + diagram.getId() + " contains itself through sub-diagram blocks");
        }
        path.add(diagram);
        Map<DiagramNode, List<DiagramNode>> predecessors = DiagramGraph.enabledPredecessors(diagram);
        Map<DiagramNode, Integer> lost = new IdentityHashMap<>();
        Integer endRef = null;
        for (DiagramNode node : DiagramGraph.topologicalOrder(diagram, predecessors)) {
            List<Integer> inputs = predecessors.get(node).stream().map(lost::get).toList();
            int ref = nodeFailure(node, inputs, path);
            lost.put(node, ref);
            if (node instanceof End) {
                endRef = ref;
            }
        }
        path.remove(path.size() - 1);
        if (endRef == null) {
            throw new IllegalArgumentException("diagram " + diagram.getId() + " has no enabled End node");
        }
        diagramRefs.put(diagram, endRef);
        return endRef;
    }

    private int nodeFailure(DiagramNode node, List<Integer> inputs, List<Diagram> path) {
        return switch (node) {
            case Start start -> structure.constant(false);
            case End end -> allLost(inputs);
            case KofN kOfN -> {
                int n = inputs.size();
                int k = kOfN.getK();
                if (k < 1 || k > n) {
                    throw new IllegalArgumentException("k-of-n node " + node.getId() + " has k = " + k + " but " + n + " inputs");
                }
                yield n == 1 ? inputs.get(0) : structure.atLeast(n - k + 1, toArray(inputs));
            }
            case Block block -> or(blockFailure(block), allLost(inputs));
            case StandbyGroup group -> or(standbyFailure(group), allLost(inputs));
            case SubDiagramBlock sub -> {
                if (sub.getDiagram() == null) {
                    throw new IllegalArgumentException("sub-diagram block " + sub.getId() + " has no diagram");
                }
                yield or(diagramFailure(sub.getDiagram(), path), allLost(inputs));
            }
            default -> throw new IllegalArgumentException("unknown node type " + node.eClass().getName() + " (" + node.getId() + ")");
        };
    }

    /** A node with no enabled input is unreachable: its path is lost for sure. */
    private int allLost(List<Integer> inputs) {
        if (inputs.isEmpty()) {
            return structure.constant(true);
        }
        return inputs.size() == 1 ? inputs.get(0) : structure.gate(GateKind.AND, toArray(inputs));
    }

    /** {@code a OR b}, simplified when either is a constant. */
    public final int or(int a, int b) {
        if (a == structure.constant(true) || b == structure.constant(true)) {
            return structure.constant(true);
        }
        if (a == structure.constant(false)) {
            return b;
        }
        if (b == structure.constant(false)) {
            return a;
        }
        return structure.gate(GateKind.OR, a, b);
    }

    private static int[] toArray(List<Integer> refs) {
        return refs.stream().mapToInt(Integer::intValue).toArray();
    }
}
