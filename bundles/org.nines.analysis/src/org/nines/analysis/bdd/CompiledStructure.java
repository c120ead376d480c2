package org.nines.analysis.bdd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nines.analysis.structure.StructureFunction;

/**
 * A {@link StructureFunction} compiled into a tree of BDDs, one per module, ready for repeated quantification.
 *
 * <p><b>Algorithm.</b> The structure is preprocessed ({@link NormalizedGraph}: constant propagation, negation
 * normal form on edges, gate sharing and coalescing) and its modules are found (Dutuit &amp; Rauzy 1996). Each
 * module is compiled separately, bottom-up, into its own BDD in which every sub-module is a single
 * <em>pseudo-variable</em>; this keeps each BDD small, and exact, because modules share no variables and are
 * therefore statistically independent. A pseudo-variable stands for {@code u = M XOR M(0)}, the module's
 * function normalised to be false when all its inputs are false (for coherent modules {@code u = M}); this
 * normalisation makes the cut-set expansion in {@link CutSetEnumerator} exact for non-coherent models too.
 * Within a module the variable order is static and depth-first from the module's gate, sub-modules counting
 * as variables (see {@code Compiler#assignLevels}): variables-first within a node budget, else gates-first;
 * gate inputs are combined deepest-first. ATLEAST gates are compiled by a dynamic programme
 * ({@link Bdd#atLeast}). After compiling a module only a compact copy ({@link FrozenBdd}) is kept and the
 * manager is cleared, so intermediate nodes never accumulate across modules.
 *
 * <p>Instances are immutable after construction and may be shared between threads; the quantification
 * methods allocate their own work arrays.
 */
public final class CompiledStructure {

    private final int variableCount;
    /** Constant value of the whole function, or null when it is not constant. */
    private final Boolean constant;
    /** Modules in bottom-up order (every sub-module before its parent); the last one is the root. */
    private final FrozenBdd[] bdds;
    /** {@code leaves[m][level]}: variable index (>= 0) or {@code -1 - subModule}. */
    private final int[][] leaves;
    private final int maxLevels;
    private final int maxNodes;

    private CompiledStructure(int variableCount, Boolean constant, List<FrozenBdd> bdds, List<int[]> leaves) {
        this.variableCount = variableCount;
        this.constant = constant;
        this.bdds = bdds.toArray(new FrozenBdd[0]);
        this.leaves = leaves.toArray(new int[0][]);
        int ml = 1;
        int mn = 1;
        for (int i = 0; i < this.bdds.length; i++) {
            ml = Math.max(ml, this.leaves[i].length);
            mn = Math.max(mn, this.bdds[i].nodeCount());
        }
        this.maxLevels = ml;
        this.maxNodes = mn;
    }

    /**
     * Compiles a structure function. Recursion depth grows with the number of variables of a module and the
     * depth of the gate graph; run on a thread with a large stack for big models.
     */
    public static CompiledStructure compile(StructureFunction sf) {
        return compile(sf, Compiler.FIRST_ORDER_BUDGET);
    }

    /** As {@link #compile(StructureFunction)}, with the node budget of the first variable order (tests). */
    static CompiledStructure compile(StructureFunction sf, int firstOrderBudget) {
        NormalizedGraph g = NormalizedGraph.of(sf);
        if (g.root < 0) {
            return new CompiledStructure(sf.variableCount(), g.root == NormalizedGraph.LIT_TRUE, List.of(),
                    List.of());
        }
        return new Compiler(g, firstOrderBudget).run(sf.variableCount());
    }

    /** @return the number of variables of the structure function */
    public int variableCount() {
        return variableCount;
    }

    /** @return whether the function is a constant (e.g. collapsed by house events) */
    public boolean isConstant() {
        return constant != null;
    }

    /** @return the number of modules (separately compiled BDDs); 0 for a constant function */
    public int moduleCount() {
        return bdds.length;
    }

    /** @return the total number of BDD nodes kept over all modules (terminals included) */
    public long nodeCount() {
        long s = 0;
        for (FrozenBdd b : bdds) {
            s += b.nodeCount();
        }
        return s;
    }

    FrozenBdd bdd(int module) {
        return bdds[module];
    }

