package org.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** nines continuity and nines test-plan on the example models. */
class ContinuityCommandsTest extends CommandTestSupport {

    @Test
    void continuityListsTheBreachesOfTheWebClusterTargetsAndEveryScenario() {
        int code = new ContinuityCommand(o(), e()).run(List.of(example("web-cluster.nines")));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        String text = stdout();
        assertTrue(text.contains("targets RTO 4 h, RPO 15 min, max outage 24 h"), text);
        assertTrue(text.contains("Site A fire (risk R-01): "), text);
        assertTrue(text.contains("RTO 336 h > target 4 h"), text);
        assertTrue(text.contains("Canary releases"), text);
    }

    @Test
    void continuityJsonHasOneResultPerScenarioPlusTheBase() {
        int code = new ContinuityCommand(o(), e()).run(List.of(example("web-cluster.nines"), "--json"));
        assertEquals(Main.OK, code);
        String json = stdout().trim();
        assertTrue(json.startsWith("{\"model\":"), json);
        assertEquals(4, json.split("\"scenarioName\":").length - 1);
        assertTrue(json.contains("\"objective\":\"RTO\""), json);
    }

    @Test
    void testPlanFlagsTestsThatTakeTheServiceDown() {
        int code = new TestPlanCommand(o(), e()).run(List.of(example("web-cluster.nines")));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        String text = stdout();
        assertTrue(text.startsWith("Failover test plan of "), text);
        assertTrue(text.contains("Isolate site Data centre A"), text);
        assertTrue(text.contains("** DO NOT RUN IN PRODUCTION **"), text);
        assertTrue(text.contains("Not tested (single points of failure"), text);
    }

    @Test
    void testPlanJsonListsEveryTest() {
        int code = new TestPlanCommand(o(), e()).run(List.of("--json", example("os-standby.nines")));
        assertEquals(Main.OK, code);
        String json = stdout();
        assertTrue(json.contains("\"id\":\"T-os-a\""), json);
        assertTrue(json.contains("\"outcome\":\"DEGRADED\""), json);
    }

    @Test
    void testPlanWritesAWorkbookForTheSiteTeam(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("plan.xlsx");
        int code = new TestPlanCommand(o(), e()).run(List.of(example("web-cluster.nines"), "--xlsx", xlsx.toString()));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(stdout().startsWith("Wrote " + xlsx + ": 14 failover tests, 1 flagged do not run in production"), stdout());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
            assertEquals("Test Plan", wb.getSheetAt(0).getSheetName());
        }
    }

    @Test
    void continuityWithSimulationReportsTheShareOfOutagesBeyondTheRto() {
        int code = new ContinuityCommand(o(), e()).run(List.of(example("web-cluster.nines"), "--simulate", "--histories", "300",
                "--threads", "1"));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(stdout().matches("(?s).*Simulated \\(top service, seed 1\\): [0-9,]+ outages; [0-9.]+ % of them longer than the RTO of 4 h.*"),
                stdout());
    }

    @Test
    void unknownOptionsAndMissingFilesAreUsageErrors() {
        assertThrows(UsageException.class, () -> new TestPlanCommand(o(), e()).run(List.of("--xlsx")));
        assertThrows(UsageException.class, () -> new ContinuityCommand(o(), e()).run(List.of()));
        assertEquals(Main.USAGE, new ContinuityCommand(o(), e()).run(List.of("no-such-file.nines")));
    }
}
