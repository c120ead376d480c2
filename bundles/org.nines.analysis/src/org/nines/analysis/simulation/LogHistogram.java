package org.nines.analysis.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * Mergeable histogram of non-negative values (hours) on a logarithmic grid: an exact-zero bin, one bin below
 * {@value #MIN}, 50 bins per decade up to 10^6, and one bin above. Memory is fixed whatever the number of values.
 * Quantiles are interpolated geometrically inside a bin (relative error below 4.7 %, the bin width) and clamped to
 * the exact maximum. The sum, count and maximum are exact, so the mean is too. Not thread-safe; {@link #combine} in a
 * fixed order gives identical results.
 */
final class LogHistogram {
    static final double MIN = 1e-4;
    private static final int PER_DECADE = 50;
    private static final int DECADES = 10;
    private static final double LOG_MIN = Math.log10(MIN);
    private final long[] bins = new long[PER_DECADE * DECADES];
    private long zero;
    private long below;
    private long above;
    private long count;
    private double sum;
    private double max;

    void add(double x) {
        count++;
        sum += x;
        if (x > max) {
            max = x;
        }
        if (x <= 0) {
            zero++;
        } else if (x < MIN) {
            below++;
        } else {
            int i = (int) ((Math.log10(x) - LOG_MIN) * PER_DECADE);
            if (i >= bins.length) {
                above++;
            } else {
                bins[Math.max(0, i)]++;
            }
        }
    }

    void combine(LogHistogram other) {
        for (int i = 0; i < bins.length; i++) {
            bins[i] += other.bins[i];
        }
        zero += other.zero;
        below += other.below;
        above += other.above;
        count += other.count;
        sum += other.sum;
        max = Math.max(max, other.max);
    }

    /** Values that were exactly zero. */
    long zeros() {
        return zero;
    }

    long count() {
        return count;
    }

    double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    double max() {
        return count == 0 ? Double.NaN : max;
    }

    private static double lower(int i) {
        return Math.pow(10, LOG_MIN + (double) i / PER_DECADE);
    }

    /** The q-quantile (0 &lt; q &lt;= 1): the smallest x with at least ceil(q·count) values &lt;= x, interpolated. */
    double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double rank = Math.max(1, Math.ceil(q * count));
        double seen = zero;
        if (seen >= rank) {
            return 0;
        }
        if (seen + below >= rank) {
            return Math.min(max, MIN * (rank - seen) / below);
        }
        seen += below;
        for (int i = 0; i < bins.length; i++) {
            if (bins[i] > 0 && seen + bins[i] >= rank) {
                double fraction = (rank - seen) / bins[i];
                return Math.min(max, lower(i) * Math.pow(10, fraction / PER_DECADE));
            }
            seen += bins[i];
        }
        return max;
    }

    /** Coarse bins for charts: 10 per decade, non-empty ones only; zero values as a bin [0, 0]. */
    List<SimulationResult.Bin> coarseBins() {
        List<SimulationResult.Bin> out = new ArrayList<>();
        if (zero > 0) {
            out.add(new SimulationResult.Bin(0, 0, zero));
        }
        if (below > 0) {
            out.add(new SimulationResult.Bin(0, MIN, below));
        }
        int step = PER_DECADE / 10;
        for (int i = 0; i < bins.length; i += step) {
            long n = 0;
            for (int j = i; j < i + step; j++) {
                n += bins[j];
            }
            if (n > 0) {
                out.add(new SimulationResult.Bin(lower(i), lower(i + step), n));
            }
        }
        if (above > 0) {
            out.add(new SimulationResult.Bin(lower(bins.length), max, above));
        }
        return out;
    }

    /** Summary with values scaled by {@code factor} (e.g. 1/years for per-year figures). */
    SimulationResult.Distribution summary(double factor) {
        List<SimulationResult.Bin> coarse = coarseBins().stream()
                .map(b -> new SimulationResult.Bin(b.lower() * factor, b.upper() * factor, b.count())).toList();
        return new SimulationResult.Distribution(count, mean() * factor, quantile(0.5) * factor, quantile(0.9) * factor,
                quantile(0.99) * factor, max() * factor, coarse);
    }
}
