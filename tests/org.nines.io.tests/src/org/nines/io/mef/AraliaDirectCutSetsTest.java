package org.nines.io.mef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nines.analysis.bdd.DirectCutSets;
import org.nines.analysis.exact.CutSet;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.exact.FaultTreeResult;
import org.nines.analysis.structure.StructureFunction;

/**
 * The cut-set approximation ({@code analyze --approximate}) against the exact engine on the Aralia trees: the same
 * minimal cut sets up to the order limit as the BDD's, and approximations that bound the exact probability from
 * above once no set is left out.
 */
class AraliaDirectCutSetsTest {

    @ParameterizedTest(name = "{0} order {1}")
    @CsvSource({
        "baobab1, 4, 72", "baobab2, 4, 395", "chinese, 4, 36", "das9202, 4, 130", "das9203, 4, 4320",
        "edf9205, 3, 5351", "edfpa15r, 4, 1907", "elf9601, 4, 2642", "ftr10, 4, 305", "isp9605, 4, 101",
        "isp9607, 4, 100", "jbd9601, 3, 5063",
    })
    void sameMinimalCutSetsAsTheBdd(String tree, int order, long count) throws IOException {
        MefModel m = Resources.read("/aralia/" + tree + ".xml");
        StructureFunction sf = m.structure();
        FaultTreeResult exact = FaultTreeAnalysis.analyze(sf, m.probabilities(),
                new FaultTreeAnalysis.Options(false, order, 0.0, Integer.MAX_VALUE));
        DirectCutSets.Result direct = FaultTreeAnalysis.approximate(sf, m.probabilities(), order, Integer.MAX_VALUE);
        assertEquals(count, direct.count(), tree);
        assertEquals(count, exact.minimalCutSets().size(), tree);
        Set<Set<String>> bddSets = new HashSet<>();
        exact.minimalCutSets().forEach(c -> bddSets.add(Set.copyOf(c.names())));
        Set<Set<String>> directSets = new HashSet<>();
        direct.mostProbable().forEach(c -> directSets.add(names(sf, c.variables())));
        assertEquals(bddSets, directSets, tree);
        double rare = exact.minimalCutSets().stream().mapToDouble(CutSet::probability).sum();
        assertEquals(rare, direct.rareEvent(), 1e-12 * rare, tree);
    }

    @Test
    void withEverySetBothApproximationsBoundTheExactProbabilityFromAbove() throws IOException {
        MefModel m = Resources.read("/aralia/chinese.xml");
        double exact = FaultTreeAnalysis.analyze(m.structure(), m.probabilities(),
                FaultTreeAnalysis.Options.probabilityOnly()).topEventProbability();
        DirectCutSets.Result all = FaultTreeAnalysis.approximate(m.structure(), m.probabilities(), 64, 0);
        assertEquals(392, all.count()); // 12 of order 2, 24 of order 4, 188 of order 5, 168 of order 6
        assertEquals(392, FaultTreeAnalysis.countMinimalCutSets(m.structure(), Integer.MAX_VALUE));
        assertTrue(all.minCutUpperBound() >= exact && all.rareEvent() >= all.minCutUpperBound(),
                exact + " <= " + all.minCutUpperBound() + " <= " + all.rareEvent());
        assertEquals(1.17058e-3, exact, 1e-8); // SCRAM's 6 digits
        assertEquals(1.19960e-3, all.minCutUpperBound(), 1e-8); // 2.5 % above the exact value here
    }

    /**
     * nus9601's BDD does not fit in memory (docs/benchmarks.md); its cut sets of order 3 or less are 10 triples of
     * events of probability 0.01 each, so the rare-event approximation is exactly 10 x 1e-6.
     */
    @Test
    void nus9601CutSetsOfOrderThreeWithoutBdd() throws IOException {
        MefModel m = Resources.read("/aralia/nus9601.xml");
        DirectCutSets.Result r = FaultTreeAnalysis.approximate(m.structure(), m.probabilities(), 3, 20);
        assertEquals(10, r.count());
        assertEquals(1e-5, r.rareEvent(), 1e-18);
        assertEquals(10, r.mostProbable().size());
        assertTrue(r.mostProbable().stream().allMatch(c -> c.order() == 3), r.mostProbable().toString());
    }

    @Test
    void nonCoherentTreeIsRefused() throws IOException {
        MefModel m = Resources.read("/aralia/cea9601.xml");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaultTreeAnalysis.approximate(m.structure(), m.probabilities(), 3, 0));
        assertTrue(e.getMessage().contains("coherent") && e.getMessage().contains("NOT gate"), e.getMessage());
    }

    private static Set<String> names(StructureFunction sf, int[] variables) {
        Set<String> s = new HashSet<>();
        for (int v : variables) {
            s.add(sf.variableName(v));
        }
        return s;
    }
}
