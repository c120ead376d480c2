package org.nines.analysis.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.nines.analysis.bdd.CompiledStructure;
import org.nines.analysis.bdd.DirectCutSets;
import org.nines.analysis.bdd.IndexCutSet;
import org.nines.analysis.structure.StructureFunction;

/**
 * Exact fault-tree analysis by binary decision diagrams: top-event probability, importance measures and
 * minimal cut sets of a {@link StructureFunction} with independent basic events.
 *
 * <p>The structure is compiled once into modular BDDs ({@link CompiledStructure}); the probability is one
 * bottom-up sweep, all Birnbaum importances one further top-down sweep, and the other measures follow in
 * closed form ({@link Importance}). The probability never depends on cut sets (no rare-event or MCUB
 * approximation). The work runs on a dedicated thread with a large stack because BDD operations recurse once
 * per variable level.
 */
public final class FaultTreeAnalysis {

    /** Stack size of the worker thread, bytes (reserved, not committed, by the JVM). */
    private static final long STACK_BYTES = 1L << 30;

    private FaultTreeAnalysis() {
    }

    /**
     * Analysis options.
     *
     * @param importance whether to compute importance measures
     * @param cutSetOrderLimit maximum order of reported minimal cut sets (>= 0; {@link Integer#MAX_VALUE} for
     *        none)
     * @param cutSetCutoff minimum probability of reported minimal cut sets (>= 0)
     * @param maxCutSets maximum number of reported minimal cut sets (>= 0; 0 skips cut sets entirely)
     */
    public record Options(boolean importance, int cutSetOrderLimit, double cutSetCutoff, int maxCutSets) {

        /** Validates the values. */
        public Options {
            if (cutSetOrderLimit < 0 || maxCutSets < 0 || !(cutSetCutoff >= 0.0)) {
                throw new IllegalArgumentException("invalid options: order limit " + cutSetOrderLimit
                        + ", cut-off " + cutSetCutoff + ", max cut sets " + maxCutSets);
            }
        }

        /** Importance on; cut sets of order at most 6, no probability cut-off, at most 10,000 of them. */
        public static Options defaults() {
            return new Options(true, 6, 0.0, 10_000);
        }

        /** Probability only: no importance, no cut sets. */
        public static Options probabilityOnly() {
            return new Options(false, 0, 0.0, 0);
        }

        /** @return a copy with the given importance switch */
        public Options withImportance(boolean on) {
            return new Options(on, cutSetOrderLimit, cutSetCutoff, maxCutSets);
        }

        /** @return a copy with the given cut-set limits */
        public Options withCutSets(int orderLimit, double cutoff, int max) {
            return new Options(importance, orderLimit, cutoff, max);
        }
    }

    /**
     * Analyses a structure function.
     *
     * @param sf the structure function (failure logic)
     * @param probabilities {@code probabilities[i]} = probability that variable {@code i} has failed, in [0, 1]
     * @param options what to compute
     * @return the immutable result
     * @throws IllegalArgumentException if the probabilities are invalid
     * @throws IllegalStateException if a BDD exceeds 2^28 nodes (an {@link OutOfMemoryError} may come first if the
     *         heap is smaller than about 8 GB); the analysis cannot be cancelled once started
     */
    public static FaultTreeResult analyze(StructureFunction sf, double[] probabilities, Options options) {
        Objects.requireNonNull(sf, "sf");
        Objects.requireNonNull(options, "options");
        double[] p = checkedProbabilities(sf, probabilities);
        return onLargeStack(() -> run(sf, p, options));
    }

