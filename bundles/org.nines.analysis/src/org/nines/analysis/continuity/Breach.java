package org.nines.analysis.continuity;

/**
 * An incident whose worst recovery misses a target of a service.
 *
 * @param serviceId   diagram id of the service
 * @param incidentId  risk id or cut set id
 * @param objective   the target missed
 * @param valueHours  the incident's worst recovery time or data loss, hours
 * @param targetHours the target, hours
 * @param message     e.g. "Site A flood (risk R-01): restore from backup Nightly backup, RPO 24 h > target 15 min"
 */
public record Breach(String serviceId, String incidentId, Objective objective, double valueHours, double targetHours,
        String message) {
    /** The three continuity targets. */
    public enum Objective {
        RTO, RPO, MAX_TOLERABLE_OUTAGE
    }
}
