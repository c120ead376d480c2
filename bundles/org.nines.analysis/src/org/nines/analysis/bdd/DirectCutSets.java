package org.nines.analysis.bdd;

import java.util.Arrays;
import java.util.List;

import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

/**
 * Minimal cut sets up to an order limit computed directly from the gates, without a BDD, and the top-event
 * probability approximations they give: for fault trees whose BDD does not fit in memory (nus9601).
 *
 * <p><b>Algorithm.</b> Bottom-up over the preprocessed gate graph ({@link NormalizedGraph}), each gate becomes the
 * ZBDD of its minimal cut sets with at most {@code orderLimit} elements (Minato's zero-suppressed BDDs; Rauzy,
 * "Toward an efficient implementation of the MOCUS algorithm", IEEE Trans. Reliability 52(2), 2003): OR is the
 * union, AND the product truncated at the order limit, ATLEAST k-of-n the dynamic programme
 * {@code T(i, j) = f_i x T(i+1, j-1) ∪ T(i+1, j)}; every result is minimised. Truncating each product is exact for
 * the sets it keeps: a minimal cut set of order at most the limit is a union of minimal cut sets of the inputs,
 * each of order at most the limit. Variables are levels in depth-first order from the top.
 *
 * <p><b>Approximations</b> (for coherent trees and independent events): the rare-event approximation
 * {@code Σ P(C)} and the min-cut upper bound {@code 1 - Π (1 - P(C))} over the cut sets found. Both are upper
 * bounds of the exact top-event probability when no cut set was left out by the order limit; with the limit they
 * are approximations that leave out the sets of higher order. Only trees that are coherent once house events are
 * propagated are accepted (no negation or XOR left), where minimal cut sets are well defined by inclusion.
 */
public final class DirectCutSets {

    /** Cut-set families larger than this are not enumerated for the min-cut upper bound. */
    public static final long MAX_ENUMERATED = 2_000_000;

    /**
     * The cut sets found and their approximations.
     *
     * @param orderLimit the order limit used
     * @param count number of minimal cut sets of order at most {@code orderLimit} (saturates at
     *        {@link Long#MAX_VALUE})
     * @param countByOrder {@code countByOrder[k]} sets of order {@code k}, for {@code k = 0..orderLimit}
     * @param rareEvent {@code Σ P(C)} over all of them
     * @param minCutUpperBound {@code 1 - Π (1 - P(C))} over all of them; NaN when there are more than
     *        {@link #MAX_ENUMERATED}
     * @param mostProbable the most probable sets (variables sorted by name), probability descending, then by name
     * @param fussellVesely per variable: the share of the rare-event approximation that comes from the cut sets
     *        holding it, {@code Σ_{C ∋ i} P(C) / Σ_C P(C)} (0 when there is no cut set)
     * @param zbddNodes ZBDD nodes built
     * @param seconds computing time
     */
    public record Result(int orderLimit, long count, long[] countByOrder, double rareEvent, double minCutUpperBound,
            List<IndexCutSet> mostProbable, double[] fussellVesely, int zbddNodes, double seconds) {
        public Result {
            countByOrder = countByOrder.clone();
            mostProbable = List.copyOf(mostProbable);
            fussellVesely = fussellVesely.clone();
        }

        @Override
        public long[] countByOrder() {
            return countByOrder.clone();
        }

        @Override
        public double[] fussellVesely() {
            return fussellVesely.clone();
        }
    }

    private final NormalizedGraph g;
    private final double[] levelProbability;
    private final int[] variableOfLevel;
    private final int[] levelOfVariable;
    private final Zbdd z = new Zbdd();
    private final int orderLimit;

    private DirectCutSets(NormalizedGraph g, double[] p, int orderLimit) {
        this.g = g;
        this.orderLimit = orderLimit;
        levelOfVariable = new int[g.varCount];
        Arrays.fill(levelOfVariable, -1);
        int[] next = {0};
        depthFirst(g.root >>> 1, new boolean[g.gateCount()], next);
        for (int v = 0; v < g.varCount; v++) {
            if (levelOfVariable[v] < 0) {
                levelOfVariable[v] = next[0]++;
            }
        }
        variableOfLevel = new int[g.varCount];
        levelProbability = new double[g.varCount];
        for (int v = 0; v < g.varCount; v++) {
            variableOfLevel[levelOfVariable[v]] = v;
            levelProbability[levelOfVariable[v]] = p[v];
        }
    }

