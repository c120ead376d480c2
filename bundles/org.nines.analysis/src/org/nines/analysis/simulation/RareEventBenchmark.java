package org.nines.analysis.simulation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * Failure biasing against plain sampling on highly available models, in the same process: wall time and cycles for
 * failure biasing to reach ±5 % (95 % confidence) on the unavailability, and the relative half-width plain sampling
 * (one-year histories) reaches in the same wall time. A measurement, not a test: times depend on the machine and its
 * load. Models: the meshed-network example (five nines; built here in code with the example's data, since this bundle
 * does not read model files) and the same network with repairs ten and a hundred times faster (seven and nine nines).
 *
 * <p>Run: {@code java -cp ... org.nines.analysis.simulation.RareEventBenchmark [THREADS]}.
 */
public final class RareEventBenchmark {
    /** Target relative 95 % half-width. */
    public static final double TARGET = 0.05;

    private RareEventBenchmark() {
    }

    /**
     * One model's figures.
     *
     * @param model          model name
     * @param exact          the exact engine's unavailability
     * @param biased         the failure-biasing run (stopped at ±5 %)
     * @param plainHistories histories plain sampling simulated in the same wall time
     * @param plainEstimate  plain sampling's unavailability estimate then
     * @param plainRelative  plain sampling's relative 95 % half-width then (NaN: no downtime seen)
     */
    public record Line(String model, double exact, RareEventResult biased, long plainHistories, double plainEstimate,
            double plainRelative) {
    }

    /**
     * The meshed-network example (examples/meshed-network.nines without its risks and the disabled planned link):
     * hall 3 reaches the server room over a bridge (north access switch to core 1 directly or to core 2 over the cross
     * link, south access switch to core 2), hall 4 over two single paths; both use the same two core switches.
     *
     * @param repairFactor every MTTR is multiplied by this (1 = the example)
     */
    public static SystemModel meshedNetwork(double repairFactor) {
        ModelBuilder b = ModelBuilder.model(repairFactor == 1 ? "Plant backbone, halls 3 and 4"
                : String.format(Locale.ROOT, "Plant backbone, repairs x %s", repairFactor));
        Component core1 = b.component("core-1", "Core switch 1", ComponentKind.NETWORK_SWITCH, 250_000, 6 * repairFactor);
        Component core2 = b.component("core-2", "Core switch 2", ComponentKind.NETWORK_SWITCH, 250_000, 6 * repairFactor);
        Component acc3n = b.component("acc-3n", "Hall 3 access switch north", ComponentKind.NETWORK_SWITCH, 200_000, 4 * repairFactor);
        Component acc3s = b.component("acc-3s", "Hall 3 access switch south", ComponentKind.NETWORK_SWITCH, 200_000, 4 * repairFactor);
        Component acc4a = b.component("acc-4a", "Hall 4 access switch A", ComponentKind.NETWORK_SWITCH, 200_000, 4 * repairFactor);
        Component acc4b = b.component("acc-4b", "Hall 4 access switch B", ComponentKind.NETWORK_SWITCH, 200_000, 4 * repairFactor);
        Component l3n = b.component("lnk-3n-c1", "Fibre hall 3 north - core 1", ComponentKind.LINK, 8760, 24 * repairFactor);
        Component l3s = b.component("lnk-3s-c2", "Fibre hall 3 south - core 2", ComponentKind.LINK, 8760, 24 * repairFactor);
        Component lx = b.component("lnk-x", "Cross link hall 3 north - core 2", ComponentKind.LINK, 8760, 24 * repairFactor);
        Component l4a = b.component("lnk-4a-c1", "Fibre hall 4 A - core 1", ComponentKind.LINK, 8760, 24 * repairFactor);
        Component l4b = b.component("lnk-4b-c2", "Fibre hall 4 B - core 2", ComponentKind.LINK, 8760, 24 * repairFactor);
        DiagramBuilder hall3 = b.diagram("d-hall3", "Hall 3 connectivity");
        Block n = hall3.block("b-h3-acc-3n", acc3n);
        Block s = hall3.block("b-h3-acc-3s", acc3s);
        Block c1 = hall3.block("b-h3-core-1", core1);
        Block c2 = hall3.block("b-h3-core-2", core2);
        hall3.connect(hall3.start(), n);
        hall3.connect(hall3.start(), s);
        hall3.chain(n, hall3.block("b-h3-lnk-3n-c1", l3n), c1);
        hall3.chain(n, hall3.block("b-h3-lnk-x", lx), c2);
        hall3.chain(s, hall3.block("b-h3-lnk-3s-c2", l3s), c2);
        hall3.connect(c1, hall3.end());
        hall3.connect(c2, hall3.end());
        DiagramBuilder hall4 = b.diagram("d-hall4", "Hall 4 connectivity");
        hall4.chain(hall4.start(), hall4.block("b-h4-acc-4a", acc4a), hall4.block("b-h4-lnk-4a-c1", l4a),
                hall4.block("b-h4-core-1", core1), hall4.end());
        hall4.chain(hall4.start(), hall4.block("b-h4-acc-4b", acc4b), hall4.block("b-h4-lnk-4b-c2", l4b),
                hall4.block("b-h4-core-2", core2), hall4.end());
        DiagramBuilder top = b.diagram("d-net", "Plant backbone");
        top.chain(top.start(), top.subDiagram("b-hall3", hall3.diagram()), top.subDiagram("b-hall4", hall4.diagram()), top.end());
        SystemModel model = b.build();
        model.setTopDiagram(top.diagram());
        return model;
    }

