package org.nines.analysis.exact;

import java.util.ArrayList;
import java.util.List;

import org.nines.analysis.structure.StructureFunction;

/** Reference results by enumerating all 2^n states (n <= 20). */
final class BruteForce {

    private BruteForce() {
    }

    static double probability(StructureFunction sf, double[] p) {
        int n = sf.variableCount();
        double sum = 0.0;
        boolean[] s = new boolean[n];
        for (int m = 0; m < (1 << n); m++) {
            double w = 1.0;
            for (int i = 0; i < n; i++) {
                s[i] = ((m >> i) & 1) != 0;
                w *= s[i] ? p[i] : 1.0 - p[i];
            }
            if (sf.evaluate(s)) {
                sum += w;
            }
        }
        return sum;
    }

    /** P(T | x_i = value). */
    static double conditional(StructureFunction sf, double[] p, int i, double value) {
        double[] q = p.clone();
        q[i] = value;
        return probability(sf, q);
    }

    /** Minimal sets C (as bit masks) with f(1_C, 0) = 1. */
    static List<Integer> minimalCutSets(StructureFunction sf) {
        int n = sf.variableCount();
        int size = 1 << n;
        boolean[] cut = new boolean[size];
        boolean[] hasSmaller = new boolean[size];
        boolean[] s = new boolean[n];
        List<Integer> out = new ArrayList<>();
        for (int m = 0; m < size; m++) { // subsets come before supersets in increasing order
            for (int i = 0; i < n; i++) {
                s[i] = ((m >> i) & 1) != 0;
            }
            cut[m] = sf.evaluate(s);
            for (int i = 0; i < n && !hasSmaller[m]; i++) {
                if (((m >> i) & 1) != 0) {
                    int sub = m & ~(1 << i);
                    hasSmaller[m] = cut[sub] || hasSmaller[sub];
                }
            }
            if (cut[m] && !hasSmaller[m]) {
                out.add(m);
            }
        }
        return out;
    }
}
