package org.nines.analysis.continuity;

import org.nines.model.DataReplication;
import org.nines.model.ReplicationMode;

/**
 * What a failover to (or a restore from) one {@link DataReplication} costs: the time until the replica serves the
 * data and the data lost, in hours of changes. Closed forms per mode, with the failure at a uniformly random moment of
 * the replication cycle:
 * <ul>
 * <li>SYNCHRONOUS: recovery = failover time; loss 0 (expected and worst).</li>
 * <li>ASYNCHRONOUS: recovery = failover time; loss = the replication lag (expected and worst: the model gives one
 * typical lag).</li>
 * <li>PERIODIC: recovery = failover time; loss uniform on [0, interval]: expected interval / 2, worst interval.</li>
 * <li>BACKUP: recovery = restore time + failover time; loss uniform on [0, interval]: expected interval / 2, worst
 * interval.</li>
 * </ul>
 * The failover time is the replication's {@code failoverHours}, or the standby group's switch-over time when primary
 * and replica are members of one standby group ({@code switchoverHours} passed here).
 *
 * @param replicationId     id of the replication
 * @param label             its display label
 * @param mode              how data reaches the replica
 * @param recoveryHours     time from the primary's loss until the replica serves the data, hours
 * @param expectedLossHours expected data-loss window, hours of changes
 * @param worstLossHours    worst data-loss window, hours of changes
 */
public record ReplicationRecovery(String replicationId, String label, ReplicationMode mode, double recoveryHours,
        double expectedLossHours, double worstLossHours) {

    /**
     * @param standbySwitchoverHours switch-over time of the standby group holding both primary and replica, or NaN
     *                               when they are not one
     * @throws IllegalArgumentException naming the replication when a time is negative or the interval is not positive
     */
    public static ReplicationRecovery of(DataReplication r, double standbySwitchoverHours) {
        String id = r.getId();
        check(id, "lagHours", r.getLagHours());
        check(id, "restoreHours", r.getRestoreHours());
        check(id, "failoverHours", r.getFailoverHours());
        double failover = Double.isNaN(standbySwitchoverHours) ? r.getFailoverHours() : standbySwitchoverHours;
        String label = r.getName() == null || r.getName().isBlank() ? id : r.getName();
        return switch (r.getMode()) {
            case SYNCHRONOUS -> new ReplicationRecovery(id, label, r.getMode(), failover, 0, 0);
            case ASYNCHRONOUS -> new ReplicationRecovery(id, label, r.getMode(), failover, r.getLagHours(), r.getLagHours());
            case PERIODIC -> new ReplicationRecovery(id, label, r.getMode(), failover, interval(r) / 2, interval(r));
            case BACKUP -> new ReplicationRecovery(id, label, r.getMode(), r.getRestoreHours() + failover,
                    interval(r) / 2, interval(r));
        };
    }

    /** @return whether the service can fail over to the replica while running (every mode but a backup restore) */
    public boolean isFailover() {
        return mode != ReplicationMode.BACKUP;
    }

    private static double interval(DataReplication r) {
        if (!(r.getIntervalHours() > 0) || !Double.isFinite(r.getIntervalHours())) {
            throw new IllegalArgumentException("replication " + r.getId() + ": intervalHours must be > 0, got "
                    + r.getIntervalHours());
        }
        return r.getIntervalHours();
    }

    private static void check(String id, String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("replication " + id + ": " + what + " must be finite and >= 0, got " + v);
        }
    }
}
