package org.nines.analysis.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * Simulates what-if alternatives with common random numbers and reports each one's difference to the first (the base)
 * from paired histories.
 *
 * <p>Every alternative runs with the same options, so history n of each uses the same master seed and n, and every
 * element present in both draws the same failures and repairs ({@link KeyedStream}). The difference in availability
 * alternative - base is then estimated from the paired per-history differences d_n = u_base,n - u_alt,n (u = the
 * history's unavailability): mean of d, 95 % confidence interval ± 1.96 sd(d) / sqrt(n) over the histories both runs
 * counted. Because the two histories of a pair share most of their randomness, sd(d) is far smaller than the spread of
 * either run, and so is this interval compared with the one of two independent runs, reported alongside
 * ({@link PairedDifference#unpairedHalfWidth()}).
 */
public final class PairedSimulation {
    private static final double Z95 = 1.959963984540054;

    /**
     * One alternative's simulation and its difference to the base.
     *
     * @param result           the alternative's own simulation result
     * @param differenceToBase its availability minus the base's, from paired histories; null for the base itself
     */
    public record Paired(SimulationResult result, PairedDifference differenceToBase) {
    }

    /**
     * Difference in availability (alternative - base) estimated from paired histories.
     *
     * @param mean              mean of the paired differences (positive: the alternative is more available)
     * @param ciLow             lower end of the 95 % confidence interval
     * @param ciHigh            upper end of the 95 % confidence interval
     * @param standardError     standard error of the mean difference, from the paired differences
     * @param unpairedHalfWidth 95 % half-width two independent runs of the same lengths would give (1.96 x
     *                          sqrt(se_base^2 + se_alt^2)), for comparison
     * @param pairs             histories paired (those both runs counted)
     */
    public record PairedDifference(double mean, double ciLow, double ciHigh, double standardError,
            double unpairedHalfWidth, long pairs) {
        /** @return half the width of the 95 % confidence interval */
        public double halfWidth() {
            return (ciHigh - ciLow) / 2;
        }
    }

    private PairedSimulation() {
    }

    /**
     * Simulates each alternative in turn with the same options (the first one is the base) and pairs each with the
     * base. The monitor sees each run's progress in turn; once it cancels, the remaining runs stop after their first
     * batch and every result is marked cancelled (partial).
     *
     * @param alternatives compiled models, base first
     * @return one entry per alternative, in the given order
     */
    public static List<Paired> run(List<SimulationModel> alternatives, SimulationOptions options, SimulationMonitor monitor) {
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("no alternative to simulate");
        }
        List<MonteCarloSimulation.Detailed> runs = new ArrayList<>();
        for (SimulationModel model : alternatives) {
            runs.add(MonteCarloSimulation.runKeepingHistories(model, options, monitor));
        }
        List<Paired> paired = new ArrayList<>();
        MonteCarloSimulation.Detailed base = runs.get(0);
        paired.add(new Paired(base.result(), null));
        for (int i = 1; i < runs.size(); i++) {
            paired.add(new Paired(runs.get(i).result(), difference(base, runs.get(i))));
        }
        return paired;
    }

    /** The paired difference alternative - base over the histories both counted. */
    static PairedDifference difference(MonteCarloSimulation.Detailed base, MonteCarloSimulation.Detailed alternative) {
        double[] ub = base.unavailabilityPerHistory();
        double[] ua = alternative.unavailabilityPerHistory();
        int n = Math.min(ub.length, ua.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += ub[i] - ua[i];
        }
        double mean = n > 0 ? sum / n : Double.NaN;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = ub[i] - ua[i] - mean;
            squares += d * d;
        }
        double se = n > 1 ? Math.sqrt(squares / (n - 1) / n) : Double.NaN;
        double unpaired = Z95 * Math.hypot(base.result().availability().standardError(),
                alternative.result().availability().standardError());
        return new PairedDifference(mean, mean - Z95 * se, mean + Z95 * se, se, unpaired, n);
    }
}
