package org.nines.analysis.simulation;

import java.util.ArrayList;
import java.util.List;

/** Mergeable histogram of small counts (outages per history): exact for counts up to 4,095, exact sum and maximum. */
final class CountHistogram {
    private static final int SIZE = 4096;
    private final long[] bins = new long[SIZE];
    private long count;
    private double sum;
    private long max;

    void add(long k) {
        bins[(int) Math.min(SIZE - 1, k)]++;
        count++;
        sum += k;
        max = Math.max(max, k);
    }

    void combine(CountHistogram other) {
        for (int i = 0; i < SIZE; i++) {
            bins[i] += other.bins[i];
        }
        count += other.count;
        sum += other.sum;
        max = Math.max(max, other.max);
    }

    double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double rank = Math.max(1, Math.ceil(q * count));
        long seen = 0;
        for (int i = 0; i < SIZE - 1; i++) {
            seen += bins[i];
            if (seen >= rank) {
                return i;
            }
        }
        return max;
    }

    /** Summary with counts scaled by {@code factor} (1/years for per-year figures); one bin per count. */
    SimulationResult.Distribution summary(double factor) {
        List<SimulationResult.Bin> out = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            if (bins[i] > 0) {
                out.add(new SimulationResult.Bin(i * factor, i == SIZE - 1 ? max * factor : i * factor, bins[i]));
            }
        }
        return new SimulationResult.Distribution(count, count == 0 ? Double.NaN : sum / count * factor,
                quantile(0.5) * factor, quantile(0.9) * factor, quantile(0.99) * factor,
                count == 0 ? Double.NaN : max * factor, out);
    }
}
