package org.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    @Test
    void versionPrintsTheBundleVersionAndExitsZero() {
        assertEquals(Main.OK, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("Nines 0\\.1\\.0\\.\\S+ \\(Java .*\\)\\R"), out.toString());
    }

    @Test
    void helpListsCommandsAndExitsZero() {
        assertEquals(Main.OK, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("Usage: nines"));
        // every command Main dispatches is documented, with its place in the list
        for (String command : java.util.List.of("validate", "info", "analyze", "convert", "simulate", "risks", "compare",
                "optimize", "continuity", "test-plan", "export", "import-risks", "bench")) {
            assertTrue(help.matches("(?s).*\\n  " + java.util.regex.Pattern.quote(command) + " .*"), command + " missing from --help");
        }
    }

    @Test
    void unknownCommandIsAUsageErrorNamingTheCommand() {
        assertEquals(Main.USAGE, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
    }

    @Test
    void benchSimulatePrintsOneRowPerModelSizeAndTheMemoryCheck() {
        assertEquals(Main.OK, run("bench-simulate", "0.02"));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertTrue(lines[0].contains("M ev/CPU-s") && lines[0].contains("speedup"), lines[0]);
        assertEquals(5, lines.length, "header, 10, 100, 1,000 components, and 100 again with 10x the histories");
        assertTrue(lines[3].strip().startsWith("1000"), lines[3]);
    }

    @Test
    void benchSimulateRefusesNonPositiveSeconds() {
        assertEquals(Main.USAGE, run("bench-simulate", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("seconds per measurement"));
    }

    @Test
    void noArgumentsPrintsUsageAndExitsTwo() {
        assertEquals(Main.USAGE, run());
    }
}
