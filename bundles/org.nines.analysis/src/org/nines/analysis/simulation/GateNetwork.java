package org.nines.analysis.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nines.analysis.structure.StructureFunction;

/**
 * A structure function compiled into counting gates for the simulation's incremental update: a gate fails when at
 * least {@code threshold} of its inputs have failed. Nodes are numbered variables {@code 0..V-1}, then gates
 * {@code V..}.
 *
 * <p>Before compiling, the network is simplified without changing the function, so that a change of one variable
 * propagates through fewer gates: (1) a common input is factored out of a gate whose inputs are all OR gates feeding
 * only it and sharing that input, {@code k-of-n(OR(p, a1), ..., OR(p, an)) = OR(p, k-of-n(a1, ..., an))} (a diagram
 * compiles a series of redundant groups into such a chain); (2) an OR gate feeding only an OR gate is merged into it,
 * and the same for AND gates. A series of n groups becomes one OR of n groups instead of a chain n gates deep. Gates
 * with constant inputs are left as they are. The simulation's figures depend only on the function, so they do not
 * change.
 */
final class GateNetwork {
    final int[] threshold;
    /** Failed inputs of each gate with every variable working (constants, and gates failed by constants). */
    final int[] initialCount;
    final boolean[] initialFailed;
    /** CSR over nodes: the gates each node feeds. */
    final int[] parentStart;
    final int[] parents;
    /** Node id of the top event, or {@link SimulationModel#TOP_FAILED} / {@link SimulationModel#TOP_WORKING}. */
    final int top;

    private static final class Gate {
        int threshold;
        int constantFailed;
        boolean hasConstant;
        boolean removed;
        int[] children;
        int size;

        Gate(int threshold, int[] children, int size) {
            this.threshold = threshold;
            this.children = children;
            this.size = size;
        }

        boolean isOr() {
            return threshold == 1;
        }

        boolean isAnd() {
            return threshold == size;
        }

