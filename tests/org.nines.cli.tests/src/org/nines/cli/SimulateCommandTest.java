package org.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.model.ModelStore;
import org.nines.model.ComponentKind;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** nines simulate on real files: report, JSON, options, usage errors. */
class SimulateCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SimulateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path series() throws Exception {
        ModelBuilder builder = ModelBuilder.model("Series");
        var app = builder.component("app", "App", ComponentKind.APPLICATION, 1000, 10);
        var db = builder.component("db", "Database", ComponentKind.DATABASE, 2000, 20);
        DiagramBuilder top = builder.diagram("top", "Service");
        top.chain(top.start(), top.block("b-app", app), top.block("b-db", db), top.end());
        Path file = dir.resolve("series.nines");
        ModelStore.save(builder.build(), file);
        return file;
    }

    private static double number(String json, String regex) {
        Matcher m = Pattern.compile(regex + "(-?[0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), regex + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void jsonHasTheAgreedKeysAndCoversTheClosedForm() throws Exception {
        Path file = series();
        assertEquals(Main.OK, run(file.toString(), "--json", "--histories", "4000", "--years", "5", "--seed", "9",
                "--threads", "2"));
        String json = out();
        double low = number(json, "\"availability\":\\{\"mean\":[^}]*\"ciLow\":");
        double high = number(json, "\"availability\":\\{\"mean\":[^}]*\"ciHigh\":");
        double exact = (1000.0 / 1010) * (2000.0 / 2020);
        assertTrue(low - 2 * (high - low) <= exact && exact <= high + 2 * (high - low), json);
        assertEquals(4000, number(json, "\"histories\":"));
        assertEquals(9, number(json, "\"seed\":"));
        assertEquals(2, number(json, "\"threads\":"));
        assertTrue(number(json, "\"events\":") > 4000 * 5 * 8);
        assertTrue(number(json, "\"eventsPerSecond\":") > 0);
        for (String key : new String[] { "\"downtimeHoursPerYear\":{\"mean\":", "\"p50\":", "\"p90\":", "\"p99\":", "\"max\":",
                "\"outagesPerYear\":{\"mean\":", "\"componentContributions\":[{\"key\":\"db\"" }) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void sameSeedPrintsTheSameFiguresOnOneAndTwoThreads() throws Exception {
        Path file = series();
        run(file.toString(), "--json", "--histories", "1000", "--threads", "1");
        String one = out().replaceAll("\"(threads|wallSeconds|eventsPerSecond)\":[^,}]*", "");
        out.reset();
        run(file.toString(), "--json", "--histories", "1000", "--threads", "2");
        String two = out().replaceAll("\"(threads|wallSeconds|eventsPerSecond)\":[^,}]*", "");
        assertEquals(one, two);
    }

    @Test
    void reportShowsAvailabilityDowntimePercentilesAndContributions() throws Exception {
        assertEquals(Main.OK, run(series().toString(), "--histories", "2000"));
        String report = out();
        assertTrue(report.startsWith("Series (simulated: 2,000 histories of one year, seed 1, threats inherent)"), report);
        assertTrue(report.contains("Availability           98."), report);
        assertTrue(report.contains("Downtime per year      mean "), report);
        assertTrue(report.contains("P99"), report);
        assertTrue(report.contains("Largest contributions to downtime"), report);
        assertTrue(report.contains("events in"), report);
    }

    @Test
    void targetRelativeCiStopsEarly() throws Exception {
        assertEquals(Main.OK, run(series().toString(), "--json", "--histories", "1000000", "--target-rel-ci", "0.05"));
        assertTrue(out().contains("\"status\":\"TARGET_REACHED\""), out());
        assertTrue(number(out(), "\"histories\":") < 1_000_000);
        assertTrue(number(out(), "\"relativeCiHalfWidth\":") <= 0.05);
    }

    @Test
    void exampleWithThreatsRunsInEveryThreatMode() {
        Path example = Path.of(System.getProperty("nines.examples", "../../examples")).resolve("web-cluster.nines");
        double previous = Double.NaN;
        for (String mode : new String[] { "off", "residual", "inherent" }) {
            out.reset();
            assertEquals(Main.OK, run(example.toString(), "--json", "--histories", "500", "--threats", mode), err.toString());
            assertTrue(out().contains("\"threats\":\"" + mode + "\""));
            double downtime = number(out(), "\"downtimeHoursPerYear\":\\{\"mean\":");
            if (!Double.isNaN(previous)) {
                assertTrue(downtime >= previous, mode + " " + downtime + " < " + previous);
            }
            previous = downtime;
        }
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        String file = series().toString();
        assertThrows(UsageException.class, () -> run());
        assertThrows(UsageException.class, () -> run(file, "--histories", "0"));
        assertThrows(UsageException.class, () -> run(file, "--years", "-1"));
        assertThrows(UsageException.class, () -> run(file, "--threats", "maybe"));
        assertThrows(UsageException.class, () -> run(file, "--threads"));
        assertThrows(UsageException.class, () -> run(file, "--frobnicate"));
        assertThrows(UsageException.class, () -> run(file, file));
    }

    @Test
    void invalidModelIsNotSimulated() throws Exception {
        SystemModel model = ModelStore.load(series()).model();
        model.getComponents().get(0).setCapex(-1);
        Path bad = dir.resolve("bad.nines");
        ModelStore.save(model, bad);
        assertEquals(Main.USAGE, run(bad.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not simulated"));
    }
}
