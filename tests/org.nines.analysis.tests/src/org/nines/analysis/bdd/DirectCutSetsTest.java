package org.nines.analysis.bdd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

class DirectCutSetsTest {

    @Test
    void twoOutOfThreeHasThreePairsWithClosedFormApproximations() {
        StructureFunction.Builder b = StructureFunction.builder();
        int x = b.variable("a");
        int y = b.variable("b");
        int z = b.variable("c");
        StructureFunction sf = b.build(b.atLeast(2, x, y, z));
        double[] p = {0.1, 0.2, 0.3};
        DirectCutSets.Result r = DirectCutSets.compute(sf, p, 3, 10);
        assertEquals(3, r.count());
        assertArrayEquals(new long[] {0, 0, 3, 0}, r.countByOrder());
        assertEquals(0.02 + 0.03 + 0.06, r.rareEvent(), 1e-15); // Σ P(C)
        assertEquals(1 - 0.98 * 0.97 * 0.94, r.minCutUpperBound(), 1e-15); // 1 - Π (1 - P(C))
        assertEquals(List.of(List.of(1, 2), List.of(0, 2), List.of(0, 1)), indices(r.mostProbable()));
        double[] fv = r.fussellVesely(); // share of Σ P(C) from the sets holding each variable
        assertEquals((0.02 + 0.03) / 0.11, fv[0], 1e-15);
        assertEquals((0.02 + 0.06) / 0.11, fv[1], 1e-15);
        assertEquals((0.03 + 0.06) / 0.11, fv[2], 1e-15);
    }

    @Test
    void orderLimitLeavesOutLongerSetsOnly() {
        StructureFunction.Builder b = StructureFunction.builder();
        int x = b.variable("a");
        int y = b.variable("b");
        int z = b.variable("c");
        StructureFunction sf = b.build(b.gate(GateKind.OR, x, b.gate(GateKind.AND, y, z)));
        DirectCutSets.Result one = DirectCutSets.compute(sf, new double[] {0.1, 0.2, 0.3}, 1, 10);
        assertEquals(List.of(List.of(0)), indices(one.mostProbable()));
        assertEquals(0.1, one.rareEvent(), 0.0);
        assertEquals(2, DirectCutSets.compute(sf, new double[] {0.1, 0.2, 0.3}, 2, 10).count());
    }

    @Test
    void nonMinimalProductsAreRemoved() {
        // a OR (b AND (c OR a)): {a, b} contains {a}, so the minimal cut sets are {a} and {b, c}
        StructureFunction.Builder b = StructureFunction.builder();
        int x = b.variable("a");
        int y = b.variable("b");
        int z = b.variable("c");
        StructureFunction sf = b.build(b.gate(GateKind.OR, x, b.gate(GateKind.AND, y, b.gate(GateKind.OR, z, x))));
        DirectCutSets.Result r = DirectCutSets.compute(sf, new double[] {0.5, 0.5, 0.5}, 5, 10);
        assertEquals(List.of(List.of(0), List.of(1, 2)), indices(r.mostProbable()));
    }

    @Test
    void constantTrueTreeHasTheEmptyCutSet() {
        StructureFunction.Builder b = StructureFunction.builder();
        int x = b.variable("a");
        StructureFunction sf = b.build(b.gate(GateKind.OR, x, b.constant(true)));
        DirectCutSets.Result r = DirectCutSets.compute(sf, new double[] {0.5}, 3, 10);
        assertEquals(1, r.count());
        assertEquals(1.0, r.rareEvent(), 0.0);
    }

