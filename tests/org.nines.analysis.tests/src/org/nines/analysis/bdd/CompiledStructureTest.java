package org.nines.analysis.bdd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

class CompiledStructureTest {

    @Test
    void fallbackVariableOrderGivesTheSameResults() {
        Random rnd = new Random(7);
        for (int c = 0; c < 200; c++) {
            StructureFunction.Builder b = StructureFunction.builder();
            List<Integer> refs = new ArrayList<>();
            int nv = 2 + rnd.nextInt(10);
            for (int i = 0; i < nv; i++) {
                refs.add(b.variable("x" + i));
            }
            int last = refs.get(0);
            for (int g = 0; g < 8; g++) {
                GateKind k = GateKind.values()[rnd.nextInt(GateKind.values().length)];
                int arity = Math.max(k.minArity(), Math.min(k.maxArity(), 1 + rnd.nextInt(4)));
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
            CompiledStructure first = CompiledStructure.compile(sf);
            CompiledStructure fallback = CompiledStructure.compile(sf, 2); // budget exceeded at once
            assertEquals(first.probability(p)[0], fallback.probability(p)[0], 1e-14, "case " + c);
            double[] b1 = first.birnbaum(p);
            double[] b2 = fallback.birnbaum(p);
            for (int i = 0; i < nv; i++) {
                assertEquals(b1[i], b2[i], 1e-13, "case " + c + " variable " + i);
            }
            assertEquals(first.countMinimalCutSets(Integer.MAX_VALUE), fallback.countMinimalCutSets(Integer.MAX_VALUE));
        }
    }

    @Test
    void nodeLimitInterruptsAndLeavesTheManagerUsable() {
        Bdd bdd = new Bdd();
        int[] x = new int[20];
        for (int i = 0; i < 20; i++) {
            x[i] = bdd.variable(i);
        }
        bdd.setNodeLimit(bdd.nodeCount() + 3);
        org.junit.jupiter.api.Assertions.assertThrows(Bdd.LimitExceeded.class, () -> bdd.atLeast(10, x));
        bdd.setNodeLimit(Integer.MAX_VALUE);
        int f = bdd.atLeast(10, x);
        assertEquals(false, bdd.valueAtAllFalse(f));
    }
}
