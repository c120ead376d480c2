package org.nines.analysis.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.DiagramNode;
import org.nines.model.KofN;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * Speed of the simulation on synthetic models of 10, 100 and 1,000 components (behind {@code ./nines bench
 * --simulate}): events per CPU second of the simulating thread on one thread, the wall-time speed-up on two, and the
 * peak heap. The 100-component model is also run with ten times the histories to show that memory does not grow
 * with the number of histories. A measurement, not a test: figures depend on the machine and its load.
 *
 * <p>Model of n components: n/2 redundant pairs (1-of-2) in series, every fifth pair replaced by a 2-of-3 of its
 * own; exponential failures with MTBF 2,000 to 10,000 h and repairs of 4 to 24 h; unlimited crews; threats off.
 */
public final class SimulationBenchmark {
    /** Model sizes measured, in components. */
    public static final int[] SIZES = { 10, 100, 1000 };
    /** Size also run with ten times the histories, to compare peak heaps. */
    public static final int MEMORY_SIZE = 100;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * One measurement.
     *
     * @param components model size
     * @param histories one-year histories simulated (in each of the two runs)
     * @param events events processed by the one-thread run
     * @param wallSeconds wall time of the one-thread run, s
     * @param cpuSeconds CPU time of the simulating thread in the one-thread run, s
     * @param twoThreadWallSeconds wall time of the two-thread run, s
     * @param twoThreadEventsPerSecond events per wall second of the two-thread run
     * @param peakHeapBytes peak heap in use during both runs, garbage included (sum of the heap pools' peaks,
     *        counted from a collection before the runs); grows with the young generation the JVM chooses
     * @param peakOldBytes peak of the old generation (objects that survived a collection) during both runs: flat in
     *        the number of histories when the simulation keeps nothing per history
     * @param availability the one-thread estimate, to show that both runs simulate the same thing
     */
    public record Measurement(int components, long histories, long events, double wallSeconds, double cpuSeconds,
            double twoThreadWallSeconds, double twoThreadEventsPerSecond, long peakHeapBytes, long peakOldBytes, double availability) {
        /** Million events per CPU second of the simulating thread. */
        public double millionEventsPerCpuSecond() {
            return events / cpuSeconds / 1e6;
        }

        /** Wall-time speed-up of two threads over one. */
        public double speedUp() {
            return wallSeconds / twoThreadWallSeconds;
        }
    }

    private SimulationBenchmark() {
    }

    /** The synthetic model of {@code n} components described in the class comment. */
    public static SystemModel model(int n) {
        ModelBuilder b = ModelBuilder.model("bench-" + n);
        DiagramBuilder d = b.diagram("d", "Bench");
        DiagramNode previous = d.start();
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

    /**
     * Measures every size of {@link #SIZES} with about {@code seconds} of one-thread simulation each, then
     * {@link #MEMORY_SIZE} again with ten times those histories.
     *
     * @param seconds target wall seconds of each one-thread run (> 0)
     */
    public static List<Measurement> measureAll(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("benchmark seconds must be positive, got " + seconds);
        }
        List<Measurement> all = new ArrayList<>();
        long memoryHistories = 0;
        for (int n : SIZES) {
            SimulationModel model = SimulationModel.compile(model(n));
            long histories = calibrate(model, seconds);
            all.add(measure(n, model, histories));
            if (n == MEMORY_SIZE) {
                memoryHistories = 10 * histories;
            }
        }
        all.add(measure(MEMORY_SIZE, SimulationModel.compile(model(MEMORY_SIZE)), memoryHistories));
        return all;
    }

    /** Simulates {@code histories} of the model once on this thread and once on two threads. */
    public static Measurement measure(int components, SimulationModel model, long histories) {
        SimulationOptions options = baseOptions().withHistories(histories);
        System.gc();
        resetHeapPeaks();
        long cpu = THREADS.getCurrentThreadCpuTime();
        SimulationResult one = MonteCarloSimulation.run(model, options); // one thread: runs on this thread
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        SimulationResult two = MonteCarloSimulation.run(model, options.withThreads(2));
        return new Measurement(components, histories, one.events(), one.wallSeconds(), cpuSeconds, two.wallSeconds(),
                two.eventsPerSecond(), heapPeak(false), heapPeak(true), one.availability().mean());
    }

    private static SimulationOptions baseOptions() {
        return SimulationOptions.defaults().withThreats(ThreatMode.OFF);
    }

    /**
     * Warms the engine up (doubling the histories until a run takes a quarter of a CPU second, then once more) and
     * returns the histories that take about {@code seconds} on one thread.
     */
    private static long calibrate(SimulationModel model, double seconds) {
        long histories = 1000;
        double cpuSeconds = cpuSeconds(model, histories);
        while (cpuSeconds < 0.25) {
            histories *= 2;
            cpuSeconds = cpuSeconds(model, histories);
        }
        cpuSeconds = cpuSeconds(model, histories);
        return Math.max(1000, (long) (histories * seconds / cpuSeconds));
    }

    private static double cpuSeconds(SimulationModel model, long histories) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        MonteCarloSimulation.run(model, baseOptions().withHistories(histories));
        return (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetHeapPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the peaks of the heap pools, or of the old-generation pool only ("Tenured Gen", "G1 Old Gen" ...). */
    private static long heapPeak(boolean oldOnly) {
        return heapPools().stream().filter(p -> !oldOnly || isOld(p)).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static boolean isOld(MemoryPoolMXBean pool) {
        String name = pool.getName();
        return name.contains("Old") || name.contains("Tenured");
    }
}
