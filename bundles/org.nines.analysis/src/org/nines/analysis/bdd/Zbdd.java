package org.nines.analysis.bdd;

import java.util.Arrays;

/**
 * Manager of zero-suppressed BDDs (Minato 1993) representing families of sets of levels; used for minimal cut
 * sets. Node 0 is the empty family {@link #EMPTY}, node 1 the family {@link #BASE} holding only the empty
 * set. A node {@code (level, lo, hi)} denotes {@code lo ∪ { s ∪ {level} : s ∈ hi }}; nodes whose high child
 * is {@link #EMPTY} are never created. Primitive-array storage as in {@link Bdd}; not thread-safe.
 */
final class Zbdd {

    static final int EMPTY = 0;
    static final int BASE = 1;

    private static final int OP_WITHOUT = 1;

    private int[] level;
    private int[] lo;
    private int[] hi;
    private int[] next;
    private int count;
    private int[] buckets;
    private int mask;

    private static final int OP_UNION = 2;
    private static final int OP_PRODUCT = 3;
    private static final int OP_TRUNCATE = 4;
    private static final int OP_MINIMIZE = 5;

    /** Lossy direct-mapped computed table, 4 ints per entry: a, b, op | limit << 3, result. */
    private int[] cache;
    private int cacheMask;

    Zbdd() {
        int cap = 1 << 12;
        level = new int[cap];
        lo = new int[cap];
        hi = new int[cap];
        next = new int[cap];
        buckets = new int[cap];
        mask = cap - 1;
        allocateCache(cap);
        level[0] = Bdd.TERMINAL_LEVEL;
        level[1] = Bdd.TERMINAL_LEVEL;
        count = 2;
    }

    private void allocateCache(int size) {
        cache = new int[size * 4];
        Arrays.fill(cache, -1);
        cacheMask = size - 1;
    }

    /** @return the cached result of {@code op(a, b)} with {@code limit}, or -1 */
    private int cached(int op, int a, int b, int limit) {
        int i = (Bdd.hash3(a, b, op | limit << 3) & cacheMask) << 2;
        return cache[i] == a && cache[i + 1] == b && cache[i + 2] == (op | limit << 3) ? cache[i + 3] : -1;
    }

    private int remember(int op, int a, int b, int limit, int r) {
        int i = (Bdd.hash3(a, b, op | limit << 3) & cacheMask) << 2; // after mk(): the cache may have grown
        cache[i] = a;
        cache[i + 1] = b;
        cache[i + 2] = op | limit << 3;
        cache[i + 3] = r;
        return r;
    }

    int level(int z) {
        return level[z];
    }

    int lo(int z) {
        return lo[z];
    }

    int hi(int z) {
        return hi[z];
    }

    int nodeCount() {
        return count;
    }

    int mk(int lvl, int h, int l) {
        if (h == EMPTY) {
            return l;
        }
        int b = Bdd.hash3(lvl, h, l) & mask;
        for (int n = buckets[b]; n != 0; n = next[n]) {
            if (level[n] == lvl && hi[n] == h && lo[n] == l) {
                return n;
            }
        }
        if (count == level.length) {
            grow();
            b = Bdd.hash3(lvl, h, l) & mask;
        }
        int n = count++;
        level[n] = lvl;
        hi[n] = h;
        lo[n] = l;
        next[n] = buckets[b];
        buckets[b] = n;
        return n;
    }

    private void grow() {
        int cap = level.length << 1;
        if (cap <= 0 || cap > (1 << 30)) {
            throw new IllegalStateException("ZBDD too large: more than 2^30 nodes");
        }
        level = Arrays.copyOf(level, cap);
        lo = Arrays.copyOf(lo, cap);
        hi = Arrays.copyOf(hi, cap);
        next = Arrays.copyOf(next, cap);
        buckets = new int[cap];
        mask = cap - 1;
        for (int n = 2; n < count; n++) {
            int b = Bdd.hash3(level[n], hi[n], lo[n]) & mask;
            next[n] = buckets[b];
            buckets[b] = n;
        }
        if (cap <= (1 << 24)) {
            allocateCache(cap);
        }
    }

    private static boolean containsEmptySet(Zbdd z, int f) {
        while (f > 1) {
            f = z.lo[f];
        }
        return f == BASE;
    }

    /** @return the sets of {@code f} that contain no set of {@code g} (Rauzy's "without" operator) */
    int without(int f, int g) {
        if (g == EMPTY || f == EMPTY) {
            return f;
        }
        if (f == g || g == BASE) {
            return EMPTY;
        }
        if (f == BASE) {
            return containsEmptySet(this, g) ? EMPTY : BASE;
        }
        int c = cached(OP_WITHOUT, f, g, 0);
        if (c >= 0) {
            return c;
        }
        int lf = level[f];
        int lg = level[g];
        int r;
        if (lf < lg) {
            r = mk(lf, without(hi[f], g), without(lo[f], g));
        } else if (lf > lg) {
            r = without(f, lo[g]);
        } else {
            r = mk(lf, without(without(hi[f], hi[g]), lo[g]), without(lo[f], lo[g]));
        }
        return remember(OP_WITHOUT, f, g, 0, r);
    }

