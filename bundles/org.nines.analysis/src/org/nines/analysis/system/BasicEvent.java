package org.nines.analysis.system;

import java.util.List;

/**
 * A variable of the system's structure function: a component's own failure, the common-cause failure of a group, or
 * a whole standby group solved by its Markov model.
 *
 * @param key             unique variable name in the structure function (component id, {@code ccf:<id>}, {@code standby:<id>})
 * @param label           what users read
 * @param kind            which of the three
 * @param componentIds    the components the event takes down
 * @param unavailability  probability that the event is present (failed), in [0, 1]
 * @param failuresPerHour its unconditional occurrence frequency, per hour
 */
public record BasicEvent(String key, String label, Kind kind, List<String> componentIds, double unavailability,
        double failuresPerHour) {
    /** What a basic event stands for. */
    public enum Kind {
        COMPONENT, COMMON_CAUSE, STANDBY_GROUP
    }

    public BasicEvent {
        componentIds = List.copyOf(componentIds);
    }

    /**
     * How often a minimal cut set of independent events occurs, per hour: sum over its events i of i's failure frequency
     * times the probability that all the others are already failed, w_i prod_{j != i} q_j (exact for independent
     * events in steady state).
     */
    public static double cutSetFrequencyPerHour(List<BasicEvent> cutSet) {
        double frequency = 0;
        for (int i = 0; i < cutSet.size(); i++) {
            double w = cutSet.get(i).failuresPerHour();
            for (int j = 0; j < cutSet.size(); j++) {
                if (j != i) {
                    w *= cutSet.get(j).unavailability();
                }
            }
            frequency += w;
        }
        return frequency;
    }
}
