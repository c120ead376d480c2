package org.nines.analysis.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Steady-state availability of highly available Markovian models by regenerative simulation with balanced failure
 * biasing (Shahabuddin 1994, "Importance sampling for the simulation of highly reliable Markovian systems",
 * Management Science 40(3); Goyal, Shahabuddin, Heidelberger, Nicola and Glynn 1992, "A unified framework for
 * simulating Markovian models of highly dependable systems", IEEE Trans. Computers 41(1)). Static entry point
 * {@link #run}; never modifies its input.
 *
 * <p><b>Method.</b> The model's behaviour is a continuous-time Markov chain ({@link RegenerativeChain}) that returns
 * again and again to the state "everything works". By the renewal-reward theorem the unavailability is
 * {@code U = E[Z] / E[T]}: Z the service downtime in one cycle between two such visits, T the cycle's length. Both are
 * estimated with the expected holding time 1/q of each state visited instead of a drawn one (conditional Monte Carlo:
 * same mean, less variance). E[Z] comes from cycles simulated under <em>balanced failure biasing</em>: in a state with
 * a repair in progress a failure transition is taken with probability {@link #DEFAULT_BIAS} (each possible failure
 * equally likely) and a repair with the rest, in proportion to the repair rates; in the regeneration state the first
 * failure is drawn from an even mixture of equal and true probabilities (so its likelihood ratio stays below 2). Each
 * step multiplies the cycle's likelihood ratio by (true probability / biased probability) of the transition taken,
 * and every downtime term is weighted by the ratio reached, so the estimator stays unbiased. Biasing stops, for the
 * rest of the cycle, when the service fails or when everything works again (a standby group then runs on another
 * member, so the cycle is not over; biasing its later excursions too would multiply their ratios). E[T] comes from as
 * many cycles simulated without biasing (they are short, so plain sampling suits them). The 95 % confidence interval
 * of the ratio is the delta method's: {@code se(U)² = (s_Z²/n + U² s_T²/n) / T̄²}, the two samples being independent.
 * The outage frequency is estimated the same way from the weighted number of service failures per cycle.
 *
 * <p><b>Reproducibility.</b> Cycle i draws from a stream keyed by the master seed and i only (one key for the biased,
 * one for the unbiased cycles); cycles are run in fixed batches, which are added up strictly in batch order with the
 * stopping rule checked between batches, so the figures are bit-identical whatever the number of threads. Cancelling
 * returns the batches added so far, marked as partial.
 */
public final class FailureBiasing {
    /** Probability of a failure transition in a state with a repair in progress. */
    public static final double DEFAULT_BIAS = 0.5;
    /** Early stopping needs at least this many batches and this many biased cycles in which the service failed. */
    static final int MIN_BATCHES_TO_STOP = 4;
    static final long MIN_OUTAGE_CYCLES_TO_STOP = 30;
    private static final double Z95 = 1.959963984540054;
    private static final long BIASED_KEY = KeyedStream.key("failure-biasing", "biased cycle");
    private static final long PLAIN_KEY = KeyedStream.key("failure-biasing", "plain cycle");

    private FailureBiasing() {
    }

    /** Runs with {@link #DEFAULT_BIAS} and {@link SimulationMonitor#NONE}. */
    public static RareEventResult run(SimulationModel model, SimulationOptions options) {
        return run(model, options, DEFAULT_BIAS, SimulationMonitor.NONE);
    }

    /** Runs with {@link #DEFAULT_BIAS}. */
    public static RareEventResult run(SimulationModel model, SimulationOptions options, SimulationMonitor monitor) {
        return run(model, options, DEFAULT_BIAS, monitor);
    }

    /**
     * Simulates until {@code options.maxHistories()} cycles (of each kind), the target relative confidence half-width,
     * or cancellation through the monitor (progress is reported in cycles). {@code options.years()} plays no part:
     * the figures are steady-state ones.
     *
     * @param bias probability of a failure transition in a biased state with a repair in progress, in (0, 1)
     * @throws IllegalArgumentException naming the element when the model is not Markovian ({@link #requireMarkovian})
     */
    public static RareEventResult run(SimulationModel model, SimulationOptions options, double bias, SimulationMonitor monitor) {
        if (!(bias > 0 && bias < 1)) {
            throw new IllegalArgumentException("the failure-biasing probability must be in (0, 1), got " + bias);
        }
        requireMarkovian(model, options.threats());
        return new Run(model, options, bias, monitor == null ? SimulationMonitor.NONE : monitor).execute();
    }

    /**
     * Checks that every behaviour of the model is Markovian, so that failure biasing describes the same system as the
     * plain simulation: exponential failure and repair laws (a repairable fixed-probability component is exponential
     * by construction), repairable components (or components that never fail), no logistic delay, travel time or spare
     * pool, instantaneous standby switch-over, exponential common-cause repairs, and no threats.
     *
     * @throws IllegalArgumentException naming the first element that is not, with the reason
     */
    public static void requireMarkovian(SimulationModel m, ThreatMode threats) {
        String plain = " — use the plain simulation";
        if (m.logisticDelayHours > 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "model '%s': logistic delay of %s h (a fixed time);"
                    + " failure biasing needs exponential times only%s", m.name, m.logisticDelayHours, plain));
        }
        for (int c = 0; c < m.componentIds.length; c++) {
            String who = "component '" + m.componentIds[c] + "'";
            double p = m.fixedProbability[c];
            if (p >= 1) {
                throw new IllegalArgumentException(who + ": failed with probability 1 for whole histories; failure biasing"
                        + " needs a steady state" + plain);
            }
            if (p > 0 && m.repairLaw[c] == null) { // compiled to a law that never fails: the chain would not see it
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: failed with probability %s for whole"
                        + " histories (not repairable); failure biasing needs a steady state%s", who, p, plain));
            }
            Law failure = m.failureLaw[c];
            if (failure.kind() != Law.Kind.EXPONENTIAL && failure.kind() != Law.Kind.NEVER) {
                throw new IllegalArgumentException(who + ": " + lawName(failure) + " failure law; failure biasing needs"
                        + " exponential laws" + plain);
            }
            boolean canFail = failure.kind() != Law.Kind.NEVER || inShockingGroupWithoutCommonRepair(m, c);
            if (!canFail) {
                continue;
            }
            Law repair = m.repairLaw[c];
            if (repair == null) {
                throw new IllegalArgumentException(who + ": not repairable; failure biasing estimates a steady state and"
                        + " needs repairable components" + plain);
            }
            if (repair.kind() != Law.Kind.EXPONENTIAL) {
                throw new IllegalArgumentException(who + ": " + lawName(repair) + " repair law; failure biasing needs"
                        + " exponential laws" + plain);
            }
            if (m.travelHours[c] > 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: travel time of %s h to its site (a fixed"
                        + " time); failure biasing needs exponential times only%s", who, m.travelHours[c], plain));
            }
            if (m.sparePoolOf[c] >= 0) {
                throw new IllegalArgumentException(who + ": its kind has a spare pool (fixed restock time); failure biasing"
                        + " needs exponential times only" + plain);
            }
        }
        for (int g = 0; g < m.groupIds.length; g++) {
            if (m.groupSwitchoverHours[g] > 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "standby group '%s': switch-over time of %s h"
                        + " (a fixed time); failure biasing needs instantaneous switch-over%s", m.groupIds[g],
                        m.groupSwitchoverHours[g], plain));
            }
        }
        for (int k = 0; k < m.ccfIds.length; k++) {
            Law[] laws = m.ccfRepairLaws[k];
            if (laws != null && m.ccfRatePerHour[k] > 0) {
                for (Law law : laws) {
                    if (law.kind() != Law.Kind.EXPONENTIAL) {
                        throw new IllegalArgumentException("common-cause group '" + m.ccfIds[k] + "': a member has a "
                                + lawName(law) + " repair law, which ends its common-cause outages; failure biasing needs"
                                + " exponential laws" + plain);
                    }
                }
            }
        }
        if (threats != ThreatMode.OFF) {
            double[] rates = threats == ThreatMode.RESIDUAL ? m.riskResidualRatePerHour : m.riskRatePerHour;
            double[] hours = threats == ThreatMode.RESIDUAL ? m.riskResidualOutageHours : m.riskOutageHours;
            for (int r = 0; r < m.riskIds.length; r++) {
                if (rates[r] > 0 && hours[r] > 0 && m.riskComponents[r].length > 0) {
                    throw new IllegalArgumentException("risk '" + m.riskIds[r] + "': threat outages last a fixed time;"
                            + " failure biasing needs threats off (--threats off)" + plain + " for threats");
                }
            }
        }
    }

    /** Whether a common-cause group without a common repair (shocks fail each member) can shock component c. */
    private static boolean inShockingGroupWithoutCommonRepair(SimulationModel m, int c) {
        for (int k = 0; k < m.ccfIds.length; k++) {
            if (m.ccfRepairLaws[k] == null && m.ccfRatePerHour[k] > 0) {
                for (int member : m.ccfMembers[k]) {
                    if (member == c) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String lawName(Law law) {
        return switch (law.kind()) {
            case EXPONENTIAL -> "exponential";
            case WEIBULL -> "Weibull";
            case LOGNORMAL -> "lognormal";
            case NORMAL -> "normal";
            case UNIFORM -> "uniform";
            case FIXED -> "fixed-time";
            case NEVER -> "no";
        };
    }

    /** Sums over cycles; combined strictly in batch order. */
    static final class Sums {
        long cycles;
        long outageCycles;
        long steps;
        double z;
        double zz;
        double f;
        double ff;
        double t;
        double tt;
        double l;
        double ll;
        final double[] critical;

        Sums(int contributors) {
            critical = new double[contributors];
        }

        void addBiased(RegenerativeChain.Cycle c) {
            cycles++;
            steps += c.steps;
            z += c.downtime;
            zz += c.downtime * c.downtime;
            f += c.outages;
            ff += c.outages * c.outages;
            l += c.likelihoodRatio;
            ll += c.likelihoodRatio * c.likelihoodRatio;
            if (c.outages > 0) {
                outageCycles++;
            }
            for (int i = 0; i < critical.length; i++) {
                critical[i] += c.criticalHours[i];
            }
        }

        void addPlain(RegenerativeChain.Cycle c) {
            steps += c.steps;
            t += c.length;
            tt += c.length * c.length;
        }

        void combine(Sums o) {
            cycles += o.cycles;
            outageCycles += o.outageCycles;
            steps += o.steps;
            z += o.z;
            zz += o.zz;
            f += o.f;
            ff += o.ff;
            t += o.t;
            tt += o.tt;
            l += o.l;
            ll += o.ll;
            for (int i = 0; i < critical.length; i++) {
                critical[i] += o.critical[i];
            }
        }

        /** Sample variance of a quantity with sum s and sum of squares ss over the cycles. */
        double variance(double s, double ss) {
            if (cycles < 2) {
                return Double.NaN;
            }
            double mean = s / cycles;
            return Math.max(0, (ss - s * mean) / (cycles - 1));
        }

        /** Ratio estimate E[numerator]/E[T] with the delta-method standard error: {mean, standard error}. */
        double[] ratio(double s, double ss) {
            double mean = s / t;
            double tMean = t / cycles;
            double se = Math.sqrt(variance(s, ss) / cycles + mean * mean * variance(t, tt) / cycles) / tMean;
            return new double[] { mean, se };
        }
    }

    /** The state of one run: in-order merging of the batches ({@link OrderedBatches}), stopping rule. */
    private static final class Run {
        final SimulationModel model;
        final SimulationOptions options;
        final double bias;
        final SimulationMonitor monitor;
        final long batches;
        final Sums total;
        final List<SimulationResult.ConvergencePoint> trace = new ArrayList<>();
        double nextTracePoint;
        SimulationResult.Status status = SimulationResult.Status.COMPLETED;

        Run(SimulationModel model, SimulationOptions options, double bias, SimulationMonitor monitor) {
            this.model = model;
            this.options = options;
            this.bias = bias;
            this.monitor = monitor;
            this.batches = (options.maxHistories() + options.batchSize() - 1) / options.batchSize();
            this.total = new Sums(model.contributorCount());
        }

        RareEventResult execute() {
            long started = System.nanoTime();
            RegenerativeChain probe = new RegenerativeChain(model, bias);
            if (!probe.canLeaveRegeneration()) {
                return constant(probe.downInRegeneration(), (System.nanoTime() - started) / 1e9);
            }
            OrderedBatches.run(batches, options.threads(), "nines-failure-biasing", Worker::new, Worker::simulate, this::merge);
            return result((System.nanoTime() - started) / 1e9);
        }

        /** Nothing can fail (or be repaired): the service is up, or down, for good. */
        RareEventResult constant(boolean down, double seconds) {
            double u = down ? 1 : 0;
            SimulationResult.Estimate exact = new SimulationResult.Estimate(u, u, u, 0);
            return new RareEventResult(model.name, status, 0, options.seed(), options.threads(), options.batchSize(), bias,
                    model.periodHours, exact, Double.NaN, new SimulationResult.Estimate(u * model.periodHours,
                            u * model.periodHours, u * model.periodHours, 0), new SimulationResult.Estimate(0, 0, 0, 0),
                    down ? 0 : Double.POSITIVE_INFINITY, down ? Double.POSITIVE_INFINITY : 0,
                    new SimulationResult.Estimate(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0),
                    new SimulationResult.Estimate(1, 1, 1, 0), 0, List.of(), List.of(), 0, seconds);
        }

        /** One worker's chain, cycle record and streams. */
        final class Worker {
            final RegenerativeChain chain = new RegenerativeChain(model, bias);
            final RegenerativeChain.Cycle cycle = new RegenerativeChain.Cycle(model.contributorCount());
            final KeyedStream biasedStream = new KeyedStream(BIASED_KEY);
            final KeyedStream plainStream = new KeyedStream(PLAIN_KEY);
            final Sampling biased = new Sampling(biasedStream);
            final Sampling plain = new Sampling(plainStream);

            Sums simulate(long batch) {
                long first = batch * options.batchSize();
                long end = Math.min(first + options.batchSize(), options.maxHistories());
                Sums sums = new Sums(model.contributorCount());
                for (long i = first; i < end; i++) {
                    long base = KeyedStream.historyBase(options.seed(), i);
                    biasedStream.restart(base);
                    chain.cycle(true, biased, cycle);
                    sums.addBiased(cycle);
                    plainStream.restart(base);
                    chain.cycle(false, plain, cycle);
                    sums.addPlain(cycle);
                }
                return sums;
            }
        }

        /** Adds one batch (the next in order) and applies the stopping rule; returns false to stop. */
        boolean merge(Sums batch) {
            total.combine(batch);
            long n = total.cycles;
            double[] u = total.ratio(total.z, total.zz);
            double half = Z95 * u[1];
            double relative = u[0] > 0 ? half / u[0] : Double.NaN;
            if (n >= nextTracePoint || n >= options.maxHistories()) {
                trace.add(point(n, u[0], half));
                nextTracePoint = Math.max(n + 1, n * 1.1);
            }
            monitor.progress(n, options.maxHistories(), 1 - u[0], relative);
            long batchesDone = (n + options.batchSize() - 1) / options.batchSize();
            if (options.targetRelativeCi() > 0 && batchesDone >= MIN_BATCHES_TO_STOP
                    && total.outageCycles >= MIN_OUTAGE_CYCLES_TO_STOP && relative <= options.targetRelativeCi()) {
                status = SimulationResult.Status.TARGET_REACHED;
                return false;
            } else if (monitor.isCancelled()) {
                status = SimulationResult.Status.CANCELLED;
                return false;
            }
            return true;
        }

        static SimulationResult.ConvergencePoint point(long cycles, double u, double half) {
            return new SimulationResult.ConvergencePoint(cycles, 1 - u, 1 - (u + half), 1 - Math.max(0, u - half));
        }

        RareEventResult result(double seconds) {
            Sums s = total;
            double period = model.periodHours;
            if (s.cycles == 0) {
                SimulationResult.Estimate none = new SimulationResult.Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                return new RareEventResult(model.name, status, 0, options.seed(), options.threads(), options.batchSize(),
                        bias, period, none, Double.NaN, none, none, Double.NaN, Double.NaN, none, none, 0, List.of(),
                        List.of(), 0, seconds);
            }
            double[] u = s.ratio(s.z, s.zz);
            double[] f = s.ratio(s.f, s.ff);
            double half = Z95 * u[1];
            if (trace.isEmpty() || trace.get(trace.size() - 1).histories() != s.cycles) {
                trace.add(point(s.cycles, u[0], half));
            }
            double tMean = s.t / s.cycles;
            double tSe = Math.sqrt(s.variance(s.t, s.tt) / s.cycles);
            double lMean = s.l / s.cycles;
            double lSe = Math.sqrt(s.variance(s.l, s.ll) / s.cycles);
            List<SimulationResult.Contribution> contributions = new ArrayList<>();
            for (int v = 0; v < model.contributorCount(); v++) {
                int k = v - model.variableKeys.length;
                String key = k < 0 ? model.variableKeys[v] : "ccf:" + model.ccfIds[k];
                String label = k < 0 ? model.variableLabels[v] : model.ccfLabels[k];
                contributions.add(new SimulationResult.Contribution(key, label, s.critical[v] / s.t * period,
                        s.z > 0 ? s.critical[v] / s.z : 0));
            }
            contributions.sort(Comparator.comparingDouble(SimulationResult.Contribution::downtimeHoursPerYear).reversed());
            double frequency = f[0]; // failures per hour
            return new RareEventResult(model.name, status, s.cycles, options.seed(), options.threads(), options.batchSize(),
                    bias, period, estimate(u[0], u[1], 1), u[0] > 0 ? half / u[0] : Double.NaN, estimate(u[0], u[1], period),
                    estimate(f[0], f[1], period), frequency > 0 ? (1 - u[0]) / frequency : Double.POSITIVE_INFINITY,
                    frequency > 0 ? u[0] / frequency : 0, estimate(tMean, tSe, 1), estimate(lMean, lSe, 1), s.outageCycles,
                    contributions, trace, s.steps, seconds);
        }

        /** mean ± 1.96 se, scaled; the lower bound not below 0. */
        private static SimulationResult.Estimate estimate(double mean, double se, double scale) {
            double half = Z95 * se;
            return new SimulationResult.Estimate(mean * scale, Math.max(0, mean - half) * scale, (mean + half) * scale, se * scale);
        }
    }
}