    /** @return {@code f ∪ g} */
    int union(int f, int g) {
        if (f == EMPTY || f == g) {
            return g;
        }
        if (g == EMPTY) {
            return f;
        }
        if (f > g) {
            int t = f;
            f = g;
            g = t;
        }
        int c = cached(OP_UNION, f, g, 0);
        if (c >= 0) {
            return c;
        }
        int lf = level[f];
        int lg = level[g];
        int r;
        if (lf < lg) {
            r = mk(lf, hi[f], union(lo[f], g));
        } else if (lf > lg) {
            r = mk(lg, hi[g], union(f, lo[g]));
        } else {
            r = mk(lf, union(hi[f], hi[g]), union(lo[f], lo[g]));
        }
        return remember(OP_UNION, f, g, 0, r);
    }

    /** @return the sets of {@code f} with at most {@code limit} elements */
    int truncate(int f, int limit) {
        if (f <= BASE) {
            return f;
        }
        if (limit == 0) {
            return containsEmptySet(this, f) ? BASE : EMPTY;
        }
        int c = cached(OP_TRUNCATE, f, 0, limit);
        if (c >= 0) {
            return c;
        }
        int r = mk(level[f], truncate(hi[f], limit - 1), truncate(lo[f], limit));
        return remember(OP_TRUNCATE, f, 0, limit, r);
    }

    /**
     * @return {@code { a ∪ b : a ∈ f, b ∈ g, |a ∪ b| <= limit }} (not minimised); {@code limit} below 2^28
     */
    int product(int f, int g, int limit) {
        if (f == EMPTY || g == EMPTY) {
            return EMPTY;
        }
        if (f == BASE) {
            return truncate(g, limit);
        }
        if (g == BASE) {
            return truncate(f, limit);
        }
        if (limit == 0) {
            return containsEmptySet(this, f) && containsEmptySet(this, g) ? BASE : EMPTY;
        }
        if (f > g) {
            int t = f;
            f = g;
            g = t;
        }
        int c = cached(OP_PRODUCT, f, g, limit);
        if (c >= 0) {
            return c;
        }
        int lf = level[f];
        int lg = level[g];
        int top = Math.min(lf, lg);
        int f0 = lf == top ? lo[f] : f;
        int f1 = lf == top ? hi[f] : EMPTY;
        int g0 = lg == top ? lo[g] : g;
        int g1 = lg == top ? hi[g] : EMPTY;
        // sets with the top element: (f1 x (g0 ∪ g1)) ∪ (f0 x g1), one element of the budget spent on it
        int withTop = union(product(f1, union(g0, g1), limit - 1), product(f0, g1, limit - 1));
        int r = mk(top, withTop, product(f0, g0, limit));
        return remember(OP_PRODUCT, f, g, limit, r);
    }

    /** @return the minimal sets of {@code f} (no set of the result contains another one) */
    int minimize(int f) {
        if (f <= BASE) {
            return f;
        }
        int c = cached(OP_MINIMIZE, f, 0, 0);
        if (c >= 0) {
            return c;
        }
        int l = minimize(lo[f]);
        int r = mk(level[f], without(minimize(hi[f]), l), l);
        return remember(OP_MINIMIZE, f, 0, 0, r);
    }

    /**
     * Minimal solutions with at most {@code limit} elements (Rauzy, "New algorithms for fault trees analysis",
     * RESS 40, 1993): {@code minsol(ite(x, f1, f0)) = x.(minsol(f1) without minsol(f0)) ∪ minsol(f0)}. For a
     * non-monotone {@code f} the same recursion yields the minimal sets {@code C} with {@code f(1_C, 0) = 1}
     * (the minimal positive parts of the paths to true): a set {@code x ∪ S} can only be subsumed by a set
     * without {@code x}, which {@code without} removes, and a set without {@code x} by nothing of the high
     * branch. So no monotone envelope needs to be built.
     *
     * @param bdd the manager of {@code f}
     * @param f any function
     * @param limit maximum set size; {@link Integer#MAX_VALUE} for none
     * @param memo exact memo table for this {@code bdd} state
     */
    int minsol(Bdd bdd, int f, int limit, LongIntMap memo) {
        if (f == Bdd.FALSE) {
            return EMPTY;
        }
        if (f == Bdd.TRUE) {
            return BASE;
        }
        if (limit == 0) {
            return bdd.valueAtAllFalse(f) ? BASE : EMPTY;
        }
        long key = ((long) f << 32) | (limit & 0xffffffffL);
        int cached = memo.get(key);
        if (cached >= 0) {
            return cached;
        }
        int sub = limit == Integer.MAX_VALUE ? limit : limit - 1;
        int h = minsol(bdd, bdd.high(f), sub, memo);
        int l = minsol(bdd, bdd.low(f), limit, memo);
        int r = mk(bdd.level(f), without(h, l), l);
        memo.put(key, r);
        return r;
    }
}
