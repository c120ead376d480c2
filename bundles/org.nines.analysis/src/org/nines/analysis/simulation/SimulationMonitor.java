package org.nines.analysis.simulation;

/**
 * Progress reports and cancellation of a running simulation. Both methods are called from the thread that called
 * {@link MonteCarloSimulation#run}, after each batch of histories; they must return quickly.
 */
public interface SimulationMonitor {
    /** A monitor that reports nothing and never cancels. */
    SimulationMonitor NONE = new SimulationMonitor() {
    };

    /**
     * @param historiesDone    histories finished and counted so far
     * @param historiesPlanned the most histories the run will simulate
     * @param availability     the current availability estimate
     * @param relativeCi       the current relative 95 % half-width on unavailability (NaN while undefined)
     */
    default void progress(long historiesDone, long historiesPlanned, double availability, double relativeCi) {
    }

    /** @return true to stop: the run then returns the histories finished so far, marked as cancelled */
    default boolean isCancelled() {
        return false;
    }
}