    int[] leaves(int module) {
        return leaves[module];
    }

    int maxLevels() {
        return maxLevels;
    }

    int maxNodes() {
        return maxNodes;
    }

    /**
     * Probabilities of the pseudo-variables of all modules, bottom-up.
     *
     * @return {@code [2][moduleCount]}: {@code [0][m]} = P(u_m), {@code [1][m]} = 1 - P(u_m) computed without
     *         cancellation
     */
    double[][] moduleProbabilities(double[] p) {
        int mc = bdds.length;
        double[][] pq = new double[2][mc];
        double[] lp = new double[maxLevels];
        double[] sp = new double[maxNodes];
        double[] sq = new double[maxNodes];
        for (int m = 0; m < mc; m++) {
            fillLevelProbabilities(m, p, pq[0], lp);
            pq[0][m] = bdds[m].probability(lp, sp, sq);
            pq[1][m] = bdds[m].complementOf(sp, sq);
        }
        return pq;
    }

    private void fillLevelProbabilities(int m, double[] p, double[] moduleP, double[] lp) {
        int[] lv = leaves[m];
        for (int l = 0; l < lv.length; l++) {
            int leaf = lv[l];
            lp[l] = leaf >= 0 ? p[leaf] : moduleP[-1 - leaf];
        }
    }

    /**
     * Exact probability of the top event for independent variables.
     *
     * @param p {@code p[i]} = probability that variable {@code i} is true (failed), each in [0, 1]
     * @return {@code {P(top), 1 - P(top)}}, both computed without cancellation
     */
    public double[] probability(double[] p) {
        checkProbabilities(p);
        if (constant != null) {
            return constant ? new double[] {1.0, 0.0} : new double[] {0.0, 1.0};
        }
        double[][] pq = moduleProbabilities(p);
        int r = bdds.length - 1;
        return new double[] {pq[0][r], pq[1][r]};
    }

    /**
     * Birnbaum importance {@code dP(top)/dp_i} of every variable, by the chain rule over the module tree: one
     * bottom-up probability sweep and one top-down sweep of path weights per module (no re-evaluation per
     * variable). Variables that do not influence the top event get 0.
     *
     * @param p variable probabilities as in {@link #probability}
     * @return array of length {@link #variableCount()}
     */
    public double[] birnbaum(double[] p) {
        checkProbabilities(p);
        double[] result = new double[variableCount];
        if (constant != null) {
            return result;
        }
        int mc = bdds.length;
        double[][] pq = moduleProbabilities(p);
        double[] dTop = new double[mc]; // dP(top)/dP(u_m)
        dTop[mc - 1] = 1.0;
        double[] lp = new double[maxLevels];
        double[] sp = new double[maxNodes];
        double[] sq = new double[maxNodes];
        double[] sw = new double[maxNodes];
        double[] deriv = new double[maxLevels];
        for (int m = mc - 1; m >= 0; m--) {
            if (dTop[m] == 0.0) {
                continue;
            }
            fillLevelProbabilities(m, p, pq[0], lp);
            FrozenBdd b = bdds[m];
            b.probability(lp, sp, sq);
            int[] lv = leaves[m];
            Arrays.fill(deriv, 0, lv.length, 0.0);
            b.derivatives(lp, sp, sq, sw, deriv);
            for (int l = 0; l < lv.length; l++) {
                int leaf = lv[l];
                if (leaf >= 0) {
                    result[leaf] = dTop[m] * deriv[l];
                } else {
                    dTop[-1 - leaf] = dTop[m] * deriv[l];
                }
            }
        }
        return result;
    }

