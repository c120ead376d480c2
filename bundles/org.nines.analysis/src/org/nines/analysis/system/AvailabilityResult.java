package org.nines.analysis.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable result of the exact availability analysis of a system: feeds the workbench, charts, Excel export, command
 * line and tests alike. Times in hours; "per year" means per analysis period of the model (8,760 h by default).
 *
 * @param unavailability          probability the service is down at a random moment (steady state; at the mission
 *                                time for non-repairable components)
 * @param nines                   -log10(unavailability): 4 for 99.99 %
 * @param failuresPerYear         expected service outages per year: sum over events of Birnbaum x event frequency
 * @param mtbfHours               mean operating time between service outages: availability / outage frequency
 * @param meanDowntimeHours       mean duration of one outage: unavailability / outage frequency
 * @param reliability             probability of no outage during the mission time
 * @param reliabilityExact        true when every component is non-repairable (R = 1 - Q(t), exact); otherwise R is
 *                                exp(-outage frequency x t), the constant-rate approximation
 * @param downtimeCostPerYear     downtime per year x the model's downtime cost per hour
 * @param singlePointsOfFailure   labels of events that alone take the service down (order-1 cut sets)
 * @param cutSetsTruncated        whether the cut-set list hit its limit
 * @param diagramUnavailability   diagram id -> unavailability of that diagram alone (its End lost), for every diagram
 *                                the top uses (the top's equals {@code unavailability}), in the model's order
 */
public record AvailabilityResult(String modelName, String currency, double missionHours, double periodHours,
        double availability, double unavailability, double downtimeHoursPerYear, double nines, double failuresPerYear,
        double mtbfHours, double meanDowntimeHours, double reliability, boolean reliabilityExact,
        double downtimeCostPerYear, List<EventResult> events, List<CutSetResult> minimalCutSets, boolean cutSetsTruncated,
        List<String> singlePointsOfFailure, long bddNodes, double seconds, Map<String, Double> diagramUnavailability) {

    public AvailabilityResult {
        diagramUnavailability = Collections.unmodifiableMap(new LinkedHashMap<>(diagramUnavailability));
        events = List.copyOf(events);
        minimalCutSets = List.copyOf(minimalCutSets);
        singlePointsOfFailure = List.copyOf(singlePointsOfFailure);
    }

    /** Expected downtime per year in minutes. */
    public double downtimeMinutesPerYear() {
        return downtimeHoursPerYear * 60;
    }
}
