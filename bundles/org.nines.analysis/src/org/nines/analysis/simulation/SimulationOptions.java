package org.nines.analysis.simulation;

/**
 * What to simulate and when to stop.
 *
 * @param maxHistories      largest number of independent histories (&gt;= 1); the run stops there at the latest
 * @param years             length of one history in analysis periods of the model (the period is 8,760 h unless the
 *                          model says otherwise), &gt; 0; results are reported per period ("per year")
 * @param seed              master seed: the same seed gives bit-identical results whatever the thread count
 * @param threads           worker threads (&gt;= 1); has no effect on the results, only on the wall time
 * @param targetRelativeCi  stop early once the 95 % confidence half-width of the unavailability divided by the
 *                          unavailability falls to this value (e.g. 0.05 for ±5 %); 0 = run all histories
 * @param threats           which risk-register figures drive threat shocks
 * @param batchSize         histories per batch (&gt;= 1): the stopping rule and cancellation are checked between
 *                          batches, so where a run stops depends on it; the histories themselves do not (history n
 *                          draws from streams keyed by the seed, n and the element ids), though sums are added per
 *                          batch, so the last digits can differ; keep the default for bit-identical runs
 */
public record SimulationOptions(long maxHistories, double years, long seed, int threads, double targetRelativeCi,
        ThreatMode threats, int batchSize) {

    /** Default histories per batch. */
    public static final int DEFAULT_BATCH = 250;

    public SimulationOptions {
        if (maxHistories < 1) {
            throw new IllegalArgumentException("histories must be >= 1, got " + maxHistories);
        }
        if (!(years > 0 && Double.isFinite(years))) {
            throw new IllegalArgumentException("years must be > 0, got " + years);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (!(targetRelativeCi >= 0 && Double.isFinite(targetRelativeCi))) {
            throw new IllegalArgumentException("target relative CI must be >= 0, got " + targetRelativeCi);
        }
        if (threats == null) {
            throw new IllegalArgumentException("threat mode missing");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
    }

    /** 10,000 one-year histories, seed 1, one thread, no early stop, inherent threats. */
    public static SimulationOptions defaults() {
        return new SimulationOptions(10_000, 1, 1, 1, 0, ThreatMode.INHERENT, DEFAULT_BATCH);
    }

    public SimulationOptions withHistories(long histories) {
        return new SimulationOptions(histories, years, seed, threads, targetRelativeCi, threats, batchSize);
    }

    public SimulationOptions withYears(double value) {
        return new SimulationOptions(maxHistories, value, seed, threads, targetRelativeCi, threats, batchSize);
    }

    public SimulationOptions withSeed(long value) {
        return new SimulationOptions(maxHistories, years, value, threads, targetRelativeCi, threats, batchSize);
    }

    public SimulationOptions withThreads(int value) {
        return new SimulationOptions(maxHistories, years, seed, value, targetRelativeCi, threats, batchSize);
    }

    public SimulationOptions withTargetRelativeCi(double value) {
        return new SimulationOptions(maxHistories, years, seed, threads, value, threats, batchSize);
    }

    public SimulationOptions withThreats(ThreatMode value) {
        return new SimulationOptions(maxHistories, years, seed, threads, targetRelativeCi, value, batchSize);
    }

    public SimulationOptions withBatchSize(int value) {
        return new SimulationOptions(maxHistories, years, seed, threads, targetRelativeCi, threats, value);
    }
}
