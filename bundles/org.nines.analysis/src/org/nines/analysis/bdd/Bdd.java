package org.nines.analysis.bdd;

import java.util.Arrays;

/**
 * Manager of reduced ordered binary decision diagrams (ROBDD) with complement edges.
 *
 * <p><b>Representation.</b> A function is an <em>edge</em>: an {@code int} {@code (node << 1) | c} where
 * {@code c = 1} means the function of {@code node} is complemented. Node 0 is the single terminal (the
 * constant one), so {@link #TRUE} is edge 0 and {@link #FALSE} is edge 1. Every internal node carries a
 * <em>level</em> (the position of its variable in the order, smaller = nearer the root), a low edge (variable
 * false) and a high edge (variable true). Canonicity: the high edge of every stored node is regular (never
 * complemented), and no node has equal low and high edges (Brace, Rudell &amp; Bryant, DAC 1990).
 *
 * <p><b>Storage.</b> Nodes live in parallel primitive arrays that grow by doubling; the unique table is a
 * power-of-two bucket array chained through a {@code next} array; the computed table is a lossy,
 * direct-mapped cache of primitive arrays. Child nodes always have smaller indices than their parents, so
 * a sweep in increasing index order is a bottom-up topological order. There is no garbage collection:
 * {@link #clear()} discards everything at once (the analysis compiles one module at a time and keeps only a
 * compact copy, see {@link FrozenBdd}).
 *
 * <p>Operations recurse to a depth bounded by the number of levels; callers with many thousands of
 * variables should run them on a thread with a large stack. Not thread-safe.
 */
public final class Bdd {

    /** The constant-true function. */
    public static final int TRUE = 0;
    /** The constant-false function. */
    public static final int FALSE = 1;

    static final int TERMINAL_LEVEL = Integer.MAX_VALUE;

    private static final int OP_AND = 1;
    private static final int OP_XOR = 2;
    private static final int OP_ITE = 3;

    /** Node table, 4 ints per node (level, low edge, high edge, next in bucket) so one node is one cache line. */
    private int[] nodes;
    private int capacity;
    private int count;

    /** Buckets per node of capacity: 2 keeps the chains short (a lookup reads fewer nodes, each a cache miss). */
    private static final int BUCKETS_PER_NODE = 2;
    private int[] buckets;
    private int bucketMask;
    private int nodeLimit = Integer.MAX_VALUE;

    /** Computed table, 8 ints per entry (op, a, b, c, result, unused) so one entry is one cache line half. */
    private int[] cache;
    private int cacheMask;

    /** Creates an empty manager. */
    public Bdd() {
        this(1 << 12);
    }

    /** Creates an empty manager with room for about {@code initialNodes} nodes before growing. */
    public Bdd(int initialNodes) {
        int cap = Integer.highestOneBit(Math.max(16, initialNodes - 1)) << 1;
        nodes = new int[cap * 4];
        capacity = cap;
        buckets = new int[cap * BUCKETS_PER_NODE];
        bucketMask = cap * BUCKETS_PER_NODE - 1;
        allocateCache(cap);
        clear();
    }

    private void allocateCache(int size) {
        cache = new int[size * 8];
        cacheMask = size - 1;
    }

    /** Discards all nodes except the terminal and empties the caches. */
    public void clear() {
        Arrays.fill(buckets, 0);
        Arrays.fill(cache, 0);
        count = 1;
        nodes[0] = TERMINAL_LEVEL;
    }

    /**
     * Thrown by any operation that would make the node count exceed the limit set with {@link #setNodeLimit};
     * the manager is then in a consistent state but the interrupted operation has no result. Preallocated,
     * without stack trace (it is a control-flow signal).
     */
    public static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final LimitExceeded INSTANCE = new LimitExceeded();