    /**
     * Minimal cut sets (see {@link CutSetEnumerator} for the definition for non-coherent structures), the
     * {@code maxCount} most probable ones of order at most {@code orderLimit} and probability at least
     * {@code cutoff}, sorted by probability descending then by name lists ascending.
     *
     * @param p variable probabilities as in {@link #probability}
     * @param orderLimit maximum number of variables in a cut set ({@link Integer#MAX_VALUE} for none)
     * @param cutoff minimum probability of a reported cut set (0 for none)
     * @param maxCount maximum number of cut sets returned
     * @param names variable names, used for sorting sets and breaking ties (length {@link #variableCount()})
     * @return the cut sets; a constant-true function has the single empty cut set, constant false none
     */
    public List<IndexCutSet> minimalCutSets(double[] p, int orderLimit, double cutoff, int maxCount,
            List<String> names) {
        checkProbabilities(p);
        if (orderLimit < 0 || maxCount < 0) {
            throw new IllegalArgumentException("orderLimit and maxCount must be >= 0");
        }
        if (names.size() != variableCount) {
            throw new IllegalArgumentException("expected " + variableCount + " names, got " + names.size());
        }
        if (constant != null) {
            return constant && maxCount > 0 && cutoff <= 1.0 ? List.of(new IndexCutSet(new int[0], 1.0))
                    : List.of();
        }
        int[] rank = BestCutSets.rankByName(names);
        Zbdd z = new Zbdd();
        int[] roots = cutSetFamilies(z, orderLimit);
        return new CutSetEnumerator(this, z, roots, p, orderLimit, cutoff, maxCount, rank).run();
    }

    /**
     * Number of minimal cut sets of order at most {@code orderLimit}, without listing them (saturates at
     * {@link Long#MAX_VALUE}).
     */
    public long countMinimalCutSets(int orderLimit) {
        if (constant != null) {
            return constant ? 1 : 0;
        }
        Zbdd z = new Zbdd();
        int[] roots = cutSetFamilies(z, orderLimit);
        int mc = bdds.length;
        int width = orderLimit >= variableCount ? 1 : orderLimit + 1; // 1 = total only
        long[][] moduleCounts = new long[mc][];
        for (int m = 0; m < mc; m++) {
            java.util.HashMap<Integer, long[]> memo = new java.util.HashMap<>();
            moduleCounts[m] = countFamily(z, roots[m], m, width, moduleCounts, memo);
        }
        long[] top = moduleCounts[mc - 1];
        long s = 0;
        for (long c : top) {
            s = satAdd(s, c);
        }
        return s;
    }

    private long[] countFamily(Zbdd z, int node, int m, int width, long[][] moduleCounts,
            java.util.HashMap<Integer, long[]> memo) {
        long[] r = new long[width];
        if (node == Zbdd.EMPTY) {
            return r;
        }
        if (node == Zbdd.BASE) {
            r[0] = 1;
            return r;
        }
        long[] cached = memo.get(node);
        if (cached != null) {
            return cached;
        }
        long[] lo = countFamily(z, z.lo(node), m, width, moduleCounts, memo);
        long[] hi = countFamily(z, z.hi(node), m, width, moduleCounts, memo);
        int leaf = leaves[m][z.level(node)];
        long[] mult;
        if (leaf >= 0) {
            mult = new long[width];
            mult[width == 1 ? 0 : 1] = 1;
        } else {
            mult = moduleCounts[-1 - leaf];
        }
        System.arraycopy(lo, 0, r, 0, width);
        for (int i = 0; i < width; i++) {
            if (hi[i] == 0) {
                continue;
            }
            for (int j = 0; j < width; j++) {
                int k = width == 1 ? 0 : i + j;
                if (k < width && mult[j] != 0) {
                    r[k] = satAdd(r[k], satMul(hi[i], mult[j]));
                }
            }
        }
        memo.put(node, r);
        return r;
    }

