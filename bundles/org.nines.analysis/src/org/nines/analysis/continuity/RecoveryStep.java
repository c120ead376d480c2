package org.nines.analysis.continuity;

/**
 * One step of a recovery path.
 *
 * @param kind              what happens
 * @param elementId         the standby group, replication or component concerned
 * @param description       what users read, e.g. "restore from backup Nightly backup (primary db-a)"
 * @param hours             time from the incident until the step is complete, hours
 * @param expectedLossHours expected data-loss window the step causes, hours of changes (0 for switch-overs and repairs)
 * @param worstLossHours    worst data-loss window, hours of changes
 */
public record RecoveryStep(Kind kind, String elementId, String description, double hours, double expectedLossHours,
        double worstLossHours) {
    /** Kinds of recovery step. */
    public enum Kind {
        /** A standby group switches to its next member. */
        SWITCHOVER,
        /** The service moves to a replica (synchronous, asynchronous or periodic replication). */
        FAILOVER,
        /** Data is restored from a backup onto the replica. */
        RESTORE,
        /** A component comes back (repaired, or the risk's outage ends). */
        REPAIR
    }
}
