package org.nines.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.simulation.FailureBiasing;
import org.nines.analysis.simulation.MonteCarloSimulation;
import org.nines.analysis.simulation.RareEventJson;
import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationJson;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationMonitor;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.model.SystemModel;

/**
 * {@code nines simulate FILE [--json] [--histories N] [--years Y] [--seed S] [--threads T] [--target-rel-ci X]
 * [--threats inherent|residual|off] [--method plain|failure-biasing]}: Monte Carlo availability simulation of a model,
 * with a progress bar on stderr when stderr is a terminal. {@code --method failure-biasing} estimates the steady state
 * of a Markovian model by regenerative cycles with failure biasing ({@link FailureBiasing}; --histories is then the
 * number of cycles, --years plays no part). Ctrl+C cancels the run ({@link Interruption}): the histories (or cycles)
 * finished so far, whole batches, are printed, marked "partial: interrupted after N histories" (or "N cycles"), and
 * the command exits with 130.
 */
final class SimulateCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private boolean json;
    private final SimulationArgs simulation = new SimulationArgs().acceptingMethod();
    private String file;
    private final Interruption interruption;
    private final boolean onCtrlC;

    /** The command as the command line runs it: progress bar on a terminal, Ctrl+C prints the partial result. */
    SimulateCommand(PrintStream out, PrintStream err) {
        this(out, err, err == System.err && stderrIsTerminal(), new Interruption(), true);
    }

    /** @param terminal whether to draw a progress bar on {@code err} */
    SimulateCommand(PrintStream out, PrintStream err, boolean terminal) {
        this(out, err, terminal, new Interruption(), false);
    }

    /**
     * @param interruption cancels the run when interrupted
     * @param onCtrlC      whether to install it as a shutdown hook for the duration of the run
     */
    SimulateCommand(PrintStream out, PrintStream err, boolean terminal, Interruption interruption, boolean onCtrlC) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.interruption = interruption;
        this.onCtrlC = onCtrlC;
    }

    int run(List<String> arguments) {
        parse(arguments);
        SystemModel valid = ModelInput.loadValid(file, err, "not simulated");
        if (valid == null) {
            return Main.USAGE;
        }
        SimulationModel model = SimulationModel.compile(valid);
        boolean biasing = simulation.method() == SimulationArgs.Method.FAILURE_BIASING;
        if (biasing) {
            FailureBiasing.requireMarkovian(model, simulation.options().threats());
        }
        if (onCtrlC) {
            interruption.install();
        }
        try {
            SimulationMonitor monitor = interruption.cancelling(terminal ? new ProgressBar(err, biasing ? "cycles" : "histories")
                    : SimulationMonitor.NONE);
            long done;
            if (biasing) {
                RareEventResult result = FailureBiasing.run(model, simulation.options(), monitor);
                done = result.cycles();
                eraseProgress();
                if (json) {
                    out.println(RareEventJson.of(result));
                } else {
                    report(result);
                }
            } else {
                SimulationResult result = MonteCarloSimulation.run(model, simulation.options(), monitor);
                done = result.histories();
                eraseProgress();
                if (json) {
                    out.println(SimulationJson.of(result));
                } else {
                    report(result);
                }
            }
            if (interruption.interrupted()) {
                err.printf(Locale.ROOT, "%s: partial: interrupted after %,d %s%n", file, done, biasing ? "cycles" : "histories");
            }
            out.flush();
            return interruption.interrupted() ? Interruption.EXIT_INTERRUPTED : Main.OK;
        } finally {
            interruption.finished();
        }
    }

    private void eraseProgress() {
        if (terminal) {
            err.print("\r\u001b[K"); // erase the progress bar also when the run stopped early
        }
    }

    private void parse(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            int used = simulation.accept(arguments, i);
            if (used >= 0) {
                i = used;
                continue;
            }
            switch (a) {
                case "--json" -> json = true;
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (file != null) {
                        throw new UsageException("simulates one model at a time, got " + file + " and " + a);
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            throw new UsageException("expects a model file, e.g. nines simulate examples/web-cluster.nines");
        }
    }

    private void report(SimulationResult r) {
        out.printf(Locale.ROOT, "%s (simulated: %,d histories of %s, seed %d, threats %s)%s%n", r.modelName(), r.histories(),
                r.years() == 1 ? "one year" : r.years() + " years", r.seed(), r.threats().name().toLowerCase(Locale.ROOT),
                stopNote(r.status(), r.histories(), "histories"));
        printAvailability(r.availability());
        if (Double.isFinite(r.relativeCiHalfWidth())) {
            out.printf(Locale.ROOT, "  Unavailability         %.4g ± %.1f %%%n", r.unavailability(), 100 * r.relativeCiHalfWidth());
        }
        SimulationResult.Distribution d = r.downtimeHoursPerYear();
        out.printf(Locale.ROOT, "  Downtime per year      mean %s, P50 %s, P90 %s, P99 %s, max %s%n", Formats.duration(d.mean()),
                Formats.duration(d.p50()), Formats.duration(d.p90()), Formats.duration(d.p99()), Formats.duration(d.max()));
        SimulationResult.Distribution o = r.outagesPerYear();
        out.printf(Locale.ROOT, "  Outages per year       mean %.4g, P50 %.4g, P90 %.4g, P99 %.4g, max %.4g%n", o.mean(), o.p50(),
                o.p90(), o.p99(), o.max());
        SimulationResult.Distribution t = r.outageDurationHours();
        if (t.count() > 0) {
            out.printf(Locale.ROOT, "  Outage duration        mean %s, P50 %s, P90 %s, max %s%n", Formats.duration(t.mean()),
                    Formats.duration(t.p50()), Formats.duration(t.p90()), Formats.duration(t.max()));
        }
        out.printf(Locale.ROOT, "  MTBF                   %s%n", Formats.duration(r.mtbfHours()));
        out.println("Largest contributions to downtime (failed while critical):");
        r.componentContributions().stream().filter(c -> c.downtimeHoursPerYear() > 0).limit(10)
                .forEach(c -> out.printf(Locale.ROOT, "  %-40s %s/yr  (%.1f %%)%n", c.label(), Formats.duration(c.downtimeHoursPerYear()),
                        100 * c.share()));
        if (!r.threatContributions().isEmpty() && r.threats() != ThreatMode.OFF) {
            out.println("Threats (occurrences per year, service downtime per year while in progress):");
            r.threatContributions().forEach(c -> out.printf(Locale.ROOT, "  %-8s %-31s %8.3g  %s/yr%n", c.riskId(),
                    shorten(c.label(), 31), c.occurrencesPerYear(), Formats.duration(c.downtimeHoursPerYear())));
        }
        out.printf(Locale.ROOT, "Simulated %,d events in %.2f s (%.3g million events/s on %d thread%s)%n", r.events(),
                r.wallSeconds(), r.eventsPerSecond() / 1e6, r.threads(), r.threads() == 1 ? "" : "s");
    }

    /** Why the run stopped, as a suffix of the report's first line ("" when it ran to the end). */
    private String stopNote(SimulationResult.Status status, long done, String unit) {
        return switch (status) {
            case CANCELLED -> String.format(Locale.ROOT, ", partial: %s after %,d %s",
                    interruption.interrupted() ? "interrupted" : "cancelled", done, unit);
            case TARGET_REACHED -> ", stopped at the target confidence";
            case COMPLETED -> "";
        };
    }

    private void printAvailability(SimulationResult.Estimate a) {
        out.printf(Locale.ROOT, "  Availability           %s (95 %% CI %s to %s)%n", Formats.percent(a.mean()), Formats.percent(a.ciLow()),
                Formats.percent(a.ciHigh()));
    }

    private void report(RareEventResult r) {
        out.printf(Locale.ROOT, "%s (failure biasing: %,d regenerative cycles, seed %d, steady state)%s%n", r.modelName(), r.cycles(),
                r.seed(), stopNote(r.status(), r.cycles(), "cycles"));
        printAvailability(r.availability());
        if (Double.isFinite(r.relativeCiHalfWidth())) {
            out.printf(Locale.ROOT, "  Unavailability         %.4g ± %.1f %% (95 %% CI %.4g to %.4g)%n", r.unavailability(),
                    100 * r.relativeCiHalfWidth(), r.unavailabilityEstimate().ciLow(), r.unavailabilityEstimate().ciHigh());
        }
        SimulationResult.Estimate d = r.downtimeHoursPerYear();
        out.printf(Locale.ROOT, "  Downtime per year      mean %s (95 %% CI %s to %s); no percentiles with this method%n",
                Formats.duration(d.mean()), Formats.duration(d.ciLow()), Formats.duration(d.ciHigh()));
        SimulationResult.Estimate o = r.outagesPerYear();
        out.printf(Locale.ROOT, "  Outages per year       mean %.4g (95 %% CI %.4g to %.4g)%n", o.mean(), o.ciLow(), o.ciHigh());
        out.printf(Locale.ROOT, "  MTBF                   %s%n", Formats.duration(r.mtbfHours()));
        out.printf(Locale.ROOT, "  Mean downtime          %s%n", Formats.duration(r.meanDowntimeHours()));
        out.printf(Locale.ROOT, "  Likelihood ratio       mean %.4f ± %.4f (should be 1; %,d of %,d biased cycles saw an outage)%n",
                r.likelihoodRatio().mean(), 1.96 * r.likelihoodRatio().standardError(), r.cyclesWithOutage(), r.cycles());
        out.println("Largest contributions to downtime (failed while critical):");
        r.componentContributions().stream().filter(c -> c.downtimeHoursPerYear() > 0).limit(10)
                .forEach(c -> out.printf(Locale.ROOT, "  %-40s %s/yr  (%.1f %%)%n", c.label(), Formats.duration(c.downtimeHoursPerYear()),
                        100 * c.share()));
        out.printf(Locale.ROOT, "Simulated %,d transitions in %.2f s on %d thread%s%n", r.steps(), r.wallSeconds(), r.threads(),
                r.threads() == 1 ? "" : "s");
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** Whether stderr is a terminal: {@code Console.isTerminal()} on Java 22+, else whether there is a console. */
    private static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** A one-line progress bar, redrawn at most ten times a second, erased at the end. */
    private static final class ProgressBar implements SimulationMonitor {
        private final PrintStream err;
        private final String unit;
        private long lastDrawn;

        /** @param unit what is counted: "histories" or "cycles" */
        ProgressBar(PrintStream err, String unit) {
            this.err = err;
            this.unit = unit;
        }

        @Override
        public void progress(long done, long planned, double availability, double relativeCi) {
            long now = System.nanoTime();
            if (done < planned && now - lastDrawn < 100_000_000L) {
                return;
            }
            lastDrawn = now;
            int width = 30;
            int filled = (int) Math.min(width, width * done / Math.max(1, planned));
            err.printf(Locale.ROOT, "\r[%s%s] %,d/%,d %s  A %s%s\u001b[K", "#".repeat(filled), ".".repeat(width - filled),
                    done, planned, unit, Formats.percent(availability),
                    Double.isFinite(relativeCi) ? String.format(Locale.ROOT, " ± %.1f %%", 100 * relativeCi) : "");
            if (done >= planned) {
                err.print("\r\u001b[K");
            }
            err.flush();
        }
    }
}
