package org.nines.analysis.continuity;

import java.util.List;

import org.nines.analysis.simulation.SimulationResult;

/**
 * The simulated distribution of service outage durations against the recovery time objective: how many outages a
 * simulation saw and what share of them lasted longer than the RTO. Complements the analytic breach share, which only
 * looks at the listed incidents.
 *
 * @param rtoHours          the target, hours (&gt; 0)
 * @param outages           outages seen in the simulation
 * @param shareLongerThanRto share of those outages lasting longer than the RTO, in [0, 1]; estimated from the
 *                          duration histogram (10 bins per decade, log-linear within the bin that contains the RTO), so
 *                          exact up to the share of that one bin
 * @param p90OutageHours    90th percentile of the outage durations, hours
 * @param maxOutageHours    longest outage, hours
 */
public record SimulatedRecovery(double rtoHours, long outages, double shareLongerThanRto, double p90OutageHours,
        double maxOutageHours) {

    /** Reads the outage-duration distribution of a simulation of the service against its RTO (hours, &gt; 0). */
    public static SimulatedRecovery of(SimulationResult result, double rtoHours) {
        if (!(rtoHours > 0)) {
            throw new IllegalArgumentException("RTO must be > 0 hours, got " + rtoHours);
        }
        SimulationResult.Distribution d = result.outageDurationHours();
        return new SimulatedRecovery(rtoHours, d.count(), shareLongerThan(d.histogram(), d.count(), rtoHours), d.p90(), d.max());
    }

    /** Share of the values above {@code x}: whole bins above it plus the log-linear part of the bin containing it. */
    static double shareLongerThan(List<SimulationResult.Bin> bins, long count, double x) {
        if (count == 0) {
            return 0;
        }
        double above = 0;
        for (SimulationResult.Bin b : bins) {
            if (b.lower() >= x) {
                above += b.count();
            } else if (b.upper() > x) {
                double part = b.lower() > 0 ? Math.log(b.upper() / x) / Math.log(b.upper() / b.lower())
                        : (b.upper() - x) / (b.upper() - b.lower());
                above += b.count() * part;
            }
        }
        return Math.min(1, above / count);
    }
}
