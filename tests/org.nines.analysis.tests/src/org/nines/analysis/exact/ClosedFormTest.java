package org.nines.analysis.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

/** Known textbook results, to 1e-12 relative. Failure logic: the top event is the system failure. */
class ClosedFormTest {

    private static final double REL = 1e-12;

    private static double top(StructureFunction sf, double... p) {
        return FaultTreeAnalysis.analyze(sf, p, FaultTreeAnalysis.Options.probabilityOnly()).topEventProbability();
    }

    private static void assertRel(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL);
    }

    @Test
    void seriesSystemFailsWhenAnyComponentFails() {
        StructureFunction.Builder b = StructureFunction.builder();
        StructureFunction sf = b.build(b.gate(GateKind.OR, b.variable("a"), b.variable("b"), b.variable("c")));
        // reliabilities 0.7, 0.8, 0.85 -> R = 0.476
        assertRel(1 - 0.476, top(sf, 0.3, 0.2, 0.15));
    }

    @Test
    void parallelSystemFailsWhenAllComponentsFail() {
        StructureFunction.Builder b = StructureFunction.builder();
        StructureFunction sf = b.build(b.gate(GateKind.AND, b.variable("a"), b.variable("b"), b.variable("c")));
        assertRel(0.3 * 0.2 * 0.15, top(sf, 0.3, 0.2, 0.15));
    }

    @Test
    void bridgeNetworkMatchesClosedFormReliability() {
        // edges 1: s-a, 2: s-b, 3: a-b, 4: a-t, 5: b-t; minimal cuts {1,2} {4,5} {1,3,5} {2,3,4}
        StructureFunction.Builder b = StructureFunction.builder();
        int[] x = new int[6];
        for (int i = 1; i <= 5; i++) {
            x[i] = b.variable("e" + i);
        }
        StructureFunction sf = b.build(b.gate(GateKind.OR, b.gate(GateKind.AND, x[1], x[2]),
                b.gate(GateKind.AND, x[4], x[5]), b.gate(GateKind.AND, x[1], x[3], x[5]),
                b.gate(GateKind.AND, x[2], x[3], x[4])));
        double p = 0.9;
        double r = 2 * p * p + 2 * p * p * p - 5 * Math.pow(p, 4) + 2 * Math.pow(p, 5);
        assertEquals(0.97848, r, 1e-12);
        assertRel(1 - r, top(sf, 0.1, 0.1, 0.1, 0.1, 0.1));
    }

    @Test
    void threeOutOfFourWorkingMeansTwoOutOfFourFailedIsFailure() {
        StructureFunction.Builder b = StructureFunction.builder();
        StructureFunction sf = b.build(b.atLeast(2, b.variable("a"), b.variable("b"), b.variable("c"),
                b.variable("d")));
        double p = 0.9;
        double r = Math.pow(p, 4) + 4 * Math.pow(p, 3) * (1 - p); // = 0.9477
        assertEquals(0.9477, r, 1e-12);
        assertRel(1 - r, top(sf, 0.1, 0.1, 0.1, 0.1));
    }

    @Test
    void kOutOfNMatchesBinomialSumForLargeN() {
        int n = 40;
        int k = 17;
        StructureFunction.Builder b = StructureFunction.builder();
        int[] x = new int[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = b.variable("x" + i);
            p[i] = 0.3;
        }
        StructureFunction sf = b.build(b.atLeast(k, x));
        double expected = 0.0;
        for (int i = k; i <= n; i++) {
            expected += binomial(n, i) * Math.pow(0.3, i) * Math.pow(0.7, n - i);
        }
        assertEquals(expected, top(sf, p), expected * 1e-11);
    }

    private static double binomial(int n, int k) {
        double c = 1.0;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    @Test
    void betaFactorCommonCausePair() {
        double q = 0.1;
        double beta = 0.2;
        StructureFunction.Builder b = StructureFunction.builder();
        int ccf = b.variable("[A B]");
        int a = b.gate(GateKind.OR, b.variable("[A]"), ccf);
        int c = b.gate(GateKind.OR, b.variable("[B]"), ccf);
        StructureFunction sf = b.build(b.gate(GateKind.AND, a, c));
        double ind = (1 - beta) * q;
        double expected = beta * q + (1 - beta * q) * ind * ind;
        double[] p = new double[3];
        p[sf.variableIndex("[A B]")] = beta * q;
        p[sf.variableIndex("[A]")] = ind;
        p[sf.variableIndex("[B]")] = ind;
        assertRel(expected, top(sf, p));
    }

    @Test
    void tinyProbabilitiesKeepFullRelativePrecisionThroughComplements() {
        // NOT(OR(NOT a, NOT b)) = a AND b with complement edges everywhere
        StructureFunction.Builder b = StructureFunction.builder();
        int a = b.variable("a");
        int c = b.variable("b");
        StructureFunction sf = b.build(b.gate(GateKind.NOR, b.gate(GateKind.NOT, a), b.gate(GateKind.NOT, c)));
        assertRel(1e-9 * 3e-8, top(sf, 1e-9, 3e-8));
    }
}
