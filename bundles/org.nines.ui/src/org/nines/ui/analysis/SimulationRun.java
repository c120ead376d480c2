package org.nines.ui.analysis;

import java.time.Instant;

import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;

/**
 * One Monte Carlo simulation of a model as the workbench shows it: the settings asked for, the result (partial when
 * cancelled) and when it finished. Immutable.
 *
 * @param modelName name of the model simulated
 * @param options   the settings asked for (threads resolved: never 0)
 * @param result    the result; {@link SimulationResult#partial()} when the run was cancelled
 * @param finished  when the run finished
 */
public record SimulationRun(String modelName, SimulationOptions options, SimulationResult result, Instant finished) {
    public SimulationRun {
        if (options == null || result == null || finished == null) {
            throw new IllegalArgumentException("a simulation run needs its options, result and finishing time");
        }
    }

    /** @return e.g. "completed", "target CI reached after 4,250 histories", "cancelled after 1,000 of 10,000 histories" */
    public String statusText() {
        return switch (result.status()) {
            case COMPLETED -> String.format(java.util.Locale.ROOT, "completed, %,d histories", result.histories());
            case TARGET_REACHED -> String.format(java.util.Locale.ROOT, "target CI reached after %,d histories", result.histories());
            case CANCELLED -> String.format(java.util.Locale.ROOT, "cancelled after %,d of %,d histories (partial result)",
                    result.histories(), options.maxHistories());
        };
    }
}
