package org.nines.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

/** The simplified gate network computes the same function as the structure function it was compiled from. */
class GateNetworkTest {

    /** A diagram-like series of redundant groups: join_k = k-of-n(OR(v, join_k-1), ...), as the diagram compiles. */
    private static StructureFunction seriesOfGroups(int groups) {
        StructureFunction.Builder b = StructureFunction.builder();
        int previous = -1;
        for (int g = 0; g < groups; g++) {
            int size = g % 3 == 2 ? 3 : 2;
            int[] inputs = new int[size];
            for (int i = 0; i < size; i++) {
                int v = b.variable("g" + g + "v" + i);
                inputs[i] = previous < 0 ? v : b.gate(GateKind.OR, v, previous);
            }
            previous = b.atLeast(size == 3 ? 2 : 2, inputs);
        }
        return b.build(previous);
    }

    /** Random AND / OR / k-of-n gates over earlier variables, gates and (rarely) constants, shared inputs included. */
    private static StructureFunction random(Random random, int variables, int gates) {
        StructureFunction.Builder b = StructureFunction.builder();
        List<Integer> nodes = new ArrayList<>();
        for (int v = 0; v < variables; v++) {
            nodes.add(b.variable("v" + v));
        }
        int last = nodes.get(0);
        for (int g = 0; g < gates; g++) {
            int n = 2 + random.nextInt(3);
            int[] inputs = new int[n];
            for (int i = 0; i < n; i++) {
                inputs[i] = random.nextInt(20) == 0 ? b.constant(random.nextBoolean())
                        : nodes.get(nodes.size() - 1 - random.nextInt(Math.min(nodes.size(), 6)));
            }
            last = switch (random.nextInt(4)) {
                case 0 -> b.gate(GateKind.AND, inputs);
                case 1 -> b.gate(GateKind.OR, inputs);
                case 2 -> b.atLeast(1 + random.nextInt(n), inputs);
                default -> sharedInput(b, random, inputs);
            };
            nodes.add(last);
        }
        return b.build(last);
    }

    /** k-of-n over ORs that all share the first input: the pattern the network factors. */
    private static int sharedInput(StructureFunction.Builder b, Random random, int[] inputs) {
        int[] ors = new int[inputs.length - 1];
        for (int i = 1; i < inputs.length; i++) {
            ors[i - 1] = random.nextBoolean() ? b.gate(GateKind.OR, inputs[0], inputs[i])
                    : b.gate(GateKind.OR, inputs[i], inputs[0], inputs[random.nextInt(inputs.length)]);
        }
        return ors.length == 1 ? ors[0] : b.atLeast(1 + random.nextInt(ors.length), ors);
    }

    /** Top state after failing the given variables one by one with the simulator's counter propagation. */
    private static boolean topAfterPropagation(GateNetwork net, boolean[] failed) {
        int vars = failed.length;
        int[] count = net.initialCount.clone();
        boolean[] gateFailed = net.initialFailed.clone();
        for (int v = 0; v < vars; v++) {
            if (failed[v]) {
                propagate(net, vars, count, gateFailed, v);
            }
        }
        if (net.top < 0) {
            return net.top == SimulationModel.TOP_FAILED;
        }
        return net.top < vars ? failed[net.top] : gateFailed[net.top - vars];
    }

    private static void propagate(GateNetwork net, int vars, int[] count, boolean[] gateFailed, int node) {
        for (int i = net.parentStart[node]; i < net.parentStart[node + 1]; i++) {
            int g = net.parents[i];
            boolean nowFailed = ++count[g] >= net.threshold[g];
            if (nowFailed && !gateFailed[g]) {
                gateFailed[g] = true;
                propagate(net, vars, count, gateFailed, vars + g);
            }
        }
    }

    private static void assertSameFunction(StructureFunction f, GateNetwork net, Random random, int states) {
        int vars = f.variableCount();
        for (int s = 0; s < states; s++) {
            boolean[] failed = new boolean[vars];
            for (int v = 0; v < vars; v++) {
                failed[v] = vars <= 12 ? (s >> v & 1) == 1 : random.nextInt(4) == 0;
            }
            assertEquals(f.evaluate(failed), topAfterPropagation(net, failed), () -> f + " state " + java.util.Arrays.toString(failed));
        }
    }

    @Test
    void seriesOfGroupsBecomesOneOrOfGroups() {
        StructureFunction f = seriesOfGroups(6);
        GateNetwork net = GateNetwork.of(f);
        assertEquals(7, net.threshold.length, "one gate per group and the top OR");
        assertEquals(6, net.parentStart[f.variableCount() + net.threshold.length] - net.parentStart[f.variableCount()],
                "every group gate feeds the top once");
        assertSameFunction(f, net, new Random(1), 1 << f.variableCount());
    }

    @Test
    void largeSeriesKeepsItsFunction() {
        StructureFunction f = seriesOfGroups(200);
        assertSameFunction(f, GateNetwork.of(f), new Random(2), 2000);
    }

    @Test
    void randomStructuresKeepTheirFunction() {
        Random random = new Random(3);
        for (int i = 0; i < 400; i++) {
            StructureFunction f = random(random, 2 + random.nextInt(9), 1 + random.nextInt(12));
            assertSameFunction(f, GateNetwork.of(f), random, 1 << f.variableCount());
        }
    }
}
