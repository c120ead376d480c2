package org.nines.ui.analysis;

import java.time.Instant;
import java.util.Locale;

import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;

/**
 * One simulation of a model as the workbench shows it: the settings asked for, the result (partial when cancelled)
 * and when it finished. Exactly one of {@code result} (plain Monte Carlo) and {@code rareEvents} (failure biasing) is
 * set. Immutable.
 *
 * @param modelName  name of the model simulated
 * @param options    the settings asked for (threads resolved: never 0); with failure biasing the histories are the
 *                   largest number of regenerative cycles
 * @param result     the plain simulation's result, or null for failure biasing
 * @param rareEvents the failure-biasing result, or null for the plain simulation
 * @param finished   when the run finished
 */
public record SimulationRun(String modelName, SimulationOptions options, SimulationResult result, RareEventResult rareEvents,
        Instant finished) {
    public SimulationRun {
        if (options == null || finished == null || (result == null) == (rareEvents == null)) {
            throw new IllegalArgumentException("a simulation run needs its options, one result and its finishing time");
        }
    }

    /** A plain Monte Carlo run. */
    public SimulationRun(String modelName, SimulationOptions options, SimulationResult result, Instant finished) {
        this(modelName, options, result, null, finished);
    }

    /** @return how the run simulated */
    public SimulationMethod method() {
        return rareEvents != null ? SimulationMethod.FAILURE_BIASING : SimulationMethod.PLAIN;
    }

    /** @return whether the run was cancelled (its figures cover what finished before) */
    public boolean partial() {
        return result != null ? result.partial() : rareEvents.partial();
    }

    /** @return the availability with its 95 % confidence interval */
    public SimulationResult.Estimate availability() {
        return result != null ? result.availability() : rareEvents.availability();
    }

    /** @return per component, standby or common-cause group: hours per year failed while critical, largest first */
    public java.util.List<SimulationResult.Contribution> contributions() {
        return result != null ? result.componentContributions() : rareEvents.componentContributions();
    }

    /** @return e.g. "completed, 10,000 histories", "target CI reached after 4,250 histories", "cancelled after ..." */
    public String statusText() {
        SimulationResult.Status status = result != null ? result.status() : rareEvents.status();
        long done = result != null ? result.histories() : rareEvents.cycles();
        String unit = result != null ? "histories" : "cycles (failure biasing)";
        return switch (status) {
            case COMPLETED -> String.format(Locale.ROOT, "completed, %,d %s", done, unit);
            case TARGET_REACHED -> String.format(Locale.ROOT, "target CI reached after %,d %s", done, unit);
            case CANCELLED -> String.format(Locale.ROOT, "cancelled after %,d of %,d %s (partial result)", done,
                    options.maxHistories(), unit);
        };
    }
}
