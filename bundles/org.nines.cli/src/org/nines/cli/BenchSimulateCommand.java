package org.nines.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.simulation.SimulationBenchmark;
import org.nines.analysis.simulation.SimulationBenchmark.Measurement;

/**
 * {@code nines bench-simulate [SECONDS]}: the simulation benchmark ({@link SimulationBenchmark}), run by
 * {@code ./nines bench --simulate [SECONDS]} (releng/bench.sh). Not listed in the usage text: {@code ./nines bench}
 * is the documented entry point.
 */
final class BenchSimulateCommand {
    private static final double DEFAULT_SECONDS = 3;
    private static final double MB = 1024.0 * 1024.0;

    private final PrintStream out;

    BenchSimulateCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        if (args.size() > 1) {
            throw new UsageException("expects at most one argument, the seconds per measurement, e.g. nines bench-simulate 3");
        }
        double seconds = args.isEmpty() ? DEFAULT_SECONDS : parseSeconds(args.get(0));
        out.printf(Locale.ROOT, "%10s %12s %14s %8s %8s %12s %12s %8s %8s %8s%n", "components", "histories", "events",
                "1t wall", "1t CPU", "M ev/CPU-s", "2t M ev/s", "speedup", "heap MB", "old MB");
        for (Measurement m : SimulationBenchmark.measureAll(seconds)) {
            out.printf(Locale.ROOT, "%10d %12d %14d %8.2f %8.2f %12.2f %12.2f %7.2fx %8.1f %8.1f%n", m.components(), m.histories(),
                    m.events(), m.wallSeconds(), m.cpuSeconds(), m.millionEventsPerCpuSecond(),
                    m.twoThreadEventsPerSecond() / 1e6, m.speedUp(), m.peakHeapBytes() / MB,
                    m.peakOldBytes() / MB);
            out.flush();
        }
        return Main.OK;
    }

    private static double parseSeconds(String text) {
        try {
            double seconds = Double.parseDouble(text);
            if (seconds > 0 && seconds <= 3600) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("seconds per measurement must be a number above 0 and at most 3600, got '" + text + "'");
    }
}
