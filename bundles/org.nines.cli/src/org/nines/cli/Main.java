package org.nines.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the {@code nines} command line. Plain Java: runs on a flat class path (fast start, used by the
 * {@code ./nines} script) or inside OSGi through {@link HeadlessApplication}.
 *
 * <p>Life cycle of every command: parse arguments, read and check input (usage and input errors exit with
 * {@link #USAGE}), execute, report. Exit codes: {@link #OK} success, {@link #USAGE} usage or input error,
 * {@link #FAILURE} anything else.
 */
public final class Main {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; never throws. */
    public int run(String... args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.isEmpty()) {
            err.print(Usage.text());
            return USAGE;
        }
        String command = arguments.get(0);
        List<String> rest = arguments.subList(1, arguments.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(Usage.text());
            return OK;
        }
        try {
            return switch (command) {
                case "--help", "-h", "help" -> help();
                case "--version", "version" -> version();
                case "validate" -> new ValidateCommand(out, err).run(rest);
                case "info" -> new InfoCommand(out, err).run(rest);
                case "analyze", "analyse" -> new AnalyzeCommand(out, err).run(rest);
                case "convert" -> new ConvertCommand(out, err).run(rest);
                case "simulate", "simulation" -> new SimulateCommand(out, err).run(rest);
                case "risks" -> new RisksCommand(out, err).run(rest);
                case "compare" -> new CompareCommand(out, err).run(rest);
                case "optimize", "optimise" -> new OptimizeCommand(out, err).run(rest);
                case "continuity" -> new ContinuityCommand(out, err).run(rest);
                case "test-plan" -> new TestPlanCommand(out, err).run(rest);
                case "export" -> new ExportCommand(out, err).run(rest);
                case "import-risks" -> new ImportRisksCommand(out, err).run(rest);
                case "bench-simulate" -> new BenchSimulateCommand(out).run(rest);
                case "bench-rare" -> new BenchRareEventsCommand(out).run(rest);
                default -> {
                    err.println("nines: unknown command '" + command + "'. Run 'nines --help' for the list of commands.");
                    yield USAGE;
                }
            };
        } catch (UsageException e) {
            err.println("nines " + command + ": " + e.getMessage());
            return USAGE;
        } catch (IllegalArgumentException e) {
            // the engines refuse input they cannot analyse with a message naming the element: an input error
            err.println("nines " + command + ": " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("nines " + command + ": internal error: " + e);
            return FAILURE;
        }
    }

    private int help() {
        out.print(Usage.text());
        return OK;
    }

    private int version() {
        out.println("Nines " + Versions.ninesVersion() + " (Java " + Runtime.version() + ")");
        return OK;
    }
}
