package org.nines.analysis.continuity;

import java.util.List;

/**
 * How a service recovers from one incident.
 *
 * <p>The nominal path assumes every needed switch-over succeeds; when a needed standby group has a switch failure
 * probability, the failed-switch path (the group waits for its active member to come back) is computed as well.
 * Expected values weight the two paths by the probability that all needed switch-overs succeed (exact with one such
 * group; with several, any failure is treated as all failing, a conservative approximation); worst values are the
 * maximum over paths with a positive probability.
 *
 * @param incident          the incident
 * @param serviceDown       whether the incident takes the service down beyond switch-overs (no surviving path)
 * @param path              one-line description of the nominal recovery path
 * @param steps             the nominal path's steps
 * @param switchFailureProbability probability that at least one needed switch-over fails
 * @param expectedRtoHours  expected time until the service is back, hours (0 when the incident does not interrupt it)
 * @param worstRtoHours     worst time until the service is back, hours (infinite: never within the mission)
 * @param expectedRpoHours  expected data-loss window, hours of changes
 * @param worstRpoHours     worst data-loss window, hours of changes
 */
public record IncidentRecovery(Incident incident, boolean serviceDown, String path, List<RecoveryStep> steps,
        double switchFailureProbability, double expectedRtoHours, double worstRtoHours, double expectedRpoHours,
        double worstRpoHours) {
    public IncidentRecovery {
        steps = List.copyOf(steps);
    }
}
