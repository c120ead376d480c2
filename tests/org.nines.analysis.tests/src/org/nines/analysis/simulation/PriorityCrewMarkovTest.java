package org.nines.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.CrewPolicy;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * One repair crew taking waiting repairs by priority, against the exact steady state of the Markov chain solved
 * here: A in series with the redundant pair X, Y; A has the lowest priority, so its repair waits behind X's and
 * Y's. The state is the set of failed components and the one under repair (repairs are not pre-empted). Both
 * simulation methods must cover the exact unavailability, which differs from the first-come-first-served one.
 */
class PriorityCrewMarkovTest {
    private static final double[] MTBF = { 300, 100, 100 }; // A, X, Y: the crew is busy a third of the time
    private static final double[] MTTR = { 20, 15, 15 };
    private static final int[] PRIORITY = { 0, 2, 1 };

    static SystemModel model(CrewPolicy policy) {
        ModelBuilder b = ModelBuilder.model("priority-crew");
        Component a = b.component("a", "A", ComponentKind.SERVER, MTBF[0], MTTR[0]);
        Component x = b.component("x", "X", ComponentKind.SERVER, MTBF[1], MTTR[1]);
        Component y = b.component("y", "Y", ComponentKind.SERVER, MTBF[2], MTTR[2]);
        a.setRepairPriority(PRIORITY[0]);
        x.setRepairPriority(PRIORITY[1]);
        y.setRepairPriority(PRIORITY[2]);
        DiagramBuilder d = b.diagram("d", "A and (X or Y)");
        var ba = d.block("b-a", a);
        d.connect(d.start(), ba);
        d.chain(ba, d.block("b-x", x), d.end());
        d.chain(ba, d.block("b-y", y), d.end());
        SystemModel model = b.build();
        model.setRepairCrews(1);
        model.setCrewPolicy(policy);
        return model;
    }

