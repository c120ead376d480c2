package org.nines.analysis.bdd;

import java.util.Arrays;
import java.util.List;

/**
 * Minimal cut sets of a {@link CompiledStructure}.
 *
 * <p><b>Definition.</b> A cut set is a set {@code C} of variables such that the top event occurs when exactly
 * the variables of {@code C} are true ({@code f(1_C, 0) = 1}); minimal cut sets are the minimal ones by
 * inclusion. For coherent (monotone) structures this is the usual definition; for non-coherent structures it
 * is the usual practice of dropping negated ("success") literals from prime implicants.
 *
 * <p><b>Algorithm.</b> Per module, the module's BDD is converted to a ZBDD of minimal solutions with Rauzy's
 * {@code minsol} ({@link Zbdd#minsol}), truncated at the order limit. Module pseudo-variables
 * stand for {@code u = M XOR M(0)}, so a minimal cut set of the whole tree is exactly a minimal solution of a
 * module in which each pseudo-variable is replaced by one minimal solution of its sub-module. These products
 * are enumerated depth-first with branch and bound: the running probability product only decreases, so a
 * branch is abandoned once it falls below the cut-off or below the worst of the {@code maxCount} best sets
 * already found.
 *
 * <p><b>Result order.</b> Probability descending, then the sorted name lists lexicographically ascending; the
 * bounded selection uses the same total order, so the result is deterministic.
 */
final class CutSetEnumerator {

    private final Zbdd z;
    private final int[] roots;
    private final CompiledStructure cs;
    private final double[] p;
    private final int orderLimit;
    private final double cutoff;
    private final int maxCount;
    private final BestCutSets best;

    private int[] current = new int[16];
    private int size;
    private int[] pendNode = new int[16];
    private int[] pendModule = new int[16];
    private int pendSize;

    CutSetEnumerator(CompiledStructure cs, Zbdd z, int[] roots, double[] p, int orderLimit, double cutoff,
            int maxCount, int[] rankByName) {
        this.cs = cs;
        this.z = z;
        this.roots = roots;
        this.p = p;
        this.orderLimit = orderLimit;
        this.cutoff = cutoff;
        this.maxCount = maxCount;
        this.best = new BestCutSets(maxCount, rankByName);
    }

    List<IndexCutSet> run() {
        if (maxCount > 0) {
            int root = roots.length - 1;
            visit(roots[root], root, 1.0);
        }
        return best.sorted();
    }

    private void visit(int node, int module, double prob) {
        if (prob < cutoff || prob < best.worstKept()) {
            return;
        }
        if (node == Zbdd.EMPTY) {
            return;
        }
        if (node == Zbdd.BASE) {
            if (pendSize == 0) {
                best.offer(current, size, prob);
            } else {
                pendSize--;
                int n = pendNode[pendSize];
                int m = pendModule[pendSize];
                visit(n, m, prob);
                pendNode[pendSize] = n;
                pendModule[pendSize] = m;
                pendSize++;
            }
            return;
        }
        int leaf = cs.leaves(module)[z.level(node)];
        if (size < orderLimit) {
            if (leaf >= 0) {
                if (size == current.length) {
                    current = Arrays.copyOf(current, size * 2);
                }
                current[size++] = leaf;
                visit(z.hi(node), module, prob * p[leaf]);
                size--;
            } else {
                if (pendSize == pendNode.length) {
                    pendNode = Arrays.copyOf(pendNode, pendSize * 2);
                    pendModule = Arrays.copyOf(pendModule, pendSize * 2);
                }
                pendNode[pendSize] = z.hi(node);
                pendModule[pendSize] = module;
                pendSize++;
                int sub = -1 - leaf;
                visit(roots[sub], sub, prob);
                pendSize--;
            }
        }
        visit(z.lo(node), module, prob);
    }
}
