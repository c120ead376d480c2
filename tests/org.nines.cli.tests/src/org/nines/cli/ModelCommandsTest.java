package org.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.model.ModelStore;
import org.nines.model.ComponentKind;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** nines validate and nines info on real files. */
class ModelCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private Path save(SystemModel model, String name) throws Exception {
        Path file = dir.resolve(name);
        ModelStore.save(model, file);
        return file;
    }

    private static SystemModel series() {
        ModelBuilder builder = ModelBuilder.model("Series");
        var app = builder.component("app", "App", ComponentKind.APPLICATION, 8760, 2);
        var db = builder.component("db", "Database", ComponentKind.DATABASE, 20_000, 4);
        DiagramBuilder top = builder.diagram("top", "Service");
        top.chain(top.start(), top.block("b-app", app), top.block("b-db", db), top.end());
        return builder.build();
    }

    @Test
    void validModelExitsZero() throws Exception {
        Path file = save(series(), "ok.nines");
        assertEquals(Main.OK, run("validate", file.toString()));
        assertEquals(file + ": valid\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void invalidModelExitsTwoWithFileLineMessages() throws Exception {
        SystemModel model = series();
        model.getComponents().get(1).setCapex(-1);
        Path file = save(model, "bad.nines");
        assertEquals(Main.USAGE, run("validate", file.toString()));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.matches("(?s)" + java.util.regex.Pattern.quote(file.toString())
                + ":\\d+: error: Component 'Database' \\(db\\): purchase cost \\(CAPEX\\) must not be negative.*"), messages);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("invalid, 1 error"));
    }

    @Test
    void unreadableFileExitsTwo() throws Exception {
        Path file = dir.resolve("broken.nines");
        Files.writeString(file, "<nines:SystemModel xmlns:nines=\"http://nines.org/model/1\"");
        assertEquals(Main.USAGE, run("validate", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(file + ":"));
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertEquals(Main.USAGE, run("validate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expects one or more model files"));
    }

    @Test
    void infoCountsTheModelsContents() throws Exception {
        Path file = save(series(), "ok.nines");
        assertEquals(Main.OK, run("info", file.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Series"), text);
        assertTrue(text.matches("(?s).*components\\s+2\\n.*blocks\\s+2\\n.*connectors\\s+3\\n.*"), text);
    }

    @Test
    void analyzePrintsAReportWithSinglePointsOfFailure() throws Exception {
        Path file = save(series(), "series.nines");
        assertEquals(Main.OK, run("analyze", file.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Availability") && text.contains("Single points of failure: "), text);
    }

    @Test
    void analyzeJsonHasTheDocumentedKeys() throws Exception {
        Path file = save(series(), "series.nines");
        assertEquals(Main.OK, run("analyze", "--json", "--mission-time", "1000", file.toString()));
        String json = out.toString(StandardCharsets.UTF_8);
        for (String key : java.util.List.of("availability", "unavailability", "downtimeHoursPerYear", "failuresPerYear",
                "mtbfHours", "meanDowntimeHours", "nines", "reliability", "singlePointsOfFailure", "minimalCutSets",
                "importance", "birnbaum", "criticality", "fussellVesely", "raw", "rrw", "diagrams", "seconds")) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing in " + json);
        }
        // series of app (8760/2) and db (20000/4): unavailability 1 - (8760/8762)(20000/20004)
        double q = 1 - (8760.0 / 8762) * (20000.0 / 20004);
        var matcher = java.util.regex.Pattern.compile("\"unavailability\":([^,]+),").matcher(json);
        assertTrue(matcher.find(), json);
        assertEquals(q, Double.parseDouble(matcher.group(1)), q * 1e-12, "full precision in JSON");
    }

    @Test
    void analyzeRefusesAnInvalidModel() throws Exception {
        SystemModel model = series();
        model.getComponents().get(0).setCapex(-1);
        Path file = save(model, "bad.nines");
        assertEquals(Main.USAGE, run("analyze", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not analysed: fix the errors above first"));
    }

    @Test
    void analyzeRejectsABadMissionTime() throws Exception {
        Path file = save(series(), "series.nines");
        assertEquals(Main.USAGE, run("analyze", "--mission-time", "-3", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--mission-time needs a positive number, got '-3'"));
    }

    @Test
    void analyzeApproximateListsTheCutSetsOfAModel() throws Exception {
        Path file = save(series(), "series.nines");
        assertEquals(Main.OK, run("analyze", "--approximate", "1", "--json", file.toString()));
        String json = out.toString(StandardCharsets.UTF_8);
        for (String key : java.util.List.of("model", "approximation", "orderLimit", "cutSetCount", "cutSetsByOrder",
                "rareEvent", "minCutUpperBound", "minimalCutSets", "importance", "fussellVesely", "zbddNodes", "seconds")) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing in " + json);
        }
        // the two single points of failure: rare-event = q_app + q_db, min-cut upper bound = 1 - (1 - q_app)(1 - q_db)
        double qApp = 2.0 / 8762;
        double qDb = 4.0 / 20004;
        assertTrue(json.contains("\"cutSetCount\":2,"), json);
        assertEquals(qApp + qDb, number(json, "rareEvent"), 1e-15);
        assertEquals(1 - (1 - qApp) * (1 - qDb), number(json, "minCutUpperBound"), 1e-15);
    }

    @Test
    void analyzeApproximateOfAnOpenPsaFaultTree() throws Exception {
        Path mef = dir.resolve("two-of-three.xml");
        java.nio.file.Files.writeString(mef, """
                <opsa-mef><define-fault-tree name="ft"><define-gate name="top"><atleast min="2">
                <basic-event name="a"/><basic-event name="b"/><basic-event name="c"/></atleast></define-gate>
                </define-fault-tree><model-data>
                <define-basic-event name="a"><float value="0.1"/></define-basic-event>
                <define-basic-event name="b"><float value="0.2"/></define-basic-event>
                <define-basic-event name="c"><float value="0.3"/></define-basic-event>
                </model-data></opsa-mef>
                """);
        assertEquals(Main.OK, run("analyze", mef.toString(), "--approximate", "3"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Approximation from the 3 minimal cut sets of order 3 or less")
                && text.contains("not exact figures") && text.contains("Rare-event approximation  0.110000")
                && text.contains("0.06000  b + c") && text.contains("Cut sets by order         2: 3"), text);
    }

    @Test
    void analyzeApproximateRejectsAnOrderOutOfRange() throws Exception {
        Path file = save(series(), "series.nines");
        assertEquals(Main.USAGE, run("analyze", "--approximate", "0", file.toString()));
        assertEquals(Main.USAGE, run("analyze", "--approximate", "65", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--approximate needs a cut-set order from 1 to 64, got 65"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void analyzeApproximateRefusesANonCoherentTreeNamingFileAndGate() throws Exception {
        Path mef = dir.resolve("not.xml");
        java.nio.file.Files.writeString(mef, """
                <opsa-mef><define-fault-tree name="ft"><define-gate name="top"><or>
                <gate name="valve-open"/><basic-event name="a"/></or></define-gate>
                <define-gate name="valve-open"><not><basic-event name="b"/></not></define-gate>
                </define-fault-tree><model-data>
                <define-basic-event name="a"><float value="0.1"/></define-basic-event>
                <define-basic-event name="b"><float value="0.2"/></define-basic-event>
                </model-data></opsa-mef>
                """);
        assertEquals(Main.USAGE, run("analyze", mef.toString(), "--approximate", "2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(mef + ": cut-set approximation needs a coherent fault"
                + " tree, but gate 'valve-open' is a NOT gate"), err.toString(StandardCharsets.UTF_8));
    }

    private static double number(String json, String key) {
        var matcher = java.util.regex.Pattern.compile("\"" + key + "\":([^,}]+)").matcher(json);
        assertTrue(matcher.find(), key + " in " + json);
        return Double.parseDouble(matcher.group(1));
    }
}
