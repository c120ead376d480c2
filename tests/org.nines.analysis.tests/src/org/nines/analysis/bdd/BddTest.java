package org.nines.analysis.bdd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BddTest {

    /** Truth table of f over levels 0..n-1 (bit i of the index = level i). */
    private static long table(Bdd bdd, int f, int n) {
        long t = 0;
        for (int m = 0; m < (1 << n); m++) {
            int e = f;
            while (!Bdd.isConstant(e)) {
                e = ((m >> bdd.level(e)) & 1) != 0 ? bdd.high(e) : bdd.low(e);
            }
            if (e == Bdd.TRUE) {
                t |= 1L << m;
            }
        }
        return t;
    }

    private static long varTable(int lvl, int n) {
        long t = 0;
        for (int m = 0; m < (1 << n); m++) {
            if (((m >> lvl) & 1) != 0) {
                t |= 1L << m;
            }
        }
        return t;
    }

    @Test
    void operationsMatchTruthTablesAndAreCanonical() {
        int n = 5;
        long all = (1L << (1 << n)) - 1;
        Random rnd = new Random(42);
        Bdd bdd = new Bdd(16); // tiny start so that growth is exercised
        int[] fs = new int[60];
        long[] ts = new long[60];
        for (int i = 0; i < n; i++) {
            fs[i] = bdd.variable(i);
            ts[i] = varTable(i, n);
        }
        for (int i = n; i < fs.length; i++) {
            int a = rnd.nextInt(i);
            int b = rnd.nextInt(i);
            int c = rnd.nextInt(i);
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    fs[i] = bdd.and(fs[a], fs[b]);
                    ts[i] = ts[a] & ts[b];
                }
                case 1 -> {
                    fs[i] = bdd.or(fs[a], Bdd.not(fs[b]));
                    ts[i] = (ts[a] | ~ts[b]) & all;
                }
                case 2 -> {
                    fs[i] = bdd.xor(fs[a], fs[b]);
                    ts[i] = ts[a] ^ ts[b];
                }
                case 3 -> {
                    fs[i] = bdd.ite(fs[a], fs[b], fs[c]);
                    ts[i] = (ts[a] & ts[b]) | (~ts[a] & ts[c]) & all;
                }
                default -> {
                    fs[i] = bdd.atLeast(2, new int[] {fs[a], fs[b], fs[c]});
                    ts[i] = (ts[a] & ts[b]) | (ts[a] & ts[c]) | (ts[b] & ts[c]);
                }
            }
        }
        for (int i = 0; i < fs.length; i++) {
            assertEquals(ts[i], table(bdd, fs[i], n), "function " + i);
            for (int j = 0; j < i; j++) {
                assertEquals(ts[i] == ts[j], fs[i] == fs[j], "canonicity " + i + " vs " + j);
            }
        }
    }

    @Test
    void constantsAndComplementEdges() {
        Bdd bdd = new Bdd();
        int x = bdd.variable(0);
        assertEquals(Bdd.FALSE, bdd.and(x, Bdd.not(x)));
        assertEquals(Bdd.TRUE, bdd.or(x, Bdd.not(x)));
        assertEquals(Bdd.not(x), bdd.xor(x, Bdd.TRUE));
        assertFalse(bdd.valueAtAllFalse(x));
        assertTrue(bdd.valueAtAllFalse(Bdd.not(x)));
        assertEquals(Bdd.TRUE, bdd.atLeast(0, new int[] {x}));
        assertEquals(Bdd.FALSE, bdd.atLeast(2, new int[] {x}));
        assertEquals(x, bdd.atLeast(2, new int[] {x, x})); // a repeated input counts twice
    }
}