    /**
     * Approximates a fault tree too large for an exact BDD: its minimal cut sets of order at most {@code orderLimit},
     * computed directly from the gates, and the rare-event and min-cut upper bound approximations over them (see
     * {@link DirectCutSets}). Coherent trees only.
     *
     * @param listed how many of the most probable cut sets to return
     * @throws IllegalArgumentException for invalid probabilities, a non-coherent tree, or sets that do not fit in memory
     */
    public static DirectCutSets.Result approximate(StructureFunction sf, double[] probabilities, int orderLimit,
            int listed) {
        Objects.requireNonNull(sf, "sf");
        double[] p = checkedProbabilities(sf, probabilities);
        return onLargeStack(() -> DirectCutSets.compute(sf, p, orderLimit, listed));
    }

    private static double[] checkedProbabilities(StructureFunction sf, double[] probabilities) {
        double[] p = probabilities.clone();
        if (p.length != sf.variableCount()) {
            throw new IllegalArgumentException("expected " + sf.variableCount() + " probabilities, got "
                    + p.length);
        }
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0.0 && p[i] <= 1.0)) {
                throw new IllegalArgumentException("probability of '" + sf.variableName(i) + "' not in [0, 1]: "
                        + p[i]);
            }
        }
        return p;
    }

    /**
     * Counts the minimal cut sets of order at most {@code orderLimit} without listing them (saturating at
     * {@link Long#MAX_VALUE}); same definition as {@link FaultTreeResult#minimalCutSets()}.
     */
    public static long countMinimalCutSets(StructureFunction sf, int orderLimit) {
        Objects.requireNonNull(sf, "sf");
        if (orderLimit < 0) {
            throw new IllegalArgumentException("orderLimit must be >= 0: " + orderLimit);
        }
        return onLargeStack(() -> CompiledStructure.compile(sf).countMinimalCutSets(orderLimit));
    }

    /**
     * Compiles a structure function into its BDD once, for callers that evaluate it with many probability vectors
     * (e.g. a risk register conditioning the system on each risk). Compilation recurses over the structure, so it runs
     * on a thread with a large stack, like {@link #analyze}; evaluating the result
     * ({@link CompiledStructure#probability}) is iterative and runs on any thread.
     */
    public static CompiledStructure compile(StructureFunction sf) {
        Objects.requireNonNull(sf, "sf");
        return onLargeStack(() -> CompiledStructure.compile(sf));
    }

    /** Runs {@code work} on a fresh thread with a large stack and returns its result or rethrows its failure. */
    private static <T> T onLargeStack(java.util.function.Supplier<T> work) {
        Object[] out = new Object[1];
        Throwable[] error = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                out[0] = work.get();
            } catch (Throwable t) {
                error[0] = t;
            }
        }, "nines-fault-tree-analysis", STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (error[0] instanceof RuntimeException re) {
            throw re;
        }
        if (error[0] instanceof Error e) {
            throw e;
        }
        if (error[0] != null) {
            throw new IllegalStateException(error[0]);
        }
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
    }

    private static FaultTreeResult run(StructureFunction sf, double[] p, Options o) {
        long t0 = System.nanoTime();
        CompiledStructure cs = CompiledStructure.compile(sf);
        double top = cs.probability(p)[0];
        List<Importance> imp = new ArrayList<>();
        if (o.importance()) {
            double[] b = cs.birnbaum(p);
            for (int i = 0; i < p.length; i++) {
                imp.add(Importance.of(sf.variableName(i), p[i], top, b[i]));
            }
        }
        List<CutSet> cuts = new ArrayList<>();
        boolean truncated = false;
        if (o.maxCutSets() > 0) {
            List<String> names = sf.variableNames();
            List<IndexCutSet> raw = cs.minimalCutSets(p, o.cutSetOrderLimit(), o.cutSetCutoff(), o.maxCutSets(),
                    names);
            truncated = raw.size() == o.maxCutSets();
            for (IndexCutSet c : raw) {
                List<String> n = new ArrayList<>(c.order());
                for (int v : c.variables()) {
                    n.add(names.get(v));
                }
                cuts.add(new CutSet(n, c.order(), c.probability()));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new FaultTreeResult(top, imp, cuts, truncated, cs.nodeCount(), cs.moduleCount(), seconds);
    }
}
