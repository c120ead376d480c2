package org.nines.analysis.simulation;

/**
 * What a batch of histories adds up to; batches are combined in batch order, so the totals are bit-identical
 * whatever thread ran which batch. Times in hours. Not thread-safe.
 */
final class Tally {
    long histories;
    long events;
    /** Sums over histories of the unavailability (downtime / history length) and of its square. */
    double sumUnavailability;
    double sumUnavailabilitySquared;
    double downtimeHours;
    double uptimeHours;
    long outages;
    final LogHistogram downtimePerHistory = new LogHistogram();
    final LogHistogram outageDurations = new LogHistogram();
    final CountHistogram outagesPerHistory = new CountHistogram();
    /** Per structure variable: hours it was failed and critical (its restoration alone would restore the service). */
    final double[] criticalHours;
    /** Per risk: system downtime hours while one of its outages was in progress, and its occurrences. */
    final double[] threatDowntimeHours;
    final long[] threatOccurrences;

    /** Unavailability of each history in order, when kept (paired comparisons); null otherwise. */
    final double[] unavailabilityPerHistory;

    Tally(int variables, int risks) {
        this(variables, risks, 0);
    }

    /** @param keepHistories how many histories' unavailabilities to keep (0 = none) */
    Tally(int variables, int risks, int keepHistories) {
        criticalHours = new double[variables];
        threatDowntimeHours = new double[risks];
        threatOccurrences = new long[risks];
        unavailabilityPerHistory = keepHistories > 0 ? new double[keepHistories] : null;
    }

    /** Keeps the unavailability of the history about to be counted, when histories are kept. */
    void recordHistory(double unavailability) {
        if (unavailabilityPerHistory != null) {
            unavailabilityPerHistory[(int) histories] = unavailability;
        }
    }

    void combine(Tally o) {
        histories += o.histories;
        events += o.events;
        sumUnavailability += o.sumUnavailability;
        sumUnavailabilitySquared += o.sumUnavailabilitySquared;
        downtimeHours += o.downtimeHours;
        uptimeHours += o.uptimeHours;
        outages += o.outages;
        downtimePerHistory.combine(o.downtimePerHistory);
        outageDurations.combine(o.outageDurations);
        outagesPerHistory.combine(o.outagesPerHistory);
        for (int i = 0; i < criticalHours.length; i++) {
            criticalHours[i] += o.criticalHours[i];
        }
        for (int i = 0; i < threatDowntimeHours.length; i++) {
            threatDowntimeHours[i] += o.threatDowntimeHours[i];
            threatOccurrences[i] += o.threatOccurrences[i];
        }
    }

    /** Mean unavailability over the histories. */
    double meanUnavailability() {
        return histories == 0 ? Double.NaN : sumUnavailability / histories;
    }

    /** Standard error of the mean unavailability (sample standard deviation / sqrt(n)); NaN below two histories. */
    double standardError() {
        if (histories < 2) {
            return Double.NaN;
        }
        double mean = sumUnavailability / histories;
        double variance = Math.max(0, (sumUnavailabilitySquared - histories * mean * mean) / (histories - 1));
        return Math.sqrt(variance / histories);
    }
}
