package org.nines.analysis.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

class ImportanceAndEdgeCaseTest {

    /** T = a OR (b AND c). */
    private static StructureFunction orAnd() {
        StructureFunction.Builder b = StructureFunction.builder();
        return b.build(b.gate(GateKind.OR, b.variable("a"), b.gate(GateKind.AND, b.variable("b"), b.variable("c"))));
    }

    @Test
    void importanceMeasuresFollowTheirDefinitionsOnOrAnd() {
        double pa = 0.1;
        double pb = 0.2;
        double pc = 0.3;
        FaultTreeResult r = FaultTreeAnalysis.analyze(orAnd(), new double[] {pa, pb, pc},
                FaultTreeAnalysis.Options.defaults());
        double top = 1 - (1 - pa) * (1 - pb * pc);
        assertEquals(top, r.topEventProbability(), 1e-15);
        Importance a = r.importance().get(0);
        double p1 = 1.0;
        double p0 = pb * pc;
        assertEquals(p1 - p0, a.birnbaum(), 1e-15);
        assertEquals((p1 - p0) * pa / top, a.criticality(), 1e-14);
        assertEquals((top - p0) / top, a.fussellVesely(), 1e-14);
        assertEquals(p1 / top, a.raw(), 1e-13);
        assertEquals(top / p0, a.rrw(), 1e-13);
        assertEquals(pa * p1 / top, a.dif(), 1e-14);
        Importance b = r.importance().get(1);
        assertEquals((1 - pa) * pc, b.birnbaum(), 1e-15);
        assertEquals(List.of(List.of("a"), List.of("b", "c")),
                r.minimalCutSets().stream().map(CutSet::names).toList());
        assertEquals(0.1, r.minimalCutSets().get(0).probability(), 0);
        assertEquals(0.2 * 0.3, r.minimalCutSets().get(1).probability(), 1e-17);
    }

    @Test
    void eventInEveryCutSetHasInfiniteRiskReductionWorth() {
        StructureFunction.Builder b = StructureFunction.builder();
        StructureFunction sf = b.build(b.gate(GateKind.AND, b.variable("a"), b.variable("b")));
        FaultTreeResult r = FaultTreeAnalysis.analyze(sf, new double[] {0.5, 0.5}, FaultTreeAnalysis.Options.defaults());
        assertEquals(Double.POSITIVE_INFINITY, r.importance().get(0).rrw());
        assertEquals(1.0, r.importance().get(0).fussellVesely(), 1e-15);
    }

    @Test
    void zeroTopProbabilityGivesFiniteOrInfiniteMeasuresNotNaN() {
        FaultTreeResult r = FaultTreeAnalysis.analyze(orAnd(), new double[] {0, 0, 0.5},
                FaultTreeAnalysis.Options.defaults());
        assertEquals(0.0, r.topEventProbability());
        Importance a = r.importance().get(0);
        assertEquals(1.0, a.birnbaum(), 0);
        assertEquals(0.0, a.criticality());
        assertEquals(0.0, a.dif());
        assertEquals(Double.POSITIVE_INFINITY, a.raw());
        assertEquals(1.0, a.rrw());
        assertTrue(r.minimalCutSets().stream().allMatch(c -> c.probability() == 0.0));
    }

    @Test
    void certainTopEvent() {
        FaultTreeResult r = FaultTreeAnalysis.analyze(orAnd(), new double[] {1, 0.5, 0.5},
                FaultTreeAnalysis.Options.defaults());
        assertEquals(1.0, r.topEventProbability());
        assertEquals(0.0, r.importance().get(1).birnbaum());
        assertEquals(1.0, r.importance().get(0).raw());
    }

    @Test
    void houseEventsCanCollapseTheWholeTree() {
        StructureFunction.Builder b = StructureFunction.builder();
        int a = b.variable("a");
        StructureFunction sfTrue = b.build(b.gate(GateKind.OR, a, b.constant(true)));
        FaultTreeResult t = FaultTreeAnalysis.analyze(sfTrue, new double[] {0.3}, FaultTreeAnalysis.Options.defaults());
        assertEquals(1.0, t.topEventProbability());
        assertEquals(0.0, t.importance().get(0).birnbaum());
        assertEquals(List.of(new CutSet(List.of(), 0, 1.0)), t.minimalCutSets());
        assertEquals(0, t.moduleCount());

        StructureFunction sfFalse = b.build(b.gate(GateKind.AND, a, b.constant(false)));
        FaultTreeResult f = FaultTreeAnalysis.analyze(sfFalse, new double[] {0.3}, FaultTreeAnalysis.Options.defaults());
        assertEquals(0.0, f.topEventProbability());
        assertEquals(List.of(), f.minimalCutSets());

        StructureFunction single = b.build(b.gate(GateKind.AND, a, b.constant(true)));
        FaultTreeResult s = FaultTreeAnalysis.analyze(single, new double[] {0.3}, FaultTreeAnalysis.Options.defaults());
        assertEquals(0.3, s.topEventProbability(), 0);
        assertEquals(1.0, s.importance().get(0).birnbaum(), 0);
    }

    @Test
    void topMayBeAVariableOrANegatedGate() {
        StructureFunction.Builder b = StructureFunction.builder();
        int a = b.variable("a");
        int c = b.variable("c");
        assertEquals(0.25, FaultTreeAnalysis.analyze(b.build(a), new double[] {0.25, 0.5},
                FaultTreeAnalysis.Options.defaults()).topEventProbability(), 0);
        FaultTreeResult r = FaultTreeAnalysis.analyze(b.build(b.gate(GateKind.NAND, a, c)),
                new double[] {0.25, 0.5}, FaultTreeAnalysis.Options.defaults());
        assertEquals(1 - 0.125, r.topEventProbability(), 1e-15);
        assertEquals(List.of(List.of()), r.minimalCutSets().stream().map(CutSet::names).toList());
    }

    @Test
    void variablesOutsideTheTopEventHaveZeroImportance() {
        StructureFunction.Builder b = StructureFunction.builder();
        int a = b.variable("a");
        b.variable("unused");
        FaultTreeResult r = FaultTreeAnalysis.analyze(b.build(a), new double[] {0.5, 0.5},
                FaultTreeAnalysis.Options.defaults());
        assertEquals(0.0, r.importance().get(1).birnbaum());
        assertEquals(1.0, r.importance().get(1).raw());
    }

    @Test
    void invalidProbabilitiesAndOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> FaultTreeAnalysis.analyze(orAnd(), new double[] {0.1, 0.2}, FaultTreeAnalysis.Options.defaults()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FaultTreeAnalysis.analyze(orAnd(), new double[] {0.1, Double.NaN, 2},
                        FaultTreeAnalysis.Options.defaults()));
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FaultTreeAnalysis.Options(true, -1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new FaultTreeAnalysis.Options(true, 1, -1, 1));
    }

    @Test
    void deepChainsDoNotOverflowTheStack() {
        StructureFunction.Builder b = StructureFunction.builder();
        int g = b.variable("x0");
        double[] p = new double[5000];
        p[0] = 0.5;
        for (int i = 1; i < 5000; i++) {
            g = b.gate(i % 2 == 0 ? GateKind.AND : GateKind.OR, g, b.variable("x" + i));
            p[i] = 0.5;
        }
        FaultTreeResult r = FaultTreeAnalysis.analyze(b.build(g), p, FaultTreeAnalysis.Options.defaults());
        assertTrue(r.topEventProbability() > 0 && r.topEventProbability() < 1);
    }
}
