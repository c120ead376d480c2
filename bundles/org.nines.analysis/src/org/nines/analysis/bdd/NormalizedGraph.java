package org.nines.analysis.bdd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

/**
 * Preprocessed form of a {@link StructureFunction}, the input of BDD compilation.
 *
 * <p>Nodes are variables {@code 0..varCount-1} (the structure function's variable indices) and gates
 * {@code varCount..}. Gates are only AND, OR, ATLEAST and XOR; inputs are <em>literals</em>
 * {@code node << 1 | negated}. Transformations, all of which preserve the Boolean function:
 * <ul>
 * <li>NULL gates are bypassed, NOT/NAND/NOR become negated edges;</li>
 * <li>constants are propagated (house events may collapse parts of the tree, or the whole tree);</li>
 * <li>duplicate inputs are merged and complementary inputs resolved ({@code x AND NOT x = false});</li>
 * <li>structurally identical gates are shared (hash-consing);</li>
 * <li>an AND input that is an AND used only once is inlined (and OR likewise, with De Morgan for negated
 * inputs).</li>
 * </ul>
 * Then modules are found with the linear-time algorithm of Dutuit and Rauzy ("A linear-time algorithm to find
 * modules of fault trees", IEEE Trans. Reliability 45(3), 1996): a gate is a module when no node below it is
 * reachable except through it.
 */
final class NormalizedGraph {

    static final int AND = 0;
    static final int OR = 1;
    static final int ATLEAST = 2;
    static final int XOR = 3;

    /** Literal of the constant true (never an input of a gate; only as {@link #root}). */
    static final int LIT_TRUE = -2;
    /** Literal of the constant false (never an input of a gate; only as {@link #root}). */
    static final int LIT_FALSE = -1;

    final int varCount;
    final int[] kind;
    final int[] threshold;
    final int[][] inputs;
    /** Root literal: a positive literal of a gate, or a constant literal. */
    final int root;
    /** {@code module[g]} for gate index g (node = varCount + g): whether the gate is a module. */
    final boolean[] module;

    private NormalizedGraph(int varCount, List<int[]> gates, int root) {
        this.varCount = varCount;
        int g = gates.size();
        kind = new int[g];
        threshold = new int[g];
        inputs = new int[g][];
        for (int i = 0; i < g; i++) {
            int[] d = gates.get(i);
            kind[i] = d[0];
            threshold[i] = d[1];
            inputs[i] = Arrays.copyOfRange(d, 2, d.length);
        }
        this.root = root;
        this.module = new boolean[g];
        if (root >= 0) {
            findModules();
        }
    }

    boolean isGateNode(int node) {
        return node >= varCount;
    }

    int gateCount() {
        return kind.length;
    }

    // ---------------------------------------------------------------------------------------------------

    static NormalizedGraph of(StructureFunction sf) {
        return new Builder(sf).build();
    }

    private static final class Key {
        final int[] data;
        final int hash;