        int count(int node) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                n += children[i] == node ? 1 : 0;
            }
            return n;
        }

        void remove(int node) {
            for (int i = 0; i < size; i++) {
                if (children[i] == node) {
                    System.arraycopy(children, i + 1, children, i, size - i - 1);
                    size--;
                    return;
                }
            }
        }
    }

    private final int vars;
    private final List<Gate> gates = new ArrayList<>();
    private int[] references; // per node: how many gate inputs refer to it
    private final int topGate; // gate index of the top, or -1

    private GateNetwork(StructureFunction f) {
        vars = f.variableCount();
        references = new int[vars + 2 * f.gateCount() + 16];
        for (int g = 0; g < f.gateCount(); g++) {
            int inputs = f.gateChildCount(g);
            int[] children = new int[inputs];
            int size = 0;
            int constantFailed = 0;
            boolean hasConstant = false;
            for (int i = 0; i < inputs; i++) {
                int ref = f.gateChild(g, i);
                if (StructureFunction.isConstant(ref)) {
                    hasConstant = true;
                    constantFailed += StructureFunction.constantValue(ref) ? 1 : 0;
                } else {
                    int node = node(f, ref);
                    children[size++] = node;
                    references[node]++;
                }
            }
            Gate gate = new Gate(switch (f.gateKind(g)) {
                case AND -> inputs;
                case OR -> 1;
                case ATLEAST -> f.gateThreshold(g);
                default -> throw new IllegalStateException("unexpected gate " + f.gateKind(g));
            }, children, size);
            gate.constantFailed = constantFailed;
            gate.hasConstant = hasConstant;
            gates.add(gate);
        }
        int fTop = f.top();
        topGate = StructureFunction.isGate(fTop) ? StructureFunction.index(fTop) : -1;
        simplify();
        int[] index = new int[gates.size()];
        int kept = 0;
        for (int g = 0; g < gates.size(); g++) {
            index[g] = gates.get(g).removed ? -1 : kept++;
        }
        threshold = new int[kept];
        initialCount = new int[kept];
        int[] parentCount = new int[vars + kept];
        for (int g = 0; g < gates.size(); g++) {
            Gate gate = gates.get(g);
            if (!gate.removed) {
                threshold[index[g]] = gate.threshold;
                initialCount[index[g]] = gate.constantFailed;
                for (int i = 0; i < gate.size; i++) {
                    parentCount[renumber(gate.children[i], index)]++;
                }
            }
        }
        parentStart = new int[vars + kept + 1];
        for (int i = 0; i < vars + kept; i++) {
            parentStart[i + 1] = parentStart[i] + parentCount[i];
        }
        parents = new int[parentStart[vars + kept]];
        int[] fill = parentStart.clone();
        for (int g = 0; g < gates.size(); g++) {
            Gate gate = gates.get(g);
            if (!gate.removed) {
                for (int i = 0; i < gate.size; i++) {
                    parents[fill[renumber(gate.children[i], index)]++] = index[g];
                }
            }
        }
        // with every variable working, gates with true constant inputs may already have failed: settle them once
        initialFailed = new boolean[kept];
        for (int g : topologicalOrder(kept)) {
            if (initialCount[g] >= threshold[g]) {
                initialFailed[g] = true;
                for (int p = parentStart[vars + g]; p < parentStart[vars + g + 1]; p++) {
                    initialCount[parents[p]]++;
                }
            }
        }
        if (StructureFunction.isConstant(fTop)) {
            top = StructureFunction.constantValue(fTop) ? SimulationModel.TOP_FAILED : SimulationModel.TOP_WORKING;
        } else {
            top = StructureFunction.isVariable(fTop) ? StructureFunction.index(fTop) : vars + index[topGate];
        }
    }

    /** Compiles (and simplifies) a structure function. */
    static GateNetwork of(StructureFunction f) {
        return new GateNetwork(f);
    }

    private static int node(StructureFunction f, int ref) {
        return StructureFunction.isVariable(ref) ? StructureFunction.index(ref) : f.variableCount() + StructureFunction.index(ref);
    }

    private int renumber(int node, int[] index) {
        return node < vars ? node : vars + index[node - vars];
    }

    /** Gates (new numbering), each after every gate it takes as input. */
    private int[] topologicalOrder(int kept) {
        int[] pending = new int[kept];
        for (int g = 0; g < kept; g++) {
            for (int p = parentStart[vars + g]; p < parentStart[vars + g + 1]; p++) {
                pending[parents[p]]++;
            }
        }
        int[] order = new int[kept];
        int size = 0;
        for (int g = 0; g < kept; g++) {
            if (pending[g] == 0) {
                order[size++] = g;
            }
        }
        for (int i = 0; i < size; i++) {
            int g = order[i];
            for (int p = parentStart[vars + g]; p < parentStart[vars + g + 1]; p++) {
                if (--pending[parents[p]] == 0) {
                    order[size++] = parents[p];
                }
            }
        }
        if (size != kept) {
            throw new IllegalStateException("structure function has a cycle");
        }
        return order;
    }

    // ---------------------------------------------------------------------------------------------------------
    // simplification

    private void simplify() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int g = 0; g < gates.size(); g++) {
                changed |= factor(g);
            }
            for (int g = 0; g < gates.size(); g++) {
                changed |= flatten(g);
            }
        }
    }

    private boolean rewritable(int g) {
        Gate gate = gates.get(g);
        return !gate.removed && !gate.hasConstant && gate.constantFailed == 0;
    }

    /** A gate that only {@code parent} refers to, once, and that may be rewritten or removed. */
    private Gate ownedGate(int node) {
        if (node < vars || references[node] != 1 || node - vars == topGate || !rewritable(node - vars)) {
            return null;
        }
        return gates.get(node - vars);
    }

    /** k-of-n(OR(p, a1..), ..., OR(p, an..)) becomes OR(p, k-of-n(OR(a1..), ..., OR(an..))). */
    private boolean factor(int g) {
        if (!rewritable(g)) {
            return false;
        }
        Gate gate = gates.get(g);
        int n = gate.size;
        if (n < 2 || gate.threshold < 1 || gate.threshold > n) {
            return false;
        }
        Gate[] inputs = new Gate[n];
        for (int i = 0; i < n; i++) {
            Gate input = ownedGate(gate.children[i]);
            if (input == null || !input.isOr() || input.size < 2) {
                return false;
            }
            inputs[i] = input;
        }
        int common = commonInput(inputs);
        if (common < 0) {
            return false;
        }
        int[] reduced = new int[n];
        for (int i = 0; i < n; i++) {
            inputs[i].remove(common);
            if (inputs[i].size == 1) {
                inputs[i].removed = true;
                reduced[i] = inputs[i].children[0];
            } else {
                reduced[i] = gate.children[i];
            }
        }
        Gate inner = new Gate(gate.threshold, reduced, n);
        gates.add(inner);
        int innerNode = vars + gates.size() - 1;
        if (innerNode >= references.length) {
            references = Arrays.copyOf(references, references.length * 2);
        }
        references[innerNode] = 1;
        references[common] -= n - 1;
        gate.threshold = 1;
        gate.children = new int[] { common, innerNode };
        gate.size = 2;
        return true;
    }

    /** An input that every gate has exactly once, or -1. */
    private static int commonInput(Gate[] inputs) {
        Gate first = inputs[0];
        candidates: for (int i = 0; i < first.size; i++) {
            int candidate = first.children[i];
            for (Gate input : inputs) {
                if (input.count(candidate) != 1) {
                    continue candidates;
                }
            }
            return candidate;
        }
        return -1;
    }

    /** Merges OR inputs of an OR gate (AND inputs of an AND gate) that feed only that gate into it. */
    private boolean flatten(int g) {
        if (!rewritable(g)) {
            return false;
        }
        Gate gate = gates.get(g);
        boolean or = gate.isOr();
        boolean and = gate.isAnd();
        if (!or && !and || gate.size < 1) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < gate.size; i++) {
            Gate input = ownedGate(gate.children[i]);
            if (input == null || input.size < 1 || !(or && input.isOr() || and && !or && input.isAnd())) {
                continue;
            }
            int[] merged = new int[gate.size - 1 + input.size];
            System.arraycopy(gate.children, 0, merged, 0, i);
            System.arraycopy(input.children, 0, merged, i, input.size);
            System.arraycopy(gate.children, i + 1, merged, i + input.size, gate.size - i - 1);
            input.removed = true;
            gate.children = merged;
            gate.size = merged.length;
            if (!or) {
                gate.threshold = gate.size;
            }
            changed = true;
            i--; // look at the merged inputs too
        }
        return changed;
    }
}
