package org.nines.analysis.continuity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nines.model.Component;
import org.nines.model.ReplicationMode;

class ReplicationRecoveryTest {
    private static final Component P = ContinuityModels.F.createComponent();
    private static final Component R = ContinuityModels.F.createComponent();

    private static ReplicationRecovery of(ReplicationMode mode, double standby) {
        return ReplicationRecovery.of(ContinuityModels.replication("r", "R", P, R, mode, 0.1, 24, 6, 0.5), standby);
    }

    @Test
    void synchronousLosesNothingAndTakesTheFailoverTime() {
        ReplicationRecovery r = of(ReplicationMode.SYNCHRONOUS, Double.NaN);
        assertEquals(0.5, r.recoveryHours(), 0);
        assertEquals(0, r.expectedLossHours(), 0);
        assertEquals(0, r.worstLossHours(), 0);
        assertTrue(r.isFailover());
    }

    @Test
    void asynchronousLosesTheLag() {
        ReplicationRecovery r = of(ReplicationMode.ASYNCHRONOUS, Double.NaN);
        assertEquals(0.5, r.recoveryHours(), 0);
        assertEquals(0.1, r.expectedLossHours(), 0);
        assertEquals(0.1, r.worstLossHours(), 0);
    }

    @Test
    void periodicLosesHalfTheIntervalOnAverageAndTheWholeIntervalAtWorst() {
        ReplicationRecovery r = of(ReplicationMode.PERIODIC, Double.NaN);
        assertEquals(0.5, r.recoveryHours(), 0);
        assertEquals(12, r.expectedLossHours(), 0);
        assertEquals(24, r.worstLossHours(), 0);
    }

    @Test
    void backupAddsTheRestoreTimeAndIsNoFailover() {
        ReplicationRecovery r = of(ReplicationMode.BACKUP, Double.NaN);
        assertEquals(6.5, r.recoveryHours(), 0);
        assertEquals(12, r.expectedLossHours(), 0);
        assertEquals(24, r.worstLossHours(), 0);
        assertFalse(r.isFailover());
    }

    @Test
    void aStandbyPairUsesTheGroupSwitchoverTime() {
        assertEquals(0.1, of(ReplicationMode.ASYNCHRONOUS, 0.1).recoveryHours(), 0);
    }

    @Test
    void aNonPositiveIntervalIsRejectedNamingTheReplication() {
        var bad = ContinuityModels.replication("rep-x", "X", P, R, ReplicationMode.PERIODIC, 0, 0, 0, 0);
        var e = assertThrows(IllegalArgumentException.class, () -> ReplicationRecovery.of(bad, Double.NaN));
        assertTrue(e.getMessage().contains("rep-x"), e.getMessage());
    }

    @Test
    void hoursAreFormattedInMinutesBelowOneHour() {
        assertEquals("15 min", Hours.format(0.25));
        assertEquals("24 h", Hours.format(24));
        assertEquals("6.5 h", Hours.format(6.5));
        assertEquals("never", Hours.format(Double.POSITIVE_INFINITY));
    }
}
