package org.nines.analysis.system;

import java.util.Objects;

import org.nines.analysis.Availability;

/**
 * Immutable view of one component as the engines see it: its failure law (or fixed probability), its repair law
 * (null when not repairable) and its costs. Times in hours, money in the model currency.
 *
 * @param failure            time-to-failure law, or null when the component has a fixed probability of being failed
 * @param fixedProbability   probability of being failed when {@code failure} is null, else NaN
 * @param repair             time-to-repair law, or null for a non-repairable component
 */
public record ComponentSnapshot(String id, String name, String kind, String siteId, Reliability failure,
        double fixedProbability, Reliability repair, double capex, double opexPerYear, double serviceLifeYears) {

    public ComponentSnapshot {
        Objects.requireNonNull(id, "component id");
        if (failure == null && !(fixedProbability >= 0 && fixedProbability <= 1)) {
            throw new IllegalArgumentException("component " + id + " needs a failure law or a probability in [0, 1]");
        }
    }

    public boolean isRepairable() {
        return repair != null;
    }

    /** Display label: the name if there is one, else the id. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    /**
     * Probability that the component is failed: steady state {@code MTTR / (MTTF + MTTR)} for repairable components
     * (alternating renewal process; any laws), {@code F(t)} at the mission time for non-repairable ones, the fixed
     * probability as given.
     */
    public double unavailability(double missionHours) {
        if (failure == null) {
            return fixedProbability;
        }
        if (repair == null) {
            return failure.cdf(missionHours);
        }
        return Availability.steadyStateUnavailability(failure.mean(), repair.mean());
    }

    /**
     * Unconditional failure frequency, failures per hour: {@code 1 / (MTTF + MTTR)} in steady state for repairable
     * components, the density {@code f(t)} at the mission time for non-repairable ones, {@code q / MTTR} for a fixed
     * probability with a repair law (steady state q = w · MTTR) and 0 for a fixed probability without one.
     */
    public double failuresPerHour(double missionHours) {
        if (failure == null) {
            return repair == null ? 0 : fixedProbability / repair.mean();
        }
        if (repair == null) {
            return failure.density(missionHours);
        }
        return 1 / (failure.mean() + repair.mean());
    }
}
