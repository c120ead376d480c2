package org.nines.analysis.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;


/**
 * Monte Carlo availability simulation: many independent histories of every component's failure and repair process
 * over the analysis period (see {@link Simulator} for the behaviour modelled), summarised as a
 * {@link SimulationResult}. Static entry point {@link #run}; never modifies its input.
 *
 * <p><b>Reproducibility and common random numbers.</b> In history n every model element (component, standby group,
 * common-cause group, risk) draws from its own stream, started from the master seed, n and the element's id
 * ({@link KeyedStream}). A history's outcome therefore depends on nothing else: not on the batch or thread that
 * simulates it, and not on the other elements' draws, so what-if alternatives simulated with the same seed see the
 * same failures and repairs of their common elements and their differences are not sampling noise
 * ({@link PairedSimulation}). Histories are simulated in fixed batches of {@link SimulationOptions#batchSize()};
 * batches are added up strictly in batch order, and the stopping rule (target precision, cancellation) is checked
 * between batches in that order, so a result is bit-identical for the same seed and batch size whatever the number
 * of threads, and a cancelled run covers whole batches. Batches that finished after the stopping point are discarded.
 *
 * <p><b>Estimates.</b> Each history yields its unavailability (downtime / history length); the availability is one
 * minus their mean, with a 95 % confidence interval of ±1.96 standard errors (histories are independent and
 * identically distributed, so the central limit theorem applies). Components start as new at time 0, so the estimate
 * is the mean availability over the period, which for repairable systems approaches the exact engine's steady-state
 * value as the period grows (the difference is of the order of MTTR / period).
 */
public final class MonteCarloSimulation {
    /** Early stopping needs at least this many batches and this many histories with some downtime. */
    static final int MIN_BATCHES_TO_STOP = 4;
    static final long MIN_DOWN_HISTORIES_TO_STOP = 30;
    private static final double Z95 = 1.959963984540054;

    private MonteCarloSimulation() {
    }

    /** Runs with {@link SimulationMonitor#NONE}. */
    public static SimulationResult run(SimulationModel model, SimulationOptions options) {
        return run(model, options, SimulationMonitor.NONE);
    }

    /**
     * Simulates until {@code options.maxHistories()} histories, the target relative confidence half-width, or
     * cancellation through the monitor, whichever comes first.
     */
    public static SimulationResult run(SimulationModel model, SimulationOptions options, SimulationMonitor monitor) {
        return new Run(model, options, monitor, false).execute();
    }

    /**
     * A result with the unavailability of every history counted, in history order (for paired comparisons).
     *
     * @param unavailabilityPerHistory {@code result.histories()} values, each downtime / history length
     */
    record Detailed(SimulationResult result, double[] unavailabilityPerHistory) {
    }

