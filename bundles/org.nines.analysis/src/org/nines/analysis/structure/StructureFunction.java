package org.nines.analysis.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable Boolean structure function of a system: a directed acyclic graph of gates over variables and
 * constants, with one designated top node.
 *
 * <p><b>Semantics (failure logic).</b> A variable is {@code true} when its component (basic event) has failed;
 * a constant is a house event set to {@code true} or {@code false}; the top node is {@code true} when the
 * system has failed. A variable referenced from several gates is one and the same variable.
 *
 * <p><b>Node references.</b> Nodes are addressed by {@code int} <em>references</em> that encode a kind and a
 * dense index: variables {@code 0..variableCount()-1}, gates {@code 0..gateCount()-1}, and the two constants.
 * Use {@link #isVariable(int)}, {@link #isGate(int)}, {@link #isConstant(int)}, {@link #index(int)} and
 * {@link #constantValue(int)} to decode them, and {@link #variableRef(int)}, {@link #gateRef(int)},
 * {@link #constantRef(boolean)} to make them. The encoding is stable but callers should not rely on it.
 *
 * <p>Instances are created with a {@link Builder}; they are deeply immutable and thread-safe.
 */
public final class StructureFunction {

    private static final int TAG_VARIABLE = 0;
    private static final int TAG_GATE = 1;
    private static final int TAG_CONSTANT = 2;

    private final String[] variableNames;
    private final Map<String, Integer> variableIndex;
    private final GateKind[] kinds;
    private final int[] thresholds;
    private final int[][] children;
    private final String[] gateNames;
    private final int[] topologicalOrder;
    private final int top;

    private StructureFunction(Builder b, int top, int[] topo) {
        this.variableNames = b.variableNames.toArray(new String[0]);
        this.variableIndex = Collections.unmodifiableMap(new HashMap<>(b.variableIndex));
        int g = b.kinds.size();
        this.kinds = b.kinds.toArray(new GateKind[0]);
        this.thresholds = new int[g];
        this.children = new int[g][];
        this.gateNames = b.gateNames.toArray(new String[0]);
        for (int i = 0; i < g; i++) {
            thresholds[i] = b.thresholds.get(i);
            children[i] = b.children.get(i).clone();
        }
        this.topologicalOrder = topo;
        this.top = top;
    }

    private StructureFunction(StructureFunction base, int top) {
        this.variableNames = base.variableNames;
        this.variableIndex = base.variableIndex;
        this.kinds = base.kinds;
        this.thresholds = base.thresholds;
        this.children = base.children;
        this.gateNames = base.gateNames;
        this.topologicalOrder = base.topologicalOrder;
        this.top = top;
    }

    /**
     * The same variables and gates with another node as the top, e.g. the failure of one sub-system; shares this
     * function's immutable arrays.
     *
     * @throws IllegalArgumentException if {@code ref} is not a node of this function
     */
    public StructureFunction withTop(int ref) {
        boolean known = ref == constantRef(true) || ref == constantRef(false)
                || isVariable(ref) && index(ref) >= 0 && index(ref) < variableCount()
                || isGate(ref) && index(ref) >= 0 && index(ref) < gateCount();
        if (!known) {
            throw new IllegalArgumentException("no node " + ref + " in this structure function");
        }
        return new StructureFunction(this, ref);
    }

    // ----------------------------------------------------------------------------------------------------
    // Reference encoding

    /** @return the reference of variable {@code index} */
    public static int variableRef(int index) {
        return (index << 2) | TAG_VARIABLE;
    }

    /** @return the reference of gate {@code index} */
    public static int gateRef(int index) {
        return (index << 2) | TAG_GATE;
    }

    /** @return the reference of the constant {@code value} */
    public static int constantRef(boolean value) {
        return ((value ? 1 : 0) << 2) | TAG_CONSTANT;
    }

    /** @return whether {@code ref} denotes a variable */
    public static boolean isVariable(int ref) {
        return (ref & 3) == TAG_VARIABLE;
    }

    /** @return whether {@code ref} denotes a gate */
    public static boolean isGate(int ref) {
        return (ref & 3) == TAG_GATE;
    }

    /** @return whether {@code ref} denotes a constant */
    public static boolean isConstant(int ref) {
        return (ref & 3) == TAG_CONSTANT;
    }

    /** @return the dense index (variable index or gate index) of {@code ref} */
    public static int index(int ref) {
        return ref >>> 2;
    }

    /** @return the value of a constant reference */
    public static boolean constantValue(int ref) {
        if (!isConstant(ref)) {
            throw new IllegalArgumentException("not a constant reference: " + ref);
        }
        return index(ref) != 0;
    }

    // ----------------------------------------------------------------------------------------------------
    // Accessors

    /** @return the number of variables (basic events), dense ids {@code 0..n-1} */
    public int variableCount() {
        return variableNames.length;
    }

    /** @return the name of variable {@code i} */
    public String variableName(int i) {
        return variableNames[i];
    }

    /** @return all variable names in index order (unmodifiable) */
    public List<String> variableNames() {
        return List.of(variableNames);
    }

    /** @return the index of the variable called {@code name}, or -1 */
    public int variableIndex(String name) {
        Integer i = variableIndex.get(name);
        return i == null ? -1 : i;
    }

    /** @return the number of gates */
    public int gateCount() {
        return kinds.length;
    }

    /** @return the kind of gate {@code g} */
    public GateKind gateKind(int g) {
        return kinds[g];
    }

    /** @return the threshold k of an {@link GateKind#ATLEAST} gate, 0 for other kinds */
    public int gateThreshold(int g) {
        return thresholds[g];
    }

    /** @return the number of inputs of gate {@code g} */
    public int gateChildCount(int g) {
        return children[g].length;
    }

    /** @return the reference of input {@code i} of gate {@code g} */
    public int gateChild(int g, int i) {
        return children[g][i];
    }

    /** @return a copy of the input references of gate {@code g} */
    public int[] gateChildren(int g) {
        return children[g].clone();
    }

    /** @return the name given to gate {@code g}, or {@code null} for an anonymous gate */
    public String gateName(int g) {
        return gateNames[g];
    }

    /** @return the reference of the top node */
    public int top() {
        return top;
    }

    /** @return gate indices ordered so that every gate comes after all gates among its inputs (copy) */
    public int[] gatesInTopologicalOrder() {
        return topologicalOrder.clone();
    }

    /**
     * Evaluates the structure function for one state of the variables. Linear in the size of the graph; meant
     * for tests and small models, not for analysis.
     *
     * @param failed {@code failed[i]} is the state of variable {@code i} ({@code true} = failed)
     * @return the value of the top node ({@code true} = system failed)
     */
    public boolean evaluate(boolean[] failed) {
        if (failed.length != variableNames.length) {
            throw new IllegalArgumentException("expected " + variableNames.length + " states, got " + failed.length);
        }
        boolean[] value = new boolean[kinds.length];
        for (int g : topologicalOrder) {
            int[] c = children[g];
            int trues = 0;
            for (int ref : c) {
                if (valueOf(ref, failed, value)) {
                    trues++;
                }
            }
            value[g] = switch (kinds[g]) {
                case AND -> trues == c.length;
                case OR -> trues > 0;
                case ATLEAST -> trues >= thresholds[g];
                case NOT, NOR -> trues == 0;
                case XOR -> (trues & 1) == 1;
                case NAND -> trues < c.length;
                case NULL -> trues == 1;
            };
        }
        return valueOf(top, failed, value);
    }

    private static boolean valueOf(int ref, boolean[] failed, boolean[] gateValue) {
        return switch (ref & 3) {
            case TAG_VARIABLE -> failed[index(ref)];
            case TAG_GATE -> gateValue[index(ref)];
            default -> index(ref) != 0;
        };
    }

    @Override
    public String toString() {
        return "StructureFunction[" + variableNames.length + " variables, " + kinds.length + " gates]";
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Mutable builder of a {@link StructureFunction}. Gates may be created fully defined ({@link #gate},
     * {@link #atLeast}) or declared by name first and defined later ({@link #declareGate},
     * {@link #defineGate}), which allows forward references as found in model files; cycles are detected by
     * {@link #build(int)}. Not thread-safe.
     */
    public static final class Builder {
        private final List<String> variableNames = new ArrayList<>();
        private final Map<String, Integer> variableIndex = new HashMap<>();
        private final List<GateKind> kinds = new ArrayList<>();
        private final List<Integer> thresholds = new ArrayList<>();
        private final List<int[]> children = new ArrayList<>();
        private final List<String> gateNames = new ArrayList<>();
        private final Map<String, Integer> gateIndex = new HashMap<>();

        private Builder() {
        }

        /**
         * Returns the variable called {@code name}, creating it with the next dense index if it does not exist
         * yet (so repeated calls with one name return one variable).
         */
        public int variable(String name) {
            Objects.requireNonNull(name, "name");
            Integer i = variableIndex.get(name);
            if (i == null) {
                i = variableNames.size();
                variableNames.add(name);
                variableIndex.put(name, i);
            }
            return variableRef(i);
        }

        /** @return the number of variables created so far */
        public int variableCount() {
            return variableNames.size();
        }

        /** @return the reference of a constant (house event) */
        public int constant(boolean value) {
            return constantRef(value);
        }

        /** Creates an anonymous gate of any kind but {@link GateKind#ATLEAST}. */
        public int gate(GateKind kind, int... inputs) {
            if (kind == GateKind.ATLEAST) {
                throw new IllegalArgumentException("use atLeast(k, inputs) for ATLEAST gates");
            }
            int g = newGate(null);
            defineGate(gateRef(g), kind, 0, inputs);
            return gateRef(g);
        }

        /** Creates an anonymous k-out-of-n gate: true when at least {@code k} of {@code inputs} are true. */
        public int atLeast(int k, int... inputs) {
            int g = newGate(null);
            defineGate(gateRef(g), GateKind.ATLEAST, k, inputs);
            return gateRef(g);
        }

        /**
         * Declares a named gate to be defined later with {@link #defineGate}; returns the existing reference if
         * the name was declared before.
         */
        public int declareGate(String name) {
            Objects.requireNonNull(name, "name");
            Integer g = gateIndex.get(name);
            if (g == null) {
                g = newGate(name);
                gateIndex.put(name, g);
            }
            return gateRef(g);
        }

        /**
         * Defines a declared gate.
         *
         * @param gate reference returned by {@link #declareGate}
         * @param kind the gate kind
         * @param k the threshold for {@link GateKind#ATLEAST}, ignored otherwise
         * @param inputs references of the inputs (variables, gates of this builder, constants)
         * @throws IllegalArgumentException if the gate is already defined, the arity or k is invalid, or an input
         *         reference is unknown
         */
        public void defineGate(int gate, GateKind kind, int k, int... inputs) {
            Objects.requireNonNull(kind, "kind");
            if (!isGate(gate) || index(gate) >= kinds.size()) {
                throw new IllegalArgumentException("not a gate of this builder: " + gate);
            }
            int g = index(gate);
            String label = describeGate(g);
            if (kinds.get(g) != null) {
                throw new IllegalArgumentException(label + " is defined twice");
            }
            int n = inputs.length;
            if (n < kind.minArity() || n > kind.maxArity()) {
                throw new IllegalArgumentException(label + ": " + kind + " gate needs "
                        + (kind.maxArity() == kind.minArity() ? "exactly " + kind.minArity()
                                : "at least " + kind.minArity()) + " input(s), got " + n);
            }
            if (kind == GateKind.ATLEAST && (k < 1 || k > n)) {
                throw new IllegalArgumentException(label + ": ATLEAST threshold k=" + k
                        + " must satisfy 1 <= k <= n=" + n);
            }
            for (int ref : inputs) {
                checkRef(ref, label);
            }
            kinds.set(g, kind);
            thresholds.set(g, kind == GateKind.ATLEAST ? k : 0);
            children.set(g, inputs.clone());
        }

        private void checkRef(int ref, String label) {
            boolean ok = switch (ref & 3) {
                case TAG_VARIABLE -> index(ref) < variableNames.size();
                case TAG_GATE -> index(ref) < kinds.size();
                case TAG_CONSTANT -> index(ref) <= 1;
                default -> false;
            };
            if (!ok) {
                throw new IllegalArgumentException(label + ": unknown input reference " + ref);
            }
        }

        private int newGate(String name) {
            kinds.add(null);
            thresholds.add(0);
            children.add(null);
            gateNames.add(name);
            return kinds.size() - 1;
        }

        private String describeGate(int g) {
            String name = gateNames.get(g);
            return name == null ? "gate #" + g : "gate '" + name + "'";
        }

        /**
         * Validates the graph and creates the immutable structure function.
         *
         * @param top reference of the top node (any kind of node)
         * @throws IllegalArgumentException if a declared gate was never defined, the graph has a cycle, or top
         *         is not a valid reference
         */
        public StructureFunction build(int top) {
            checkRef(top, "top");
            for (int g = 0; g < kinds.size(); g++) {
                if (kinds.get(g) == null) {
                    throw new IllegalArgumentException(describeGate(g) + " is declared but never defined");
                }
            }
            int[] topo = topologicalOrder();
            return new StructureFunction(this, top, topo);
        }

        /** Iterative DFS (no recursion, so arbitrarily deep graphs are fine); throws on a cycle. */
        private int[] topologicalOrder() {
            int n = kinds.size();
            byte[] state = new byte[n]; // 0 new, 1 on stack, 2 done
            int[] order = new int[n];
            int count = 0;
            int[] stackGate = new int[n];
            int[] stackPos = new int[n];
            for (int root = 0; root < n; root++) {
                if (state[root] != 0) {
                    continue;
                }
                int sp = 0;
                stackGate[0] = root;
                stackPos[0] = 0;
                state[root] = 1;
                while (sp >= 0) {
                    int g = stackGate[sp];
                    int[] c = children.get(g);
                    if (stackPos[sp] < c.length) {
                        int ref = c[stackPos[sp]++];
                        if (isGate(ref)) {
                            int h = index(ref);
                            if (state[h] == 1) {
                                throw new IllegalArgumentException("cycle in structure: " + cycleDescription(
                                        stackGate, sp, h));
                            }
                            if (state[h] == 0) {
                                state[h] = 1;
                                sp++;
                                stackGate[sp] = h;
                                stackPos[sp] = 0;
                            }
                        }
                    } else {
                        state[g] = 2;
                        order[count++] = g;
                        sp--;
                    }
                }
            }
            return order;
        }

        private String cycleDescription(int[] stack, int sp, int back) {
            StringBuilder sb = new StringBuilder();
            int start = 0;
            while (stack[start] != back) {
                start++;
            }
            for (int i = start; i <= sp; i++) {
                sb.append(describeGate(stack[i])).append(" -> ");
            }
            return sb.append(describeGate(back)).toString();
        }

        @Override
        public String toString() {
            return "StructureFunction.Builder[" + variableNames.size() + " variables, " + kinds.size() + " gates]";
        }
    }
}
