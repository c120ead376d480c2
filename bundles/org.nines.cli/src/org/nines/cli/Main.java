package org.nines.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the {@code nines} command line. Plain Java: runs on a flat class path (fast start, used by the
 * {@code ./nines} script) or inside OSGi through {@link HeadlessApplication}.
 *
 * <p>Exit codes: {@link #OK} success, {@link #USAGE} usage or input error, {@link #FAILURE} anything else.
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
        if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h") || arguments.get(0).equals("help")) {
            out.print(Usage.text());
            return arguments.isEmpty() ? USAGE : OK;
        }
        String command = arguments.get(0);
        try {
            return switch (command) {
                case "--version", "version" -> version();
                default -> {
                    err.println("nines: unknown command '" + command + "'. Run 'nines --help' for the list of commands.");
                    yield USAGE;
                }
            };
        } catch (RuntimeException e) {
            err.println("nines: internal error in '" + command + "': " + e);
            return FAILURE;
        }
    }

    private int version() {
        out.println("Nines " + Versions.ninesVersion() + " (Java " + Runtime.version() + ")");
        return OK;
    }
}
