package org.nines.analysis.simulation;

import java.util.Locale;

import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.KofN;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * Speed of the simulation on synthetic models of 10, 100 and 1,000 components: events per second on one thread and
 * the speed-up on two. The one-thread figure is per CPU second of the simulating thread, so that other load on the
 * machine does not distort it; the speed-up is wall time, which does. Not a test (no assertions on time); run by hand:
 * {@code java -cp ... org.nines.analysis.simulation.SimulationBenchmark [seconds per measurement]}.
 *
 * <p>Model of n components: n/2 redundant pairs (1-of-2) in series, then every fifth pair replaced by a 2-of-3 of
 * its own; exponential failures with MTBF 2,000 to 10,000 h and repairs of 4 to 24 h; unlimited crews.
 */
public final class SimulationBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private SimulationBenchmark() {
    }

    static SystemModel model(int n) {
        ModelBuilder b = ModelBuilder.model("bench-" + n);
        DiagramBuilder d = b.diagram("d", "Bench");
        var previous = (org.nines.model.DiagramNode) d.start();
        int i = 0;
        int group = 0;
        while (i < n) {
            int size = Math.min(n - i, group % 5 == 4 ? 3 : 2);
            KofN join = d.kOfN("k" + group, size == 3 ? 2 : 1);
            for (int j = 0; j < size; j++, i++) {
                Component c = b.component("c" + i, "C" + i, ComponentKind.SERVER, 2000 + 8000 * ((i * 37) % 101) / 100.0,
                        4 + 20 * ((i * 53) % 97) / 96.0);
                d.chain(previous, d.block("b" + i, c), join);
            }
            previous = join;
            group++;
        }
        d.connect(previous, d.end());
        return b.build();
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        for (int n : new int[] { 10, 100, 1000 }) {
            SimulationModel model = SimulationModel.compile(model(n));
            SimulationOptions base = SimulationOptions.defaults().withThreats(ThreatMode.OFF);
            MonteCarloSimulation.run(model, base.withHistories(2000)); // warm-up
            long histories = calibrate(model, base, seconds);
            long cpu = THREADS.getCurrentThreadCpuTime();
            SimulationResult one = MonteCarloSimulation.run(model, base.withHistories(histories)); // runs on this thread
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            SimulationResult two = MonteCarloSimulation.run(model, base.withHistories(histories).withThreads(2));
            System.out.printf(Locale.ROOT,
                    "%5d components: %,d histories, %,d events; 1 thread %.2f s wall, %.2f s CPU = %.2f M events per CPU second; "
                            + "2 threads %.2f s = %.2f M events/s (x%.2f); A = %.6f%n",
                    n, histories, one.events(), one.wallSeconds(), cpuSeconds, one.events() / cpuSeconds / 1e6, two.wallSeconds(),
                    two.eventsPerSecond() / 1e6, one.wallSeconds() / two.wallSeconds(), one.availability().mean());
        }
    }

    private static long calibrate(SimulationModel model, SimulationOptions base, double seconds) {
        SimulationResult probe = MonteCarloSimulation.run(model, base.withHistories(1000));
        return Math.max(1000, (long) (1000 * seconds / Math.max(1e-3, probe.wallSeconds())));
    }
}
