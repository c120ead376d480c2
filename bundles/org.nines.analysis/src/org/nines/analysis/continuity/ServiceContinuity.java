package org.nines.analysis.continuity;

import java.util.List;

/**
 * Continuity figures of one service: every incident's recovery, the breaches of its targets and the aggregates.
 * Expected values are means over incidents weighted by their frequency per year; worst values the maxima.
 *
 * @param targets            the service's targets
 * @param incidents          risks first (register order), then minimal cut sets (most probable first)
 * @param breaches           incidents missing a target, in incident order (RTO, RPO, maximum outage)
 * @param worstRtoHours      largest worst recovery time over incidents, hours (0 without incidents)
 * @param expectedRtoHours   frequency-weighted mean expected recovery time per incident, hours
 * @param worstRpoHours      largest worst data-loss window, hours
 * @param expectedRpoHours   frequency-weighted mean expected data-loss window per incident, hours
 * @param rtoBreachShare     share of incidents (weighted by frequency) whose worst recovery exceeds the RTO target;
 *                           NaN without an RTO target or without incidents
 */
public record ServiceContinuity(ServiceTargets targets, List<IncidentRecovery> incidents, List<Breach> breaches,
        double worstRtoHours, double expectedRtoHours, double worstRpoHours, double expectedRpoHours,
        double rtoBreachShare) {
    public ServiceContinuity {
        incidents = List.copyOf(incidents);
        breaches = List.copyOf(breaches);
    }
}
