package org.nines.analysis.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nines.analysis.structure.StructureFunction;

/**
 * Immutable input of the engines: everything about a system that the analyses need, detached from the editable
 * model. The structure function is in failure logic (top true = service down); its variable i is {@code events.get(i)}.
 *
 * @param missionHours mission time, hours: non-repairable components are evaluated at it
 * @param periodHours  analysis period, hours (8,760 = one year): downtime and outages are reported per period
 * @param diagramFailures diagram id -> the node of {@code structure} that is true when that diagram's End is lost, for
 *                     every diagram the top uses (itself included), in the model's order
 */
public record SystemSnapshot(String name, String currency, double downtimeCostPerHour, double missionHours,
        double periodHours, List<ComponentSnapshot> components, List<BasicEvent> events, StructureFunction structure,
        Map<String, Integer> diagramFailures) {

    public SystemSnapshot {
        components = List.copyOf(components);
        events = List.copyOf(events);
        diagramFailures = Collections.unmodifiableMap(new LinkedHashMap<>(diagramFailures));
        if (structure.variableCount() != events.size()) {
            throw new IllegalArgumentException("structure has " + structure.variableCount() + " variables but "
                    + events.size() + " events");
        }
    }

    /** @return the unavailability of every event, indexed like the structure's variables */
    public double[] unavailabilities() {
        return events.stream().mapToDouble(BasicEvent::unavailability).toArray();
    }

    /** @return whether every component with a failure law is non-repairable (all evaluated at the mission time) */
    public boolean allNonRepairable() {
        return components.stream().filter(c -> c.failure() != null).noneMatch(ComponentSnapshot::isRepairable);
    }
}
