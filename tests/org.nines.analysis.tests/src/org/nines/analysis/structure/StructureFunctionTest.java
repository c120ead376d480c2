package org.nines.analysis.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StructureFunctionTest {

    @Test
    void repeatedVariableNameIsOneVariable() {
        StructureFunction.Builder b = StructureFunction.builder();
        int x1 = b.variable("x");
        int y = b.variable("y");
        int x2 = b.variable("x");
        assertEquals(x1, x2);
        StructureFunction sf = b.build(b.gate(GateKind.AND, x1, y, x2));
        assertEquals(2, sf.variableCount());
        assertEquals(0, sf.variableIndex("x"));
        assertEquals(-1, sf.variableIndex("z"));
    }

    @Test
    void evaluateFollowsFailureLogicForEveryGateKind() {
        StructureFunction.Builder b = StructureFunction.builder();
        int a = b.variable("a");
        int c = b.variable("c");
        int d = b.variable("d");
        int[] gates = {
            b.gate(GateKind.AND, a, c, d), b.gate(GateKind.OR, a, c, d), b.atLeast(2, a, c, d),
            b.gate(GateKind.NOT, a), b.gate(GateKind.XOR, a, c, d), b.gate(GateKind.NAND, a, c, d),
            b.gate(GateKind.NOR, a, c, d), b.gate(GateKind.NULL, a) };
        for (int mask = 0; mask < 8; mask++) {
            boolean[] s = {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0};
            int n = Integer.bitCount(mask);
            boolean[] expected = {n == 3, n > 0, n >= 2, !s[0], n % 2 == 1, n < 3, n == 0, s[0]};
            for (int i = 0; i < gates.length; i++) {
                StructureFunction sf = b.build(gates[i]);
                assertEquals(expected[i], sf.evaluate(s), "gate " + i + " state " + mask);
            }
        }
    }

    @Test
    void constantsEvaluateToTheirValue() {
        StructureFunction.Builder b = StructureFunction.builder();
        int a = b.variable("a");
        StructureFunction sf = b.build(b.gate(GateKind.OR, a, b.constant(true)));
        assertTrue(sf.evaluate(new boolean[] {false}));
        assertFalse(b.build(b.constant(false)).evaluate(new boolean[] {true}));
    }

    @Test
    void forwardDeclaredGatesMayBeDefinedLater() {
        StructureFunction.Builder b = StructureFunction.builder();
        int top = b.declareGate("top");
        int sub = b.declareGate("sub");
        int a = b.variable("a");
        b.defineGate(top, GateKind.OR, 0, sub, a);
        b.defineGate(sub, GateKind.NOT, 0, a);
        StructureFunction sf = b.build(top);
        assertTrue(sf.evaluate(new boolean[] {false}));
        assertEquals("sub", sf.gateName(StructureFunction.index(sub)));
    }

    @Test
    void cycleIsRejectedWithGateNames() {
        StructureFunction.Builder b = StructureFunction.builder();
        int g1 = b.declareGate("g1");
        int g2 = b.declareGate("g2");
        b.defineGate(g1, GateKind.AND, 0, g2, b.variable("a"));
        b.defineGate(g2, GateKind.OR, 0, g1, b.variable("b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.build(g1));
        assertTrue(e.getMessage().contains("cycle") && e.getMessage().contains("'g1'")
                && e.getMessage().contains("'g2'"), e.getMessage());
    }

    @Test
    void arityAndThresholdAreValidated() {
        StructureFunction.Builder b = StructureFunction.builder();
        int a = b.variable("a");
        int c = b.variable("c");
        assertThrows(IllegalArgumentException.class, () -> b.gate(GateKind.NOT, a, c));
        assertThrows(IllegalArgumentException.class, () -> b.gate(GateKind.XOR, a));
        assertThrows(IllegalArgumentException.class, () -> b.gate(GateKind.AND));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.atLeast(3, a, c));
        assertTrue(e.getMessage().contains("k=3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.atLeast(0, a, c));
        assertThrows(IllegalArgumentException.class, () -> b.gate(GateKind.ATLEAST, a, c));
    }

    @Test
    void undefinedDeclaredGateAndUnknownReferencesAreRejected() {
        StructureFunction.Builder b = StructureFunction.builder();
        int g = b.declareGate("pending");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.build(g));
        assertTrue(e.getMessage().contains("'pending'") && e.getMessage().contains("never defined"));
        StructureFunction.Builder b2 = StructureFunction.builder();
        assertThrows(IllegalArgumentException.class, () -> b2.gate(GateKind.OR, StructureFunction.variableRef(5)));
        int x = b2.variable("x");
        int h = b2.declareGate("h");
        b2.defineGate(h, GateKind.NULL, 0, x);
        assertThrows(IllegalArgumentException.class, () -> b2.defineGate(h, GateKind.NULL, 0, x));
    }

    @Test
    void referenceEncodingRoundTrips() {
        assertTrue(StructureFunction.isVariable(StructureFunction.variableRef(7)));
        assertEquals(7, StructureFunction.index(StructureFunction.variableRef(7)));
        assertTrue(StructureFunction.isGate(StructureFunction.gateRef(3)));
        assertEquals(3, StructureFunction.index(StructureFunction.gateRef(3)));
        assertTrue(StructureFunction.constantValue(StructureFunction.constantRef(true)));
        assertFalse(StructureFunction.constantValue(StructureFunction.constantRef(false)));
    }
}