    /**
     * Computes the minimal cut sets of order at most {@code orderLimit} of a coherent structure function. Recursion
     * depth grows with the depth of the gate graph and the number of variables: run on a thread with a large stack
     * for big trees.
     *
     * @param sf the structure function; refused when it is not coherent after house events are propagated
     * @param p probability of each variable, in [0, 1]
     * @param orderLimit maximum cut-set order, 1 to 64
     * @param listed how many of the most probable sets to return
     * @throws IllegalArgumentException for a non-coherent tree (naming the gate), a bad argument, or when the sets
     *         do not fit in memory
     */
    public static Result compute(StructureFunction sf, double[] p, int orderLimit, int listed) {
        if (orderLimit < 1 || orderLimit > 64) {
            throw new IllegalArgumentException("the cut-set order limit must be between 1 and 64, not " + orderLimit);
        }
        if (p.length != sf.variableCount()) {
            throw new IllegalArgumentException("expected " + sf.variableCount() + " probabilities, got " + p.length);
        }
        long start = System.nanoTime();
        NormalizedGraph g = NormalizedGraph.of(sf);
        requireCoherent(sf, g);
        if (g.root < 0) { // constant: no cut set (false) or the empty cut set (true)
            boolean top = g.root == NormalizedGraph.LIT_TRUE;
            long[] byOrder = new long[orderLimit + 1];
            byOrder[0] = top ? 1 : 0;
            return new Result(orderLimit, top ? 1 : 0, byOrder, top ? 1 : 0, top ? 1 : 0,
                    top && listed > 0 ? List.of(new IndexCutSet(new int[0], 1.0)) : List.of(), new double[sf.variableCount()],
                    2, seconds(start));
        }
        try {
            DirectCutSets d = new DirectCutSets(g, p, orderLimit);
            return d.result(d.gate((g.root >>> 1) - g.varCount, new int[g.gateCount()]), sf, listed, start);
        } catch (OutOfMemoryError e) { // the ZBDD manager is unreachable now and its memory free again
            throw new IllegalArgumentException("the minimal cut sets of order up to " + orderLimit + " do not fit in the"
                    + " memory Java may use (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB): lower the order"
                    + " limit, or run with more memory, e.g. NINES_JAVA_OPTS=-Xmx16g ./nines ...");
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Refuses a tree that is not coherent once house events are propagated (a negated input or an XOR gate left in
     * the normalised graph), naming the first NOT, NAND, NOR or XOR gate below the top, or the named gate holding it.
     */
    private static void requireCoherent(StructureFunction sf, NormalizedGraph g) {
        if (g.root < 0 || isCoherent(g)) {
            return;
        }
        String where = nonCoherentGate(sf, sf.top(), null, new boolean[sf.gateCount()]);
        throw new IllegalArgumentException("cut-set approximation needs a coherent fault tree, but "
                + (where == null ? "the top event depends on a negation" : where));
    }

    /** Whether no gate below the root is an XOR or has a negated input. */
    private static boolean isCoherent(NormalizedGraph g) {
        boolean[] seen = new boolean[g.gateCount()];
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of((g.root >>> 1) - g.varCount));
        while (!todo.isEmpty()) {
            int gi = todo.pop();
            if (seen[gi]) {
                continue;
            }
            seen[gi] = true;
            if (g.kind[gi] == NormalizedGraph.XOR) {
                return false;
            }
            for (int l : g.inputs[gi]) {
                if ((l & 1) != 0) {
                    return false;
                }
                if (g.isGateNode(l >>> 1)) {
                    todo.push((l >>> 1) - g.varCount);
                }
            }
        }
        return true;
    }

    /** Depth-first from {@code ref}: the first non-coherent gate, described by its name or its named ancestor. */
    private static String nonCoherentGate(StructureFunction sf, int ref, String namedAncestor, boolean[] seen) {
        if (!StructureFunction.isGate(ref) || seen[StructureFunction.index(ref)]) {
            return null;
        }
        int gate = StructureFunction.index(ref);
        seen[gate] = true;
        String name = sf.gateName(gate);
        GateKind k = sf.gateKind(gate);
        if (k == GateKind.NOT || k == GateKind.NAND || k == GateKind.NOR || k == GateKind.XOR) {
            return name != null ? "gate '" + name + "' is a " + k + " gate"
                    : namedAncestor != null ? "gate '" + namedAncestor + "' has a " + k + " formula"
                    : "the top event has a " + k + " formula";
        }
        for (int child : sf.gateChildren(gate)) {
            String found = nonCoherentGate(sf, child, name != null ? name : namedAncestor, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void depthFirst(int node, boolean[] seen, int[] next) {
        if (node < g.varCount) {
            if (levelOfVariable[node] < 0) {
                levelOfVariable[node] = next[0]++;
            }
            return;
        }
        int gi = node - g.varCount;
        if (!seen[gi]) {
            seen[gi] = true;
            for (int l : g.inputs[gi]) {
                depthFirst(l >>> 1, seen, next);
            }
        }
    }

    /** @return the minimised, truncated family of gate {@code gi}; {@code memo} holds family + 1 per gate done */
    private int gate(int gi, int[] memo) {
        if (memo[gi] > 0) {
            return memo[gi] - 1;
        }
        int[] in = g.inputs[gi];
        int[] families = new int[in.length];
        for (int i = 0; i < in.length; i++) {
            if ((in[i] & 1) != 0) {
                throw new IllegalStateException("negated input of a normalised coherent tree");
            }
            int node = in[i] >>> 1;
            families[i] = node < g.varCount ? z.mk(levelOfVariable[node], Zbdd.BASE, Zbdd.EMPTY)
                    : gate(node - g.varCount, memo);
        }
        int r = switch (g.kind[gi]) {
            case NormalizedGraph.OR -> {
                int u = Zbdd.EMPTY;
                for (int f : families) {
                    u = z.union(u, f);
                }
                yield z.minimize(u);
            }
            case NormalizedGraph.AND -> {
                int prod = Zbdd.BASE;
                for (int f : families) {
                    prod = z.minimize(z.product(prod, f, orderLimit));
                }
                yield prod;
            }
            case NormalizedGraph.ATLEAST -> atLeast(g.threshold[gi], families);
            default -> throw new IllegalStateException("gate kind " + g.kind[gi] + " in a coherent tree");
        };
        memo[gi] = r + 1;
        return r;
    }

    /** At least {@code k} of {@code families}: {@code t[j]} = at least j of the inputs from i on. */
    private int atLeast(int k, int[] families) {
        int[] t = new int[k + 1];
        Arrays.fill(t, Zbdd.EMPTY);
        t[0] = Zbdd.BASE;
        for (int i = families.length - 1; i >= 0; i--) {
            for (int j = k; j >= 1; j--) {
                t[j] = z.minimize(z.union(z.product(families[i], t[j - 1], orderLimit), t[j]));
            }
        }
        return t[k];
    }

    private Result result(int family, StructureFunction sf, int listed, long start) {
        double[] rare = new double[z.nodeCount()];
        long[][] counts = new long[z.nodeCount()][];
        double rareEvent = rareEvent(family, rare, new boolean[z.nodeCount()]);
        long[] byOrder = countByOrder(family, counts);
        long count = 0;
        for (long c : byOrder) {
            count = saturatingAdd(count, c);
        }
        double mcub = count <= MAX_ENUMERATED ? 0.0 - Math.expm1(sumLog1mP(family, 1.0)) : Double.NaN; // never -0.0
        List<IndexCutSet> most = mostProbable(family, listed, sf);
        double[] fv = fussellVesely(family, rare, rareEvent, sf.variableCount());
        return new Result(orderLimit, count, byOrder, rareEvent, mcub, most, fv, z.nodeCount(), seconds(start));
    }

    /** Σ over the sets of {@code f} of the product of their probabilities (memoised per node). */
    private double rareEvent(int f, double[] memo, boolean[] done) {
        if (f <= Zbdd.BASE) {
            return f;
        }
        if (!done[f]) {
            memo[f] = rareEvent(z.lo(f), memo, done) + levelProbability[z.level(f)] * rareEvent(z.hi(f), memo, done);
            done[f] = true;
        }
        return memo[f];
    }

    /**
     * Fussell-Vesely shares from the ZBDD in two passes: {@code down[n]}, the summed probability of the paths from the
     * root to node {@code n} (children have smaller ids than their parents, so decreasing ids are top-down), then each
     * node adds {@code down[n] * p * rare(hi(n))}, the cut sets through its high edge, to its variable.
     *
     * @param rare the memo of {@link #rareEvent} for every node below {@code family}
     */
    private double[] fussellVesely(int family, double[] rare, double rareEvent, int variables) {
        double[] fv = new double[variables];
        if (family <= Zbdd.BASE || rareEvent <= 0) {
            return fv;
        }
        double[] down = new double[family + 1];
        down[family] = 1.0;
        for (int n = family; n > Zbdd.BASE; n--) {
            if (down[n] == 0) {
                continue; // not below the root, or reached with probability 0
            }
            double p = levelProbability[z.level(n)];
            int hi = z.hi(n);
            int lo = z.lo(n);
            fv[variableOfLevel[z.level(n)]] += down[n] * p * (hi <= Zbdd.BASE ? hi : rare[hi]);
            if (hi > Zbdd.BASE) {
                down[hi] += down[n] * p;
            }
            if (lo > Zbdd.BASE) {
                down[lo] += down[n];
            }
        }
        for (int v = 0; v < variables; v++) {
            fv[v] /= rareEvent;
        }
        return fv;
    }

    private long[] countByOrder(int f, long[][] memo) {
        if (f == Zbdd.EMPTY) {
            return new long[orderLimit + 1];
        }
        if (f == Zbdd.BASE) {
            long[] c = new long[orderLimit + 1];
            c[0] = 1;
            return c;
        }
        if (memo[f] == null) {
            long[] lo = countByOrder(z.lo(f), memo);
            long[] hi = countByOrder(z.hi(f), memo);
            long[] c = lo.clone();
            for (int k = 1; k <= orderLimit; k++) {
                c[k] = saturatingAdd(c[k], hi[k - 1]);
            }
            memo[f] = c;
        }
        return memo[f];
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /** Σ over the sets of {@code f} of log(1 - prefix * P(rest)): enumerates every set (at most MAX_ENUMERATED). */
    private double sumLog1mP(int f, double prefix) {
        if (f == Zbdd.EMPTY) {
            return 0.0;
        }
        if (f == Zbdd.BASE) {
            return Math.log1p(-prefix);
        }
        return sumLog1mP(z.lo(f), prefix) + sumLog1mP(z.hi(f), prefix * levelProbability[z.level(f)]);
    }

    /**
     * The {@code listed} most probable sets, by depth-first branch and bound: a set's probability only falls as
     * elements are added, so a branch stops once it is below the worst of the best sets kept.
     */
    private List<IndexCutSet> mostProbable(int family, int listed, StructureFunction sf) {
        if (listed <= 0) {
            return List.of();
        }
        BestCutSets best = new BestCutSets(listed, BestCutSets.rankByName(sf.variableNames()));
        collect(family, 1.0, new int[orderLimit], 0, best);
        return best.sorted();
    }

    /** Enumerates the sets of {@code f} below the path so far ({@code variables[0..size)}, probability {@code prob}). */
    private void collect(int f, double prob, int[] variables, int size, BestCutSets best) {
        if (f == Zbdd.EMPTY || prob < best.worstKept()) {
            return;
        }
        if (f == Zbdd.BASE) {
            best.offer(variables, size, prob);
            return;
        }
        variables[size] = variableOfLevel[z.level(f)];
        collect(z.hi(f), prob * levelProbability[z.level(f)], variables, size + 1, best);
        collect(z.lo(f), prob, variables, size, best);
    }
}