    private static long satAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    private static long satMul(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    /** Builds the minimal-solution ZBDD of every module, truncated at the order limit. */
    private int[] cutSetFamilies(Zbdd z, int orderLimit) {
        int mc = bdds.length;
        int[] roots = new int[mc];
        Bdd bdd = new Bdd(maxNodes * 2);
        LongIntMap memo = new LongIntMap();
        for (int m = 0; m < mc; m++) {
            bdd.clear();
            memo.clear();
            int f = bdds[m].loadInto(bdd);
            int limit = orderLimit >= leaves[m].length ? Integer.MAX_VALUE : orderLimit;
            roots[m] = z.minsol(bdd, f, limit, memo);
        }
        return roots;
    }

    private void checkProbabilities(double[] p) {
        if (p.length != variableCount) {
            throw new IllegalArgumentException("expected " + variableCount + " probabilities, got " + p.length);
        }
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0.0 && p[i] <= 1.0)) {
                throw new IllegalArgumentException("probability of variable " + i + " is not in [0, 1]: " + p[i]);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private static final class Compiler {
        /**
         * Node budget for the first (variables-first) order of a module before falling back to gates-first.
         * On the Aralia trees the first order succeeds with at most 1.07 million nodes where it is the better
         * one (edf9204: 1.06 million against 2.9 million gates-first), and where it is not (das9701, cea9601)
         * it would need several times more, so the budget bounds the wasted work to a small share of the
         * fallback (das9701: 1.2 of 16.6 million nodes).
         */
        static final int FIRST_ORDER_BUDGET = 1_200_000;

        private final int firstOrderBudget;

        private final NormalizedGraph g;
        private final int n;
        private final Bdd bdd = new Bdd(1 << 14);
        /** module index of module gates, -1 otherwise. */
        private final int[] moduleIndex;
        /** per module gate: whether its u-function was complemented (M(0) = true). */
        private final boolean[] flipped;
        private final int[] gateEdge;
        private final int[] gateStamp;
        private final int[] leafLevel; // per node, valid when leafStamp == current
        private final int[] leafStamp;
        private int stamp;
        private final List<FrozenBdd> bdds = new ArrayList<>();
        private final List<int[]> leaves = new ArrayList<>();
        private int[] order;
        private int orderSize;

        Compiler(NormalizedGraph g, int firstOrderBudget) {
            this.g = g;
            this.firstOrderBudget = firstOrderBudget;
            this.n = g.varCount;
            int gc = g.gateCount();
            moduleIndex = new int[gc];
            Arrays.fill(moduleIndex, -1);
            flipped = new boolean[gc];
            gateEdge = new int[gc];
            gateStamp = new int[gc];
            leafLevel = new int[n + gc];
            leafStamp = new int[n + gc];
            order = new int[16];
        }

        CompiledStructure run(int variableCount) {
            boolean[] visited = new boolean[g.gateCount()];
            compileModule((g.root >>> 1) - n, visited);
            return new CompiledStructure(variableCount, null, bdds, leaves);
        }

        /** Compiles all modules below gate {@code gi} (post-order), then the module of {@code gi} itself. */
        private void compileModule(int gi, boolean[] visited) {
            // find sub-modules first (bottom-up order)
            collectSubModules(gi, gi, visited);
            // Two static orders: variables-first is often far smaller, gates-first is robust; try the first
            // within a node budget, then fall back to the second without limit.
            int[] lv;
            int edge;
            try {
                bdd.setNodeLimit(firstOrderBudget);
                lv = variablesFirstOrder(gi);
                edge = compileGate(gi, gi);
            } catch (Bdd.LimitExceeded e) {
                bdd.clear();
                bdd.setNodeLimit(Integer.MAX_VALUE);
                lv = order(gi, Order.GATES_FIRST);
                edge = compileGate(gi, gi);
            }
            bdd.setNodeLimit(Integer.MAX_VALUE);
            boolean isRoot = (g.root >>> 1) - n == gi;
            if (!isRoot && bdd.valueAtAllFalse(edge)) {
                edge = Bdd.not(edge);
                flipped[gi] = true;
            }
            moduleIndex[gi] = bdds.size();
            bdds.add(FrozenBdd.copyOf(bdd, edge));
            leaves.add(lv);
            bdd.clear();
        }

        private void collectSubModules(int gi, int owner, boolean[] visited) {
            for (int l : g.inputs[gi]) {
                int node = l >>> 1;
                if (node < n) {
                    continue;
                }
                int c = node - n;
                if (visited[c]) {
                    continue;
                }
                visited[c] = true;
                if (g.module[c]) {
                    compileModule(c, visited);
                } else {
                    collectSubModules(c, owner, visited);
                }
            }
        }

        /** The static variable orders of a module (see {@link #assignLevels}). */
        private enum Order {
            GATES_FIRST, VARIABLES_FIRST_LARGEST_FIRST, VARIABLES_FIRST_SMALLEST_FIRST
        }

        /**
         * Chooses between the two variables-first orders by their total span (the sum over the module's gates
         * of the distance between the highest and the lowest level below the gate, a classic measure of how
         * well an order keeps related variables together): largest-first unless its span is more than 10 %
         * above smallest-first's. Largest-first is the better order on most Aralia trees even where its span is
         * slightly higher (edfpa14b: 0.4 against 1.0 million nodes), but much worse where its span is much
         * higher (jbd9601: span 46 against 30 thousand, 1.7 against 0.4 million nodes).
         *
         * @return level -> leaf of the chosen order, whose levels are assigned
         */
        private int[] variablesFirstOrder(int gi) {
            order(gi, Order.VARIABLES_FIRST_SMALLEST_FIRST);
            long smallestFirstSpan = totalSpan(gi);
            int[] largestFirst = order(gi, Order.VARIABLES_FIRST_LARGEST_FIRST);
            if (totalSpan(gi) * 10 <= smallestFirstSpan * 11) {
                return largestFirst;
            }
            return order(gi, Order.VARIABLES_FIRST_SMALLEST_FIRST);
        }

        /** Computes a variable order for the module of gate {@code gi}; returns level -> leaf. */
        private int[] order(int gi, Order kind) {
            stamp++;
            orderSize = 0;
            assignLevels(gi, gi, kind);
            return Arrays.copyOf(order, orderSize);
        }

        private int[] spanMark;
        private int spanStamp;
        private int[] spanLow;
        private int[] spanHigh;
        private long spanSum;

        /** Sum over the gates of the module of gate {@code gi} of (highest - lowest level below), current order. */
        private long totalSpan(int gi) {
            if (spanMark == null) {
                int gc = g.gateCount();
                spanMark = new int[gc];
                spanLow = new int[gc];
                spanHigh = new int[gc];
            }
            spanStamp++;
            spanSum = 0;
            span(gi, gi);
            return spanSum;
        }

        private void span(int gi, int owner) {
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (int l : g.inputs[gi]) {
                int node = l >>> 1;
                if (isLeaf(node, owner)) {
                    lo = Math.min(lo, leafLevel[node]);
                    hi = Math.max(hi, leafLevel[node]);
                } else {
                    int c = node - n;
                    if (spanMark[c] != spanStamp) {
                        span(c, owner);
                    }
                    lo = Math.min(lo, spanLow[c]);
                    hi = Math.max(hi, spanHigh[c]);
                }
            }
            spanMark[gi] = spanStamp;
            spanLow[gi] = lo;
            spanHigh[gi] = hi;
            spanSum += hi - lo;
        }

        /**
         * Assigns levels to the leaves of one module by a depth-first traversal from the module's gate;
         * sub-modules count as variables. Gates-first: at every gate the gate
         * inputs are explored first, in input order, and the gate's own variables are numbered afterwards (the
         * static order SCRAM uses). Variables-first: the gate's variables are numbered first, then its gate
         * inputs are explored by number of distinct variables below, largest first (so that the variables a big
         * sub-tree shares with its smaller siblings are placed near the top, once) or smallest first. Each keeps
         * the variables of one sub-tree together; on the Aralia benchmark no order dominates (largest-first
         * builds 1.6 to 4 times fewer nodes than smallest-first on edf9203, edf9204 and the edfpa14 trees,
         * gates-first is far smaller on das9701 and cea9601), hence the budgeted try of one before the other.
         */
        private void assignLevels(int gi, int owner, Order kind) {
            int[] in = g.inputs[gi];
            if (kind != Order.GATES_FIRST) {
                numberLeaves(in, owner);
                int[] gates = sortedBySize(in, owner, kind == Order.VARIABLES_FIRST_LARGEST_FIRST);
                for (int node : gates) {
                    if (gateStamp[node - n] != -stamp) {
                        gateStamp[node - n] = -stamp; // visited for ordering in this module
                        assignLevels(node - n, owner, kind);
                    }
                }
                return;
            }
            for (int l : in) {
                int node = l >>> 1;
                if (!isLeaf(node, owner) && gateStamp[node - n] != -stamp) {
                    gateStamp[node - n] = -stamp;
                    assignLevels(node - n, owner, kind);
                }
            }
            numberLeaves(in, owner);
        }

        private void numberLeaves(int[] in, int owner) {
            for (int l : in) {
                int node = l >>> 1;
                if (isLeaf(node, owner) && leafStamp[node] != stamp) {
                    leafStamp[node] = stamp;
                    leafLevel[node] = orderSize;
                    if (orderSize == order.length) {
                        order = Arrays.copyOf(order, orderSize * 2);
                    }
                    order[orderSize++] = node < n ? node : -1 - moduleIndex[node - n];
                }
            }
        }

        /** Gate inputs that are not leaves, by number of distinct variables below (stable sort). */
        private int[] sortedBySize(int[] in, int owner, boolean largestFirst) {
            int k = 0;
            int[] gates = new int[in.length];
            for (int l : in) {
                if (!isLeaf(l >>> 1, owner)) {
                    gates[k++] = l >>> 1;
                }
            }
            int[] size = subTreeSizes();
            for (int i = 1; i < k; i++) { // insertion sort, stable
                int x = gates[i];
                int j = i - 1;
                while (j >= 0 && (largestFirst ? size[gates[j] - n] < size[x - n]
                        : size[gates[j] - n] > size[x - n])) {
                    gates[j + 1] = gates[j];
                    j--;
                }
                gates[j + 1] = x;
            }
            return Arrays.copyOf(gates, k);
        }

        private int[] subTreeSize;

        /** Number of distinct variables below each gate (gates are in topological order). */
        private int[] subTreeSizes() {
            if (subTreeSize == null) {
                int gc = g.gateCount();
                java.util.BitSet[] below = new java.util.BitSet[gc];
                subTreeSize = new int[gc];
                for (int i = 0; i < gc; i++) {
                    below[i] = new java.util.BitSet(n);
                    for (int l : g.inputs[i]) {
                        int c = l >>> 1;
                        if (c < n) {
                            below[i].set(c);
                        } else {
                            below[i].or(below[c - n]);
                        }
                    }
                    subTreeSize[i] = below[i].cardinality();
                }
            }
            return subTreeSize;
        }

        private boolean isLeaf(int node, int owner) {
            return node < n || (g.module[node - n] && node - n != owner);
        }

        private int compileGate(int gi, int owner) {
            int[] in = g.inputs[gi];
            int[] edges = new int[in.length];
            for (int i = 0; i < in.length; i++) {
                int l = in[i];
                int node = l >>> 1;
                int e;
                if (node < n) {
                    e = bdd.variable(leafLevel[node]);
                } else if (g.module[node - n] && node - n != owner) {
                    e = bdd.variable(leafLevel[node]) ^ (flipped[node - n] ? 1 : 0);
                } else {
                    int c = node - n;
                    if (gateStamp[c] != stamp) {
                        gateEdge[c] = compileGate(c, owner);
                        gateStamp[c] = stamp;
                    }
                    e = gateEdge[c];
                }
                edges[i] = e ^ (l & 1);
            }
            int kind = g.kind[gi];
            sortDeepestFirst(edges);
            int r;
            switch (kind) {
                case NormalizedGraph.AND -> {
                    r = Bdd.TRUE;
                    for (int e : edges) {
                        r = bdd.and(r, e);
                    }
                }
                case NormalizedGraph.OR -> {
                    r = Bdd.FALSE;
                    for (int e : edges) {
                        r = bdd.or(r, e);
                    }
                }
                case NormalizedGraph.XOR -> {
                    r = Bdd.FALSE;
                    for (int e : edges) {
                        r = bdd.xor(r, e);
                    }
                }
                default -> r = bdd.atLeast(g.threshold[gi], edges);
            }
            return r;
        }

        /** Sorts edges by decreasing root level (insertion sort; gates are small). */
        private void sortDeepestFirst(int[] edges) {
            for (int i = 1; i < edges.length; i++) {
                int e = edges[i];
                int le = bdd.level(e);
                int j = i - 1;
                while (j >= 0 && bdd.level(edges[j]) < le) {
                    edges[j + 1] = edges[j];
                    j--;
                }
                edges[j + 1] = e;
            }
        }
    }
}
