package org.nines.cli;

import java.io.PrintStream;
import java.util.List;

import org.nines.analysis.simulation.RareEventBenchmark;

/**
 * {@code nines bench-rare [THREADS]}: failure biasing against plain sampling on the five-, seven- and nine-nines
 * meshed network ({@link RareEventBenchmark}), run by {@code ./nines bench --rare [THREADS]} (releng/bench.sh). Not
 * listed in the usage text: {@code ./nines bench} is the documented entry point.
 */
final class BenchRareEventsCommand {
    private final PrintStream out;

    BenchRareEventsCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        if (args.size() > 1) {
            throw new UsageException("expects at most one argument, the number of threads, e.g. nines bench-rare 2");
        }
        int threads = args.isEmpty() ? Runtime.getRuntime().availableProcessors()
                : (int) Args.wholeNumber("threads", args.get(0), 1);
        RareEventBenchmark.print(RareEventBenchmark.measureAll(Math.min(threads, 1024)), out);
        return Main.OK;
    }
}