    /**
     * Steady-state unavailability of the chain: states (failed set, component under repair); a failure starts its
     * repair at once when the crew is free; a finished repair hands the crew to the waiting component with the highest
     * priority. Solved by Gauss-Seidel iteration of the balance equations to machine precision.
     */
    static double exactUnavailability() {
        Map<Long, Integer> index = new HashMap<>();
        java.util.List<int[]> states = new java.util.ArrayList<>(); // {failedMask, inRepair or -1}
        java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
        todo.add(new int[] { 0, -1 });
        java.util.List<double[]> rates = new java.util.ArrayList<>(); // per transition: from, to, rate
        while (!todo.isEmpty()) {
            int[] s = todo.poll();
            long key = s[0] * 8L + s[1] + 1;
            if (index.containsKey(key)) {
                continue;
            }
            index.put(key, states.size());
            states.add(s);
            for (int c = 0; c < 3; c++) {
                if ((s[0] & 1 << c) == 0) {
                    todo.add(new int[] { s[0] | 1 << c, s[1] < 0 ? c : s[1] });
                }
            }
            if (s[1] >= 0) {
                int failed = s[0] & ~(1 << s[1]);
                int next = -1;
                for (int c = 0; c < 3; c++) {
                    if ((failed & 1 << c) != 0 && (next < 0 || PRIORITY[c] > PRIORITY[next])) {
                        next = c;
                    }
                }
                todo.add(new int[] { failed, next });
            }
        }
        int n = states.size();
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            int[] s = states.get(i);
            for (int c = 0; c < 3; c++) {
                if ((s[0] & 1 << c) == 0) {
                    q[i][index.get((s[0] | 1 << c) * 8L + (s[1] < 0 ? c : s[1]) + 1)] += 1 / MTBF[c];
                }
            }
            if (s[1] >= 0) {
                int failed = s[0] & ~(1 << s[1]);
                int next = -1;
                for (int c = 0; c < 3; c++) {
                    if ((failed & 1 << c) != 0 && (next < 0 || PRIORITY[c] > PRIORITY[next])) {
                        next = c;
                    }
                }
                q[i][index.get(failed * 8L + next + 1)] += 1 / MTTR[s[1]];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i] += q[i][j];
            }
        }
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        for (int iteration = 0; iteration < 100_000; iteration++) {
            double change = 0;
            for (int j = 0; j < n; j++) {
                double in = 0;
                for (int i = 0; i < n; i++) {
                    in += p[i] * q[i][j];
                }
                double updated = in / out[j];
                change = Math.max(change, Math.abs(updated - p[j]));
                p[j] = updated;
            }
            double sum = 0;
            for (double v : p) {
                sum += v;
            }
            for (int j = 0; j < n; j++) {
                p[j] /= sum;
            }
            if (change < 1e-17) {
                break;
            }
        }
        double down = 0;
        for (int i = 0; i < n; i++) {
            int failed = states.get(i)[0];
            boolean aDown = (failed & 1) != 0;
            boolean pairDown = (failed & 6) == 6;
            if (aDown || pairDown) {
                down += p[i];
            }
        }
        return down;
    }

    @Test
    void theChainSolvedHereIsAboveTheProductFormOfUnlimitedRepair() {
        // a check of the solver's bookkeeping: one crew can only add waiting to the independent components' downtime,
        // and not more than the crew's busy share could
        double u = exactUnavailability();
        double a = MTTR[0] / (MTBF[0] + MTTR[0]);
        double x = MTTR[1] / (MTBF[1] + MTTR[1]);
        double independent = 1 - (1 - a) * (1 - x * x);
        assertTrue(u > independent && u < 1.5 * independent, u + " against " + independent);
    }

    @Test
    void failureBiasingWithAPriorityCrewCoversTheMarkovChain() {
        double exact = exactUnavailability();
        SimulationModel compiled = SimulationModel.compile(model(CrewPolicy.PRIORITY));
        int seeds = 20; // 20 x 20,000 cycles: first come first served would be 6 standard errors off (measured)
        int covered = 0;
        double sum = 0;
        double sumSquares = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            RareEventResult r = FailureBiasing.run(compiled, SimulationOptions.defaults().withHistories(20_000).withSeed(seed)
                    .withThreats(ThreatMode.OFF).withThreads(1));
            covered += r.unavailabilityEstimate().ciLow() <= exact && exact <= r.unavailabilityEstimate().ciHigh() ? 1 : 0;
            sum += r.unavailability();
            sumSquares += r.unavailability() * r.unavailability();
        }
        double mean = sum / seeds;
        double seOfMean = Math.sqrt((sumSquares - sum * mean) / (seeds - 1) / seeds);
        assertTrue(covered >= 17, "95 % CI covered the exact " + exact + " in " + covered + " of 20 seeds");
        assertEquals(exact, mean, 4 * seOfMean, "mean of 20 seeds");
    }

    @Test
    void thePriorityMattersInThisModel() {
        // first come first served gives a clearly different unavailability, so the tests above would see a crew
        // that ignored the priorities
        double exact = exactUnavailability();
        RareEventResult fifo = FailureBiasing.run(SimulationModel.compile(model(CrewPolicy.FIFO)), SimulationOptions.defaults()
                .withHistories(200_000).withThreats(ThreatMode.OFF).withThreads(2));
        assertTrue(exact > fifo.unavailabilityEstimate().ciHigh(), "priority " + exact + ", first come first served "
                + fifo.unavailabilityEstimate());
    }

    @Test
    void plainSimulationWithAPriorityCrewCoversTheMarkovChain() {
        double exact = exactUnavailability();
        SimulationResult r = MonteCarloSimulation.run(SimulationModel.compile(model(CrewPolicy.PRIORITY)),
                SimulationOptions.defaults().withHistories(4000).withYears(5).withSeed(3).withThreats(ThreatMode.OFF)
                        .withThreads(2));
        double u = r.unavailability();
        double half = u * r.relativeCiHalfWidth();
        assertEquals(exact, u, Math.max(half, 1e-12), "plain simulation " + u + " ± " + half);
    }
}
