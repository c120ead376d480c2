package org.nines.analysis.simulation;

/** Which figures of the risk register the simulation uses for threat shocks. */
public enum ThreatMode {
    /** Likelihood and outage duration before mitigation. */
    INHERENT,
    /** Residual likelihood and outage duration (after mitigation; a negative residual value means "as inherent"). */
    RESIDUAL,
    /** No threat shocks: component failures only (what the exact engine computes). */
    OFF
}
