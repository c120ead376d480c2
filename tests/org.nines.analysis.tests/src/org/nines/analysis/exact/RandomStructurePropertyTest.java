package org.nines.analysis.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

/**
 * Random small structures (every gate kind, shared sub-gates, repeated variables, constants, up to 12
 * variables) against brute-force enumeration of all states: probability, Birnbaum and every importance
 * measure by its definition, and the minimal cut sets with and without limits. Seeded, deterministic.
 */
class RandomStructurePropertyTest {

    private static final int CASES = 150;

    private static StructureFunction randomStructure(Random rnd) {
        StructureFunction.Builder b = StructureFunction.builder();
        int nv = 1 + rnd.nextInt(12);
        List<Integer> refs = new ArrayList<>();
        for (int i = 0; i < nv; i++) {
            refs.add(b.variable("v" + (char) ('a' + rnd.nextInt(26)) + i));
        }
        if (rnd.nextInt(5) == 0) {
            refs.add(b.constant(rnd.nextBoolean()));
        }
        int ng = 1 + rnd.nextInt(10);
        int last = refs.get(0);
        for (int g = 0; g < ng; g++) {
            GateKind k = GateKind.values()[rnd.nextInt(GateKind.values().length)];
            int arity = Math.max(k.minArity(), Math.min(k.maxArity(), 1 + rnd.nextInt(5)));
            int[] in = new int[arity];
            for (int j = 0; j < arity; j++) {
                // prefer recent nodes so that the structure is deep, but allow sharing
                int idx = rnd.nextInt(3) == 0 ? rnd.nextInt(refs.size())
                        : refs.size() - 1 - rnd.nextInt(Math.min(refs.size(), 4));
                in[j] = refs.get(idx);
            }
            last = k == GateKind.ATLEAST ? b.atLeast(1 + rnd.nextInt(arity), in) : b.gate(k, in);
            refs.add(last);
        }
        return b.build(last);
    }

    private static double[] randomProbabilities(Random rnd, int n) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            int r = rnd.nextInt(10);
            p[i] = r == 0 ? 0.0 : r == 1 ? 1.0 : r == 2 ? 1e-4 * rnd.nextDouble() : rnd.nextDouble();
        }
        return p;
    }

    private static final Comparator<CutSet> ORDER = Comparator.comparingDouble(CutSet::probability).reversed()
            .thenComparing(CutSet::names, (x, y) -> {
                for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                    int c = x.get(i).compareTo(y.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(x.size(), y.size());
            });

    private static List<CutSet> bruteCutSets(StructureFunction sf, double[] p) {
        List<CutSet> out = new ArrayList<>();
        for (int mask : BruteForce.minimalCutSets(sf)) {
            List<String> names = new ArrayList<>();
            double prob = 1.0;
            for (int i = 0; i < sf.variableCount(); i++) {
                if (((mask >> i) & 1) != 0) {
                    names.add(sf.variableName(i));
                    prob *= p[i];
                }
            }
            names.sort(null);
            out.add(new CutSet(names, names.size(), prob));
        }
        out.sort(ORDER);
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void probabilityAndImportanceMatchEnumerationOfAllStates(long seed) {
        Random rnd = new Random(seed);
        for (int c = 0; c < CASES; c++) {
            StructureFunction sf = randomStructure(rnd);
            double[] p = randomProbabilities(rnd, sf.variableCount());
            FaultTreeResult r = FaultTreeAnalysis.analyze(sf, p, FaultTreeAnalysis.Options.defaults()
                    .withCutSets(0, 0, 0));
            double top = BruteForce.probability(sf, p);
            String where = "seed " + seed + " case " + c;
            assertEquals(top, r.topEventProbability(), 1e-13 + 1e-12 * top, where);
            for (int i = 0; i < sf.variableCount(); i++) {
                double p1 = BruteForce.conditional(sf, p, i, 1.0);
                double p0 = BruteForce.conditional(sf, p, i, 0.0);
                Importance im = r.importance().get(i);
                String w = where + " variable " + i;
                assertEquals(sf.variableName(i), im.name(), w);
                assertEquals(p1 - p0, im.birnbaum(), 1e-12, w);
                if (top > 1e-6) {
                    assertEquals((p1 - p0) * p[i] / top, im.criticality(), 1e-9, w);
                    assertEquals((top - p0) / top, im.fussellVesely(), 1e-9, w);
                    assertEquals(p1 / top, im.raw(), 1e-9 * Math.max(1, p1 / top), w);
                    assertEquals(p[i] * p1 / top, im.dif(), 1e-9, w);
                    if (p0 > 1e-6) {
                        assertEquals(top / p0, im.rrw(), 1e-9 * top / p0, w);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void minimalCutSetsMatchEnumerationIncludingLimits(long seed) {
        Random rnd = new Random(seed);
        for (int c = 0; c < CASES; c++) {
            StructureFunction sf = randomStructure(rnd);
            double[] p = randomProbabilities(rnd, sf.variableCount());
            List<CutSet> expected = bruteCutSets(sf, p);
            String where = "seed " + seed + " case " + c;
            FaultTreeResult all = FaultTreeAnalysis.analyze(sf, p,
                    new FaultTreeAnalysis.Options(false, Integer.MAX_VALUE, 0.0, 1 << 20));
            assertEquals(names(expected), names(all.minimalCutSets()), where);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).probability(), all.minimalCutSets().get(i).probability(),
                        1e-15 + 1e-12 * expected.get(i).probability(), where);
            }
            int limit = rnd.nextInt(4);
            double cutoff = rnd.nextBoolean() ? 0.0 : 0.01 * rnd.nextDouble();
            int max = 1 + rnd.nextInt(5);
            List<CutSet> filtered = expected.stream()
                    .filter(s -> s.order() <= limit && s.probability() >= cutoff).limit(max).toList();
            FaultTreeResult some = FaultTreeAnalysis.analyze(sf, p,
                    new FaultTreeAnalysis.Options(false, limit, cutoff, max));
            assertEquals(names(filtered), names(some.minimalCutSets()), where + " limit " + limit
                    + " cutoff " + cutoff + " max " + max);
        }
    }

    private static List<List<String>> names(List<CutSet> sets) {
        return sets.stream().map(CutSet::names).toList();
    }
}