    /** Measures one model: failure biasing to ±5 %, then plain sampling for the same wall time. */
    public static Line measure(SystemModel model, int threads) {
        double exact = AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.noCutSets())
                .unavailability();
        SimulationModel compiled = SimulationModel.compile(model);
        SimulationOptions options = SimulationOptions.defaults().withHistories(Long.MAX_VALUE / 2).withThreads(threads)
                .withThreats(ThreatMode.OFF).withTargetRelativeCi(TARGET);
        FailureBiasing.run(compiled, options.withHistories(20_000).withTargetRelativeCi(0)); // warm-up
        RareEventResult biased = FailureBiasing.run(compiled, options);
        long deadline = System.nanoTime() + (long) (biased.wallSeconds() * 1e9);
        SimulationResult plain = MonteCarloSimulation.run(compiled, options.withTargetRelativeCi(0), new SimulationMonitor() {
            @Override
            public boolean isCancelled() {
                return System.nanoTime() >= deadline;
            }
        });
        return new Line(model.getName(), exact, biased, plain.histories(), plain.unavailability(), plain.relativeCiHalfWidth());
    }

    /** The three models: repairs as in the example, ten and a hundred times faster. */
    public static List<Line> measureAll(int threads) {
        List<Line> lines = new ArrayList<>();
        for (double factor : new double[] { 1, 0.1, 0.01 }) {
            lines.add(measure(meshedNetwork(factor), threads));
        }
        return lines;
    }

    /** Prints the figures of {@link #measureAll(int)} on {@code out}. */
    public static void print(List<Line> lines, PrintStream out) {
        for (Line l : lines) {
            RareEventResult r = l.biased();
            out.printf(Locale.ROOT, "%s%n  exact U %.4e%n  failure biasing: U %.4e (95 %% CI %.4e to %.4e, ±%.1f %%, covers exact: %s)"
                    + " after %,d cycles (%,d steps) in %.3f s on %d thread%s%n  plain sampling, same wall time: U %.4e ± %s after %,d"
                    + " one-year histories%n", l.model(), l.exact(), r.unavailability(), r.unavailabilityEstimate().ciLow(),
                    r.unavailabilityEstimate().ciHigh(), 100 * r.relativeCiHalfWidth(),
                    r.unavailabilityEstimate().ciLow() <= l.exact() && l.exact() <= r.unavailabilityEstimate().ciHigh(),
                    r.cycles(), r.steps(), r.wallSeconds(), r.threads(), r.threads() == 1 ? "" : "s", l.plainEstimate(),
                    Double.isFinite(l.plainRelative()) ? String.format(Locale.ROOT, "%.0f %%", 100 * l.plainRelative())
                            : "undefined (no downtime seen)",
                    l.plainHistories());
        }
    }

    /** @param args optional: number of threads (default: all processors) */
    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        print(measureAll(threads), System.out);
    }
}
