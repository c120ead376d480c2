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
}