    @Test
    void nonCoherentTreeIsRefusedNamingTheGate() {
        StructureFunction.Builder b = StructureFunction.builder();
        int x = b.variable("a");
        int y = b.variable("b");
        int not = b.declareGate("pump-not-failed");
        b.defineGate(not, GateKind.NOT, 0, y);
        StructureFunction sf = b.build(b.gate(GateKind.AND, x, not));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DirectCutSets.compute(sf, new double[] {0.1, 0.1}, 3, 10));
        assertTrue(e.getMessage().contains("'pump-not-failed'") && e.getMessage().contains("NOT"), e.getMessage());
    }

    @Test
    void negationOfAHouseEventIsCoherentOnceItIsSet() {
        // (a AND h) OR (b AND NOT h) with the house event h false: the tree is just b
        StructureFunction.Builder b = StructureFunction.builder();
        int x = b.variable("a");
        int y = b.variable("b");
        int h = b.constant(false);
        StructureFunction sf = b.build(b.gate(GateKind.OR, b.gate(GateKind.AND, x, h),
                b.gate(GateKind.AND, y, b.gate(GateKind.NOT, h))));
        DirectCutSets.Result r = DirectCutSets.compute(sf, new double[] {0.1, 0.2}, 3, 10);
        assertEquals(List.of(List.of(1)), indices(r.mostProbable()));
    }

    @Test
    void anonymousNegationIsReportedWithTheNamedGateHoldingIt() {
        StructureFunction.Builder b = StructureFunction.builder();
        int x = b.variable("a");
        int y = b.variable("b");
        int train = b.declareGate("train-a");
        b.defineGate(train, GateKind.AND, 0, x, b.gate(GateKind.NOT, y));
        StructureFunction sf = b.build(b.gate(GateKind.OR, train, y));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DirectCutSets.compute(sf, new double[] {0.1, 0.1}, 3, 10));
        assertEquals("cut-set approximation needs a coherent fault tree, but gate 'train-a' has a NOT formula",
                e.getMessage());
    }

    @Test
    void noCutSetBelowTheLimitGivesZeroApproximations() {
        StructureFunction.Builder b = StructureFunction.builder();
        StructureFunction sf = b.build(b.gate(GateKind.AND, b.variable("a"), b.variable("b"), b.variable("c")));
        DirectCutSets.Result r = DirectCutSets.compute(sf, new double[] {0.1, 0.1, 0.1}, 2, 10);
        assertEquals(0, r.count());
        assertEquals(0.0, r.rareEvent());
        assertEquals(0.0, r.minCutUpperBound()); // +0.0, not -0.0
    }

    @Test
    void negationOutsideTheTopEventDoesNotMatter() {
        StructureFunction.Builder b = StructureFunction.builder();
        int x = b.variable("a");
        int y = b.variable("b");
        b.gate(GateKind.NOT, y); // another tree's gate, not below the top
        StructureFunction sf = b.build(b.gate(GateKind.AND, x, y));
        assertEquals(1, DirectCutSets.compute(sf, new double[] {0.1, 0.1}, 3, 10).count());
    }

    @Test
    void sameMinimalCutSetsAsTheBddOnRandomCoherentTrees() {
        Random rnd = new Random(11);
        GateKind[] kinds = {GateKind.AND, GateKind.OR, GateKind.ATLEAST};
        for (int c = 0; c < 300; c++) {
            StructureFunction.Builder b = StructureFunction.builder();
            List<Integer> refs = new ArrayList<>();
            int nv = 2 + rnd.nextInt(9);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < nv; i++) {
                names.add("x" + i);
                refs.add(b.variable("x" + i));
            }
            int last = refs.get(0);
            for (int g = 0; g < 8; g++) {
                GateKind k = kinds[rnd.nextInt(kinds.length)];
                int arity = 2 + rnd.nextInt(3);
                int[] in = new int[arity];
                for (int j = 0; j < arity; j++) {
                    in[j] = refs.get(rnd.nextInt(refs.size()));
                }
                last = k == GateKind.ATLEAST ? b.atLeast(1 + rnd.nextInt(arity), in) : b.gate(k, in);
                refs.add(last);
            }
            StructureFunction sf = b.build(last);
            double[] p = new double[nv];
            for (int i = 0; i < nv; i++) {
                p[i] = rnd.nextDouble();
            }
            int limit = 1 + rnd.nextInt(nv);
            List<IndexCutSet> bdd = CompiledStructure.compile(sf).minimalCutSets(p, limit, 0.0, Integer.MAX_VALUE, names);
            DirectCutSets.Result direct = DirectCutSets.compute(sf, p, limit, Integer.MAX_VALUE);
            assertEquals(asSets(bdd), asSets(direct.mostProbable()), "tree " + c + ": " + sf);
            assertEquals(bdd.size(), direct.count(), "tree " + c);
            double rare = bdd.stream().mapToDouble(IndexCutSet::probability).sum();
            assertEquals(rare, direct.rareEvent(), 1e-12 * Math.max(1, rare), "tree " + c);
            for (int v = 0; v < nv; v++) { // Fussell-Vesely of each variable, summed over the BDD's cut sets
                int variable = v;
                double holding = bdd.stream().filter(cs -> Arrays.stream(cs.variables()).anyMatch(x -> x == variable))
                        .mapToDouble(IndexCutSet::probability).sum();
                assertEquals(rare > 0 ? holding / rare : 0.0, direct.fussellVesely()[v], 1e-12, "tree " + c + " x" + v);
            }
        }
    }

    private static Set<List<Integer>> asSets(List<IndexCutSet> sets) {
        Set<List<Integer>> s = new HashSet<>();
        for (IndexCutSet c : sets) {
            s.add(Arrays.stream(c.variables()).sorted().boxed().toList());
        }
        return s;
    }

    private static List<List<Integer>> indices(List<IndexCutSet> sets) {
        return sets.stream().map(c -> Arrays.stream(c.variables()).boxed().toList()).toList();
    }
}