        Key(int[] data) {
            this.data = data;
            this.hash = Arrays.hashCode(data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(data, k.data);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class Builder {
        private final StructureFunction sf;
        private final int n;
        private final List<int[]> gates = new ArrayList<>(); // {kind, k, inputs...}
        private final Map<Key, Integer> shared = new HashMap<>();
        private int[] parentsInSf;

        Builder(StructureFunction sf) {
            this.sf = sf;
            this.n = sf.variableCount();
        }

        NormalizedGraph build() {
            int top = sf.top();
            int root;
            if (StructureFunction.isConstant(top)) {
                root = StructureFunction.constantValue(top) ? LIT_TRUE : LIT_FALSE;
            } else if (StructureFunction.isVariable(top)) {
                root = StructureFunction.index(top) << 1;
            } else {
                int gc = sf.gateCount();
                boolean[] reachable = new boolean[gc];
                parentsInSf = new int[gc];
                reachable[StructureFunction.index(top)] = true;
                int[] topo = sf.gatesInTopologicalOrder();
                for (int i = topo.length - 1; i >= 0; i--) { // parents before children
                    int g = topo[i];
                    if (!reachable[g]) {
                        continue;
                    }
                    for (int c = 0; c < sf.gateChildCount(g); c++) {
                        int ref = sf.gateChild(g, c);
                        if (StructureFunction.isGate(ref)) {
                            reachable[StructureFunction.index(ref)] = true;
                            parentsInSf[StructureFunction.index(ref)]++;
                        }
                    }
                }
                int[] lit = new int[gc];
                for (int g : topo) {
                    if (reachable[g]) {
                        lit[g] = convert(g, lit);
                    }
                }
                root = lit[StructureFunction.index(top)];
            }
            if (root >= 0 && ((root & 1) != 0 || (root >>> 1) < n)) {
                // the analysis wants a positive gate at the root: wrap a variable or a negated literal
                root = (n + addGate(OR, 0, new int[] {root})) << 1;
            }
            return new NormalizedGraph(n, gates, root);
        }

        private static int negate(int lit) {
            return lit < 0 ? (lit == LIT_TRUE ? LIT_FALSE : LIT_TRUE) : lit ^ 1;
        }

        private int literalOf(int ref, int[] lit) {
            if (StructureFunction.isVariable(ref)) {
                return StructureFunction.index(ref) << 1;
            }
            if (StructureFunction.isConstant(ref)) {
                return StructureFunction.constantValue(ref) ? LIT_TRUE : LIT_FALSE;
            }
            return lit[StructureFunction.index(ref)];
        }

        private int convert(int g, int[] lit) {
            int m = sf.gateChildCount(g);
            int[] in = new int[m];
            for (int i = 0; i < m; i++) {
                in[i] = literalOf(sf.gateChild(g, i), lit);
            }
            GateKind k = sf.gateKind(g);
            return switch (k) {
                case NULL -> in[0];
                case NOT -> negate(in[0]);
                case AND -> andOr(AND, in, g);
                case NAND -> negate(andOr(AND, in, g));
                case OR -> andOr(OR, in, g);
                case NOR -> negate(andOr(OR, in, g));
                case XOR -> xor(in);
                case ATLEAST -> atLeast(sf.gateThreshold(g), in, g);
            };
        }

        /** AND (or OR, by duality) with constant propagation, deduplication and inlining. */
        private int andOr(int op, int[] in, int sfGate) {
            int absorbing = op == AND ? LIT_FALSE : LIT_TRUE;
            int neutral = op == AND ? LIT_TRUE : LIT_FALSE;
            LinkedHashSet<Integer> set = new LinkedHashSet<>();
            for (int i = 0; i < in.length; i++) {
                int l = in[i];
                if (l == absorbing) {
                    return absorbing;
                }
                if (l == neutral) {
                    continue;
                }
                int node = l >>> 1;
                int childSfRef = sf.gateChild(sfGate, i);
                boolean single = StructureFunction.isGate(childSfRef)
                        && parentsInSf[StructureFunction.index(childSfRef)] == 1;
                if (single && node >= n) {
                    int[] d = gates.get(node - n);
                    boolean sameOp = (l & 1) == 0 && d[0] == op;
                    boolean deMorgan = (l & 1) == 1 && d[0] == (op == AND ? OR : AND);
                    if (sameOp || deMorgan) {
                        for (int j = 2; j < d.length; j++) {
                            set.add(sameOp ? d[j] : d[j] ^ 1);
                        }
                        continue;
                    }
                }
                set.add(l);
            }
            for (int l : set) {
                if (set.contains(l ^ 1)) {
                    return absorbing;
                }
            }
            if (set.isEmpty()) {
                return neutral;
            }
            if (set.size() == 1) {
                return set.iterator().next();
            }
            return addGate(op, 0, set.stream().mapToInt(Integer::intValue).toArray()) + n << 1;
        }

        private int xor(int[] in) {
            int flip = 0;
            List<Integer> list = new ArrayList<>();
            for (int l : in) {
                if (l == LIT_TRUE) {
                    flip ^= 1;
                } else if (l != LIT_FALSE) {
                    flip ^= l & 1;
                    int pos = l & ~1;
                    if (!list.remove((Integer) pos)) { // x XOR x = false
                        list.add(pos);
                    }
                }
            }
            if (list.isEmpty()) {
                return flip == 1 ? LIT_TRUE : LIT_FALSE;
            }
            if (list.size() == 1) {
                return list.get(0) ^ flip;
            }
            return (addGate(XOR, 0, list.stream().mapToInt(Integer::intValue).toArray()) + n << 1) ^ flip;
        }

        private int atLeast(int k, int[] in, int sfGate) {
            List<Integer> list = new ArrayList<>();
            for (int l : in) {
                if (l == LIT_TRUE) {
                    k--;
                } else if (l != LIT_FALSE) {
                    list.add(l);
                }
            }
            if (k <= 0) {
                return LIT_TRUE;
            }
            if (k > list.size()) {
                return LIT_FALSE;
            }
            int[] arr = list.stream().mapToInt(Integer::intValue).toArray();
            if (k == arr.length || k == 1) {
                boolean distinct = Arrays.stream(arr).map(x -> x >>> 1).distinct().count() == arr.length;
                if (distinct) {
                    return addGate(k == 1 ? OR : AND, 0, arr) + n << 1;
                }
            }
            return addGate(ATLEAST, k, arr) + n << 1;
        }

        /** Adds (or finds an identical) gate and returns its gate index. */
        private int addGate(int op, int k, int[] in) {
            int[] sorted = in.clone();
            Arrays.sort(sorted);
            int[] keyData = new int[sorted.length + 2];
            keyData[0] = op;
            keyData[1] = k;
            System.arraycopy(sorted, 0, keyData, 2, sorted.length);
            Key key = new Key(keyData);
            Integer existing = shared.get(key);
            if (existing != null) {
                return existing;
            }
            int[] d = new int[in.length + 2];
            d[0] = op;
            d[1] = k;
            System.arraycopy(in, 0, d, 2, in.length);
            gates.add(d);
            shared.put(key, gates.size() - 1);
            return gates.size() - 1;
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Module detection (Dutuit & Rauzy 1996), iterative so that deep graphs do not overflow the stack.

    private void findModules() {
        int total = varCount + kind.length;
        int[] first = new int[total];
        int[] last = new int[total];
        int[] exit = new int[total];
        int time = 0;
        int[] stackNode = new int[16];
        int[] stackPos = new int[16];
        int sp = 0;
        int rootNode = root >>> 1;
        stackNode[0] = rootNode;
        stackPos[0] = 0;
        first[rootNode] = last[rootNode] = ++time;
        while (sp >= 0) {
            int node = stackNode[sp];
            int[] in = inputs[node - varCount];
            if (stackPos[sp] < in.length) {
                int child = in[stackPos[sp]++] >>> 1;
                ++time;
                if (first[child] != 0) {
                    last[child] = time;
                    continue;
                }
                first[child] = last[child] = time;
                if (child >= varCount) {
                    sp++;
                    if (sp == stackNode.length) {
                        stackNode = Arrays.copyOf(stackNode, sp * 2);
                        stackPos = Arrays.copyOf(stackPos, sp * 2);
                    }
                    stackNode[sp] = child;
                    stackPos[sp] = 0;
                } else {
                    exit[child] = time;
                }
            } else {
                exit[node] = ++time;
                sp--;
            }
        }
        // min first-visit and max last-visit over all strict descendants; gates in index order are
        // topologically sorted (inputs were created before the gates using them)
        int g = kind.length;
        int[] minFirst = new int[g];
        int[] maxLast = new int[g];
        for (int i = 0; i < g; i++) {
            if (first[varCount + i] == 0) {
                continue; // unreachable
            }
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int l : inputs[i]) {
                int c = l >>> 1;
                lo = Math.min(lo, first[c]);
                hi = Math.max(hi, last[c]);
                if (c >= varCount) {
                    lo = Math.min(lo, minFirst[c - varCount]);
                    hi = Math.max(hi, maxLast[c - varCount]);
                }
            }
            minFirst[i] = lo;
            maxLast[i] = hi;
            int node = varCount + i;
            module[i] = lo > first[node] && hi < exit[node];
        }
        module[rootNode - varCount] = true;
    }
}
