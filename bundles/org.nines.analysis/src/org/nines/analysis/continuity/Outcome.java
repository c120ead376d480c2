package org.nines.analysis.continuity;

/**
 * Predicted outcome of a failover test (a set of components taken down, everything else working), from the service's
 * structure function.
 */
public enum Outcome {
    /** The service stays up and no component becomes a new single point of failure. */
    UP,
    /**
     * The service stays up, but reduced redundancy: at least one component whose loss alone would not take the
     * service down before the test would do so during it (a new single point of failure).
     */
    DEGRADED,
    /** The service goes down: do not run in production. */
    DOWN
}