        private LimitExceeded() {
            super("BDD node limit exceeded", null, false, false);
        }
    }

    /** Sets the maximum number of nodes (including those already stored); {@link Integer#MAX_VALUE} for none. */
    public void setNodeLimit(int limit) {
        nodeLimit = limit;
    }

    /** @return the number of nodes currently stored, including the terminal */
    public int nodeCount() {
        return count;
    }

    /** @return the function "variable at {@code lvl} is true" */
    public int variable(int lvl) {
        if (lvl < 0 || lvl == TERMINAL_LEVEL) {
            throw new IllegalArgumentException("bad level " + lvl);
        }
        return mk(lvl, TRUE, FALSE);
    }

    /** @return the complement of {@code f} */
    public static int not(int f) {
        return f ^ 1;
    }

    /** @return whether {@code f} is a constant */
    public static boolean isConstant(int f) {
        return f <= 1;
    }

    /** @return the level of the root node of {@code f}, {@link Integer#MAX_VALUE} for constants */
    public int level(int f) {
        return nodes[(f >>> 1) << 2];
    }

    /** @return the cofactor of {@code f} for its root variable false */
    public int low(int f) {
        return nodes[((f >>> 1) << 2) + 1] ^ (f & 1);
    }

    /** @return the cofactor of {@code f} for its root variable true */
    public int high(int f) {
        return nodes[((f >>> 1) << 2) + 2] ^ (f & 1);
    }

    /** Finds or creates the node {@code (lvl, high, low)}, applying the reduction and complement rules. */
    public int mk(int lvl, int high, int low) {
        if (high == low) {
            return high;
        }
        if ((high & 1) != 0) {
            return lookupOrInsert(lvl, high ^ 1, low ^ 1) << 1 | 1;
        }
        return lookupOrInsert(lvl, high, low) << 1;
    }

    private int lookupOrInsert(int lvl, int h, int l) {
        int b = hash3(lvl, h, l) & bucketMask;
        int[] t = nodes;
        for (int n = buckets[b]; n != 0; n = t[(n << 2) + 3]) {
            int i = n << 2;
            if (t[i] == lvl && t[i + 2] == h && t[i + 1] == l) {
                return n;
            }
        }
        if (count >= nodeLimit) {
            throw LimitExceeded.INSTANCE;
        }
        if (count == capacity) {
            grow();
            b = hash3(lvl, h, l) & bucketMask;
        }
        int n = count++;
        int i = n << 2;
        t = nodes;
        t[i] = lvl;
        t[i + 1] = l;
        t[i + 2] = h;
        t[i + 3] = buckets[b];
        buckets[b] = n;
        return n;
    }

    private void grow() {
        int cap = capacity << 1;
        if (cap <= 0 || cap > (1 << 28)) {
            throw tooLarge("the BDD would need more than 2^28 nodes", 0);
        }
        int[] grown;
        try {
            grown = Arrays.copyOf(nodes, cap * 4);
            buckets = null; // rebuilt below; the nodes alone define the table
            buckets = new int[cap * BUCKETS_PER_NODE];
        } catch (OutOfMemoryError e) {
            // one large allocation failed and its memory is free again; the node table is intact: leave a
            // consistent manager (old-size buckets, whose memory was just released) and say what happened
            grown = null;
            if (buckets == null) {
                buckets = new int[capacity * BUCKETS_PER_NODE];
                rehash();
            }
            throw tooLarge("doubling its tables failed", (long) cap * (16 + 4 * BUCKETS_PER_NODE));
        }
        nodes = grown;
        capacity = cap;
        bucketMask = cap * BUCKETS_PER_NODE - 1;
        rehash();
        if (cap <= (1 << 23)) { // keep the cache proportional to the table, up to 8 M entries
            try {
                allocateCache(cap);
            } catch (OutOfMemoryError e) {
                // the old, smaller cache stays (node ids never change, so its entries remain valid): slower, still
                // exact; the next growth of the node table will say when memory is really exhausted
            }
        }
    }

    /** Thrown when the BDD outgrows the memory Java may use: what happened, and how to give Java more. */
    private IllegalArgumentException tooLarge(String what, long bytesWanted) {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the fault tree is too large for an exact"
                + " BDD in the memory available: %,d nodes built, then %s%s (Java may use at most %,d MB); run with more"
                + " memory, e.g. NINES_JAVA_OPTS=-Xmx16g ./nines ..., or approximate it from its minimal cut sets of low"
                + " order: ./nines analyze FILE --approximate 4", count, what,
                bytesWanted > 0 ? String.format(java.util.Locale.ROOT, " (%,d MB wanted)", bytesWanted >> 20) : "", maxMb));
    }

    /** Rebuilds the bucket chains of the stored nodes. */
    private void rehash() {
        bucketMask = buckets.length - 1;
        int[] t = nodes;
        for (int n = 1; n < count; n++) {
            int i = n << 2;
            int b = hash3(t[i], t[i + 2], t[i + 1]) & bucketMask;
            t[i + 3] = buckets[b];
            buckets[b] = n;
        }
    }

    static int hash3(int a, int b, int c) {
        int h = a * 0x9E3779B1 + b;
        h = h * 0x85EBCA77 + c;
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        return h ^ (h >>> 13);
    }

    private void store(int slot, int op, int a, int b, int c, int r) {
        int ci = slot << 3;
        cache[ci] = op;
        cache[ci + 1] = a;
        cache[ci + 2] = b;
        cache[ci + 3] = c;
        cache[ci + 4] = r;
    }

    private int cacheSlot(int op, int a, int b, int c) {
        return hash3(a + op * 0x3C6EF372, b, c) & cacheMask;
    }

    // ---------------------------------------------------------------------------------------------------
    // Boolean operations

    /** @return {@code f AND g} */
    public int and(int f, int g) {
        if (f == g) {
            return f;
        }
        if (f == (g ^ 1) || f == FALSE || g == FALSE) {
            return FALSE;
        }
        if (f == TRUE) {
            return g;
        }
        if (g == TRUE) {
            return f;
        }
        if (f > g) {
            int t = f;
            f = g;
            g = t;
        }
        int slot = cacheSlot(OP_AND, f, g, 0);
        int ci = slot << 3;
        if (cache[ci] == OP_AND && cache[ci + 1] == f && cache[ci + 2] == g) {
            return cache[ci + 4];
        }
        int lf = level(f);
        int lg = level(g);
        int top = Math.min(lf, lg);
        int f1 = lf == top ? high(f) : f;
        int f0 = lf == top ? low(f) : f;
        int g1 = lg == top ? high(g) : g;
        int g0 = lg == top ? low(g) : g;
        int h = and(f1, g1);
        int l = and(f0, g0);
        int r = mk(top, h, l);
        slot = cacheSlot(OP_AND, f, g, 0); // the cache may have been reallocated by grow()
        store(slot, OP_AND, f, g, 0, r);
        return r;
    }

    /** @return {@code f OR g} */
    public int or(int f, int g) {
        return and(f ^ 1, g ^ 1) ^ 1;
    }

    /** @return {@code f XOR g} */
    public int xor(int f, int g) {
        int c = (f ^ g) & 1;
        f &= ~1;
        g &= ~1;
        return xorRegular(f, g) ^ c;
    }

    private int xorRegular(int f, int g) {
        if (f == g) {
            return FALSE;
        }
        if (f == TRUE) {
            return g ^ 1;
        }
        if (g == TRUE) {
            return f ^ 1;
        }
        if (f > g) {
            int t = f;
            f = g;
            g = t;
        }
        int slot = cacheSlot(OP_XOR, f, g, 0);
        int ci = slot << 3;
        if (cache[ci] == OP_XOR && cache[ci + 1] == f && cache[ci + 2] == g) {
            return cache[ci + 4];
        }
        int lf = level(f);
        int lg = level(g);
        int top = Math.min(lf, lg);
        int f1 = lf == top ? high(f) : f;
        int f0 = lf == top ? low(f) : f;
        int g1 = lg == top ? high(g) : g;
        int g0 = lg == top ? low(g) : g;
        int r = mk(top, xor(f1, g1), xor(f0, g0));
        slot = cacheSlot(OP_XOR, f, g, 0);
        store(slot, OP_XOR, f, g, 0, r);
        return r;
    }

    /** @return if-then-else: {@code (f AND g) OR (NOT f AND h)} */
    public int ite(int f, int g, int h) {
        if (f == TRUE) {
            return g;
        }
        if (f == FALSE) {
            return h;
        }
        if (g == h) {
            return g;
        }
        if (g == f || g == TRUE) {
            return or(f, h);
        }
        if (g == (f ^ 1) || g == FALSE) {
            return and(f ^ 1, h);
        }
        if (h == f || h == FALSE) {
            return and(f, g);
        }
        if (h == (f ^ 1) || h == TRUE) {
            return or(f ^ 1, g);
        }
        if ((f & 1) != 0) {
            f ^= 1;
            int t = g;
            g = h;
            h = t;
        }
        int c = 0;
        if ((g & 1) != 0) {
            c = 1;
            g ^= 1;
            h ^= 1;
        }
        int slot = cacheSlot(OP_ITE, f, g, h);
        int ci = slot << 3;
        if (cache[ci] == OP_ITE && cache[ci + 1] == f && cache[ci + 2] == g && cache[ci + 3] == h) {
            return cache[ci + 4] ^ c;
        }
        int lf = level(f);
        int lg = level(g);
        int lh = level(h);
        int top = Math.min(lf, Math.min(lg, lh));
        int r = mk(top,
                ite(lf == top ? high(f) : f, lg == top ? high(g) : g, lh == top ? high(h) : h),
                ite(lf == top ? low(f) : f, lg == top ? low(g) : g, lh == top ? low(h) : h));
        slot = cacheSlot(OP_ITE, f, g, h);
        store(slot, OP_ITE, f, g, h, r);
        return r ^ c;
    }

    /**
     * Threshold function: true when at least {@code k} of the functions {@code fs} are true. Built directly by
     * the dynamic programme {@code T(i, j) = ite(f_i, T(i+1, j-1), T(i+1, j))} with O(n k) if-then-else
     * operations (no expansion into combinations). The same function may occur several times in {@code fs}
     * and then counts several times.
     */
    public int atLeast(int k, int[] fs) {
        int n = fs.length;
        if (k <= 0) {
            return TRUE;
        }
        if (k > n) {
            return FALSE;
        }
        // t[j] = "at least j of fs[i..n-1]" for the current i; start with i = n
        int[] t = new int[k + 1];
        Arrays.fill(t, FALSE);
        t[0] = TRUE;
        for (int i = n - 1; i >= 0; i--) {
            int f = fs[i];
            for (int j = Math.min(k, n - i); j >= 1; j--) {
                t[j] = ite(f, t[j - 1], t[j]);
            }
        }
        return t[k];
    }

    /** @return the value of {@code f} when every variable is false */
    public boolean valueAtAllFalse(int f) {
        while (f > 1) {
            f = low(f);
        }
        return f == TRUE;
    }

    /** @return the number of nodes reachable from {@code f}, including the terminal */
    public int size(int f) {
        return FrozenBdd.copyOf(this, f).nodeCount();
    }

    int rawLevel(int node) {
        return nodes[node << 2];
    }

    int rawLow(int node) {
        return nodes[(node << 2) + 1];
    }

    int rawHigh(int node) {
        return nodes[(node << 2) + 2];
    }
}
