package org.nines.analysis.simulation;

import java.util.List;

/**
 * Immutable result of a Monte Carlo availability simulation, for the workbench, charts, export, command line and tests.
 * Times in hours; "per year" means per analysis period of the model (8,760 h by default), i.e. a figure of one history
 * divided by {@code years}.
 *
 * @param modelName              the simulated model
 * @param status                 why the run stopped; {@link Status#CANCELLED} marks a partial result
 * @param histories              independent histories simulated
 * @param years                  length of one history in analysis periods
 * @param periodHours            the analysis period, hours
 * @param seed                   master seed
 * @param threads                worker threads used (no effect on the figures)
 * @param batchSize              histories per batch (the stopping rule and cancellation act between batches)
 * @param threats                which risk figures drove threat shocks
 * @param availability           mean fraction of time the service was up, with its 95 % confidence interval (normal
 *                               approximation over independent histories: mean ± 1.96 standard errors)
 * @param relativeCiHalfWidth    95 % half-width divided by the mean unavailability (NaN while no downtime was seen)
 * @param downtimeHoursPerYear   distribution over histories of the service downtime per year
 * @param outagesPerYear         distribution over histories of the number of service outages per year
 * @param outageDurationHours    distribution of the duration of single outages (an outage still going on at the end
 *                               of a history counts with its duration so far)
 * @param mtbfHours              total up time / number of outages (infinite without outages)
 * @param meanDowntimeHours      total downtime / number of outages (0 without outages)
 * @param componentContributions per structure variable (component or standby group, keyed as the exact engine's
 *                               events) and per common-cause group (key {@code ccf:<id>}), hours per year it was
 *                               failed while critical: down on its own account (a group: its common-cause outage in
 *                               progress) with the service down, its restoration alone restoring the service; largest
 *                               first
 * @param threatContributions    per risk: occurrences per year and hours per year of service downtime while one of its
 *                               outages was in progress; model order
 * @param convergence            running estimate after a growing number of histories, for a convergence chart
 * @param events                 discrete events simulated (failures, repairs, switch-overs, shocks, restocks)
 * @param wallSeconds            wall-clock time of the run
 */
public record SimulationResult(String modelName, Status status, long histories, double years, double periodHours,
        long seed, int threads, int batchSize, ThreatMode threats, Estimate availability, double relativeCiHalfWidth,
        Distribution downtimeHoursPerYear, Distribution outagesPerYear, Distribution outageDurationHours,
        double mtbfHours, double meanDowntimeHours, List<Contribution> componentContributions,
        List<ThreatContribution> threatContributions, List<ConvergencePoint> convergence, long events, double wallSeconds) {

    public SimulationResult {
        componentContributions = List.copyOf(componentContributions);
        threatContributions = List.copyOf(threatContributions);
        convergence = List.copyOf(convergence);
    }

    /** Why a run stopped. */
    public enum Status {
        /** All requested histories were simulated. */
        COMPLETED,
        /** The target relative confidence half-width was reached. */
        TARGET_REACHED,
        /** Cancelled: the figures are those of the histories finished so far (a partial result). */
        CANCELLED
    }

    /** A mean with its 95 % confidence interval. */
    public record Estimate(double mean, double ciLow, double ciHigh, double standardError) {
    }

    /** One histogram bin: values in [lower, upper) (a bin [0, 0] holds exact zeros). */
    public record Bin(double lower, double upper, long count) {
    }

    /** Summary of a distribution over {@code count} values, with a histogram for charts. */
    public record Distribution(long count, double mean, double p50, double p90, double p99, double max, List<Bin> histogram) {
        public Distribution {
            histogram = List.copyOf(histogram);
        }
    }

    /**
     * Downtime a structure variable or common-cause group caused. {@code share} is its fraction of all downtime (shares
     * may overlap).
     */
    public record Contribution(String key, String label, double downtimeHoursPerYear, double share) {
    }

    /** What a risk-register threat did. */
    public record ThreatContribution(String riskId, String label, double occurrencesPerYear, double downtimeHoursPerYear) {
    }

    /** The estimate after {@code histories} histories. */
    public record ConvergencePoint(long histories, double availability, double ciLow, double ciHigh) {
    }

    /** @return whether the result covers fewer histories than asked for because the run was cancelled */
    public boolean partial() {
        return status == Status.CANCELLED;
    }

    /** @return mean unavailability, 1 - availability */
    public double unavailability() {
        return 1 - availability.mean();
    }

    /** @return events per second of wall time (all threads together) */
    public double eventsPerSecond() {
        return wallSeconds > 0 ? events / wallSeconds : Double.NaN;
    }
}