    /** As {@link #run(SimulationModel, SimulationOptions, SimulationMonitor)}, keeping every history's unavailability. */
    static Detailed runKeepingHistories(SimulationModel model, SimulationOptions options, SimulationMonitor monitor) {
        if (options.maxHistories() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a paired comparison keeps every history: at most " + (Integer.MAX_VALUE - 8)
                    + " histories, got " + options.maxHistories());
        }
        Run run = new Run(model, options, monitor, true);
        SimulationResult result = run.execute();
        return new Detailed(result, Arrays.copyOf(run.kept, (int) result.histories()));
    }

    /** The state of one run: in-order merging of the batches ({@link OrderedBatches}), stopping rule. */
    private static final class Run {
        final SimulationModel model;
        final SimulationOptions options;
        final SimulationMonitor monitor;
        final long batches;
        final boolean keepHistories;
        /** Unavailability per history counted, when kept. */
        double[] kept = new double[0];
        final Tally total;
        final List<SimulationResult.ConvergencePoint> trace = new ArrayList<>();
        double nextTracePoint;
        SimulationResult.Status status = SimulationResult.Status.COMPLETED;

        Run(SimulationModel model, SimulationOptions options, SimulationMonitor monitor, boolean keepHistories) {
            this.model = model;
            this.options = options;
            this.monitor = monitor == null ? SimulationMonitor.NONE : monitor;
            this.batches = (options.maxHistories() + options.batchSize() - 1) / options.batchSize();
            this.keepHistories = keepHistories;
            this.total = newTally();
        }

        Tally newTally() {
            return new Tally(model.contributorCount(), model.riskIds.length);
        }

        SimulationResult execute() {
            long started = System.nanoTime();
            OrderedBatches.run(batches, options.threads(), "nines-simulation",
                    () -> new Simulator(model, options.years(), options.threats()), this::simulate, this::merge);
            return result((System.nanoTime() - started) / 1e9);
        }

        Tally simulate(Simulator simulator, long batch) {
            long first = batch * options.batchSize();
            int size = (int) Math.min(options.batchSize(), options.maxHistories() - first);
            Tally tally = new Tally(model.contributorCount(), model.riskIds.length, keepHistories ? size : 0);
            simulator.run(options.seed(), first, size, tally);
            return tally;
        }

        /** Adds one batch (the next in order) and applies the stopping rule; returns false to stop. */
        boolean merge(Tally batch) {
            if (keepHistories) {
                int from = (int) total.histories;
                if (kept.length < from + batch.histories) {
                    kept = Arrays.copyOf(kept, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * kept.length, from + batch.histories)));
                }
                System.arraycopy(batch.unavailabilityPerHistory, 0, kept, from, (int) batch.histories);
            }
            total.combine(batch);
            long n = total.histories;
            double u = total.meanUnavailability();
            double half = Z95 * total.standardError();
            double relative = u > 0 ? half / u : Double.NaN;
            if (n >= nextTracePoint || n >= options.maxHistories()) {
                trace.add(new SimulationResult.ConvergencePoint(n, 1 - u, clamp(1 - u - half), clamp(1 - u + half)));
                nextTracePoint = Math.max(n + 1, n * 1.1);
            }
            monitor.progress(n, options.maxHistories(), 1 - u, relative);
            long batchesDone = (n + options.batchSize() - 1) / options.batchSize();
            long downHistories = total.downtimePerHistory.count() - total.downtimePerHistory.zeros();
            if (options.targetRelativeCi() > 0 && batchesDone >= MIN_BATCHES_TO_STOP
                    && downHistories >= MIN_DOWN_HISTORIES_TO_STOP && relative <= options.targetRelativeCi()) {
                status = SimulationResult.Status.TARGET_REACHED;
                return false;
            } else if (monitor.isCancelled()) {
                status = SimulationResult.Status.CANCELLED;
                return false;
            }
            return true;
        }

        SimulationResult result(double seconds) {
            Tally t = total;
            double years = options.years();
            double u = t.meanUnavailability();
            double half = Z95 * t.standardError();
            if (t.histories > 0 && (trace.isEmpty() || trace.get(trace.size() - 1).histories() != t.histories)) {
                trace.add(new SimulationResult.ConvergencePoint(t.histories, 1 - u, clamp(1 - u - half), clamp(1 - u + half)));
            }
            SimulationResult.Estimate availability = new SimulationResult.Estimate(1 - u, clamp(1 - u - half),
                    clamp(1 - u + half), t.standardError());
            double historyYears = t.histories * years;
            List<SimulationResult.Contribution> contributions = new ArrayList<>();
            for (int v = 0; v < model.contributorCount(); v++) {
                int k = v - model.variableKeys.length;
                String key = k < 0 ? model.variableKeys[v] : "ccf:" + model.ccfIds[k];
                String label = k < 0 ? model.variableLabels[v] : model.ccfLabels[k];
                contributions.add(new SimulationResult.Contribution(key, label, t.criticalHours[v] / historyYears,
                        t.downtimeHours > 0 ? t.criticalHours[v] / t.downtimeHours : 0));
            }
            contributions.sort(Comparator.comparingDouble(SimulationResult.Contribution::downtimeHoursPerYear).reversed());
            List<SimulationResult.ThreatContribution> threats = new ArrayList<>();
            for (int r = 0; r < model.riskIds.length; r++) {
                threats.add(new SimulationResult.ThreatContribution(model.riskIds[r], model.riskLabels[r],
                        t.threatOccurrences[r] / historyYears, t.threatDowntimeHours[r] / historyYears));
            }
            return new SimulationResult(model.name, status, t.histories, years, model.periodHours, options.seed(),
                    options.threads(), options.batchSize(), options.threats(), availability, u > 0 ? half / u : Double.NaN,
                    t.downtimePerHistory.summary(1 / years), t.outagesPerHistory.summary(1 / years),
                    t.outageDurations.summary(1), t.outages > 0 ? t.uptimeHours / t.outages : Double.POSITIVE_INFINITY,
                    t.outages > 0 ? t.downtimeHours / t.outages : 0, contributions, threats, trace, t.events, seconds);
        }

        private static double clamp(double a) {
            return Double.isNaN(a) ? a : Math.max(0, Math.min(1, a));
        }
    }
}
