package org.nines.analysis.bdd;

import java.util.Arrays;

/**
 * Compact, immutable copy of one BDD function: only the nodes reachable from the root, renumbered densely in
 * bottom-up topological order (node 0 is the terminal, children before parents). Edges use the encoding of
 * {@link Bdd} ({@code node << 1 | complement}). Evaluations are single sweeps over primitive arrays.
 */
public final class FrozenBdd {

    private final int[] level;
    private final int[] lo;
    private final int[] hi;
    private final int root;

    private FrozenBdd(int[] level, int[] lo, int[] hi, int root) {
        this.level = level;
        this.lo = lo;
        this.hi = hi;
        this.root = root;
    }

    /** Copies the function {@code f} of manager {@code bdd}. */
    public static FrozenBdd copyOf(Bdd bdd, int f) {
        int total = bdd.nodeCount();
        int[] map = new int[total];
        Arrays.fill(map, -1);
        // iterative DFS marking reachable nodes
        int[] stack = new int[64];
        int sp = 0;
        int reachable = 0;
        stack[sp++] = f >>> 1;
        map[f >>> 1] = 0;
        while (sp > 0) {
            int n = stack[--sp];
            reachable++;
            if (n == 0) {
                continue;
            }
            int a = bdd.rawLow(n) >>> 1;
            int b = bdd.rawHigh(n) >>> 1;
            if (sp + 2 > stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            if (map[a] < 0) {
                map[a] = 0;
                stack[sp++] = a;
            }
            if (map[b] < 0) {
                map[b] = 0;
                stack[sp++] = b;
            }
        }
        int m = Math.max(reachable, 1);
        if (map[0] < 0) {
            m++;
        }
        int[] level = new int[m];
        int[] lo = new int[m];
        int[] hi = new int[m];
        level[0] = Bdd.TERMINAL_LEVEL;
        map[0] = 0;
        int k = 1;
        for (int n = 1; n < total; n++) { // increasing index = children first
            if (map[n] < 0) {
                continue;
            }
            map[n] = k;
            level[k] = bdd.rawLevel(n);
            int l = bdd.rawLow(n);
            int h = bdd.rawHigh(n);
            lo[k] = map[l >>> 1] << 1 | (l & 1);
            hi[k] = map[h >>> 1] << 1 | (h & 1);
            k++;
        }
        return new FrozenBdd(Arrays.copyOf(level, k), Arrays.copyOf(lo, k), Arrays.copyOf(hi, k),
                map[f >>> 1] << 1 | (f & 1));
    }

    /** @return the number of nodes, including the terminal */
    public int nodeCount() {
        return level.length;
    }

    /** @return the root edge */
    public int root() {
        return root;
    }

    /** Re-creates this function in {@code bdd} and returns its edge there. */
    public int loadInto(Bdd bdd) {
        int[] edge = new int[level.length];
        edge[0] = Bdd.TRUE;
        for (int n = 1; n < level.length; n++) {
            int h = edge[hi[n] >>> 1] ^ (hi[n] & 1);
            int l = edge[lo[n] >>> 1] ^ (lo[n] & 1);
            edge[n] = bdd.mk(level[n], h, l);
        }
        return edge[root >>> 1] ^ (root & 1);
    }

    /** @return the value of the function at all-false inputs */
    public boolean valueAtAllFalse() {
        int f = root;
        while ((f >>> 1) != 0) {
            f = lo[f >>> 1] ^ (f & 1);
        }
        return f == Bdd.TRUE;
    }

    /**
     * Probability that the function is true, for independent variables.
     *
     * @param p {@code p[level]} = probability that the variable at that level is true
     * @param scratchP work array of length at least {@link #nodeCount()} (filled with node probabilities)
     * @param scratchQ work array of the same length (filled with {@code 1 - } node probabilities, computed
     *        without cancellation so both tails keep full relative precision)
     * @return probability of the root; {@code 1 -} it is available as {@link #complementOf} afterwards
     */
    public double probability(double[] p, double[] scratchP, double[] scratchQ) {
        scratchP[0] = 1.0;
        scratchQ[0] = 0.0;
        for (int n = 1; n < level.length; n++) {
            double x = p[level[n]];
            double y = 1.0 - x;
            int h = hi[n] >>> 1; // high edges are regular
            int le = lo[n];
            int l = le >>> 1;
            double pl = (le & 1) == 0 ? scratchP[l] : scratchQ[l];
            double ql = (le & 1) == 0 ? scratchQ[l] : scratchP[l];
            scratchP[n] = x * scratchP[h] + y * pl;
            scratchQ[n] = x * scratchQ[h] + y * ql;
        }
        int r = root >>> 1;
        return (root & 1) == 0 ? scratchP[r] : scratchQ[r];
    }

    /** @return {@code 1 - P(root)} from the arrays filled by {@link #probability} */
    public double complementOf(double[] scratchP, double[] scratchQ) {
        int r = root >>> 1;
        return (root & 1) == 0 ? scratchQ[r] : scratchP[r];
    }

    /**
     * Partial derivatives of the root probability with respect to every level's probability (the Birnbaum
     * importance within this function), by one top-down sweep of signed path weights after
     * {@link #probability}: {@code dP/dp_x = sum over nodes n labelled x of w(n) (P(high n) - P(low n))}.
     *
     * @param p the probabilities given to {@link #probability}
     * @param scratchP node probabilities filled by {@link #probability}
     * @param scratchQ node complements filled by {@link #probability}
     * @param scratchW work array of length at least {@link #nodeCount()}
     * @param derivative output, indexed by level; entries of levels absent from the BDD are left untouched, the
     *        others are overwritten
     */
    public void derivatives(double[] p, double[] scratchP, double[] scratchQ, double[] scratchW,
            double[] derivative) {
        int m = level.length;
        Arrays.fill(scratchW, 0, m, 0.0);
        for (int n = 1; n < m; n++) {
            derivative[level[n]] = 0.0;
        }
        scratchW[root >>> 1] = (root & 1) == 0 ? 1.0 : -1.0;
        for (int n = m - 1; n >= 1; n--) {
            double w = scratchW[n];
            if (w == 0.0) {
                continue;
            }
            double x = p[level[n]];
            int h = hi[n] >>> 1;
            int le = lo[n];
            int l = le >>> 1;
            double ph = scratchP[h];
            double qh = scratchQ[h];
            double pl = (le & 1) == 0 ? scratchP[l] : scratchQ[l];
            double ql = (le & 1) == 0 ? scratchQ[l] : scratchP[l];
            double diff = ph + pl <= 1.0 ? ph - pl : ql - qh;
            derivative[level[n]] += w * diff;
            scratchW[h] += w * x;
            scratchW[l] += (le & 1) == 0 ? w * (1.0 - x) : -w * (1.0 - x);
        }
    }

    int levelOf(int node) {
        return level[node];
    }
}
