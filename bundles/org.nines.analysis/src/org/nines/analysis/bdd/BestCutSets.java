package org.nines.analysis.bdd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code maxCount} most probable cut sets offered, in one deterministic order: probability descending, then the
 * variables' name ranks compared lexicographically. Each set's variables are kept sorted by name. Used by the
 * enumerations of {@link CutSetEnumerator} and {@link DirectCutSets}, which prune a branch once its probability is
 * below {@link #worstKept()} (probabilities only fall as variables are added).
 */
final class BestCutSets {
    private final int maxCount;
    private final int[] rank;
    private final Comparator<IndexCutSet> better;
    private final PriorityQueue<IndexCutSet> worstFirst;

    /** @param rank {@code rank[v]}: position of variable v among the variables sorted by name ({@link #rankByName}) */
    BestCutSets(int maxCount, int[] rank) {
        this.maxCount = maxCount;
        this.rank = rank;
        this.better = Comparator.comparingDouble(IndexCutSet::probability).reversed()
                .thenComparing(this::ranks, Arrays::compare);
        this.worstFirst = new PriorityQueue<>(better.reversed());
    }

    /** @return {@code rank[v]} for the variables sorted by name (ties by index) */
    static int[] rankByName(List<String> names) {
        Integer[] byName = new Integer[names.size()];
        for (int i = 0; i < byName.length; i++) {
            byName[i] = i;
        }
        Arrays.sort(byName, (a, b) -> {
            int c = names.get(a).compareTo(names.get(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] rank = new int[byName.length];
        for (int i = 0; i < byName.length; i++) {
            rank[byName[i]] = i;
        }
        return rank;
    }

    /**
     * @return the probability a new set must reach to be kept: 0 while fewer than {@code maxCount} are kept, infinite
     *         when none may be
     */
    double worstKept() {
        if (maxCount <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return worstFirst.size() < maxCount ? 0.0 : worstFirst.peek().probability();
    }

    /** Offers the set of the first {@code size} variables of {@code variables} (in any order; not modified). */
    void offer(int[] variables, int size, double probability) {
        if (maxCount <= 0) {
            return;
        }
        int[] vars = Arrays.copyOf(variables, size);
        for (int i = 1; i < size; i++) { // insertion sort by name: cut sets are short
            int v = vars[i];
            int j = i - 1;
            while (j >= 0 && rank[vars[j]] > rank[v]) {
                vars[j + 1] = vars[j];
                j--;
            }
            vars[j + 1] = v;
        }
        IndexCutSet c = new IndexCutSet(vars, probability);
        if (worstFirst.size() < maxCount) {
            worstFirst.add(c);
        } else if (better.compare(c, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(c);
        }
    }

    /** @return the sets kept, best first */
    List<IndexCutSet> sorted() {
        List<IndexCutSet> out = new ArrayList<>(worstFirst);
        out.sort(better);
        return out;
    }

    private int[] ranks(IndexCutSet c) {
        int[] v = c.variables();
        for (int i = 0; i < v.length; i++) {
            v[i] = rank[v[i]];
        }
        return v;
    }
}
