package org.nines.analysis.simulation;

import java.util.List;

/**
 * Immutable result of a failure-biasing run ({@link FailureBiasing}): steady-state figures of a Markovian model with
 * 95 % confidence intervals. Times in hours; "per year" means per analysis period of the model (8,760 h by default).
 * Confidence intervals are mean ± 1.96 standard errors, the standard error of a ratio by the delta method.
 *
 * @param modelName              the simulated model
 * @param status                 why the run stopped; {@link SimulationResult.Status#CANCELLED} marks a partial result
 * @param cycles                 regenerative cycles simulated under failure biasing (the numerator), and as many
 *                               unbiased ones (the mean cycle length)
 * @param seed                   master seed
 * @param threads                worker threads used (no effect on the figures)
 * @param batchSize              cycles per batch (the stopping rule and cancellation act between batches)
 * @param biasProbability        probability given to the failure transitions together in states with a repair in
 *                               progress
 * @param periodHours            the analysis period, hours
 * @param unavailabilityEstimate steady-state unavailability (kept as such: 1 - A loses digits for 1e-9)
 * @param relativeCiHalfWidth    95 % half-width of the unavailability divided by the unavailability (NaN while no
 *                               downtime was seen)
 * @param downtimeHoursPerYear   unavailability times the period
 * @param outagesPerYear         service failures per period (steady-state frequency)
 * @param mtbfHours              mean up time between service failures: availability / failure frequency (infinite
 *                               without failures)
 * @param meanDowntimeHours      mean duration of a service failure: unavailability / failure frequency (0 without)
 * @param meanCycleHours         mean time between visits of the regeneration state (everything working), hours
 * @param likelihoodRatio        mean likelihood ratio of a biased cycle; 1 in expectation (a check of the weights)
 * @param cyclesWithOutage       biased cycles in which the service failed
 * @param componentContributions per structure variable and common-cause group ({@code ccf:<id>}), hours per year it
 *                               was failed while critical, as in {@link SimulationResult}; largest first
 * @param convergence            running availability estimate after a growing number of cycles
 * @param steps                  transitions simulated (biased and unbiased cycles)
 * @param wallSeconds            wall-clock time of the run
 */
public record RareEventResult(String modelName, SimulationResult.Status status, long cycles, long seed, int threads,
        int batchSize, double biasProbability, double periodHours, SimulationResult.Estimate unavailabilityEstimate,
        double relativeCiHalfWidth, SimulationResult.Estimate downtimeHoursPerYear, SimulationResult.Estimate outagesPerYear,
        double mtbfHours, double meanDowntimeHours, SimulationResult.Estimate meanCycleHours,
        SimulationResult.Estimate likelihoodRatio, long cyclesWithOutage, List<SimulationResult.Contribution> componentContributions,
        List<SimulationResult.ConvergencePoint> convergence, long steps, double wallSeconds) {

    public RareEventResult {
        componentContributions = List.copyOf(componentContributions);
        convergence = List.copyOf(convergence);
    }

    /** @return whether the result covers fewer cycles than asked for because the run was cancelled */
    public boolean partial() {
        return status == SimulationResult.Status.CANCELLED;
    }

    /** @return steady-state unavailability */
    public double unavailability() {
        return unavailabilityEstimate.mean();
    }

    /** @return steady-state availability with its 95 % confidence interval (from the unavailability's) */
    public SimulationResult.Estimate availability() {
        SimulationResult.Estimate u = unavailabilityEstimate;
        return new SimulationResult.Estimate(1 - u.mean(), 1 - u.ciHigh(), 1 - u.ciLow(), u.standardError());
    }
}
