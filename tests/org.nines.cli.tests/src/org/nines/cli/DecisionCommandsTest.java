package org.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.model.ModelStore;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.DesignOption;
import org.nines.model.NinesFactory;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.RedundancyMode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** nines risks, nines compare and nines optimize on the example models and on a model with optimisation data. */
class DecisionCommandsTest extends CommandTestSupport {
    @TempDir
    Path dir;

    /** App (optimisable: 1..3 active units, or 2 units in cold standby) in series with a database. */
    private Path optimisable() throws Exception {
        ModelBuilder b = ModelBuilder.model("Optimisable");
        Component app = b.component("app", "App", ComponentKind.APPLICATION, 2000, 8);
        app.setCapex(1000);
        Component db = b.component("db", "Database", ComponentKind.DATABASE, 20_000, 4);
        DiagramBuilder top = b.diagram("top", "Service");
        Block bApp = top.block("b-app", app);
        top.chain(top.start(), bApp, top.block("b-db", db), top.end());
        SystemModel m = b.build();
        OptimizationSubsystem s = NinesFactory.eINSTANCE.createOptimizationSubsystem();
        s.setId("opt-app");
        s.setBlock(bApp);
        m.getOptimizationSubsystems().add(s);
        DesignOption active = NinesFactory.eINSTANCE.createDesignOption();
        active.setId("app-active");
        active.setComponent(app);
        active.setMinUnits(1);
        active.setMaxUnits(3);
        active.setMode(RedundancyMode.ACTIVE);
        s.getOptions().add(active);
        Path file = dir.resolve("opt.nines");
        ModelStore.save(m, file);
        return file;
    }

    @Test
    void risksPrintsTheRankedRegisterWithReasonsAndMatrices() {
        assertEquals(Main.OK, new RisksCommand(o(), e()).run(List.of(example("web-cluster.nines"))));
        String text = stdout();
        assertTrue(text.contains("Risk register of Online shop web cluster"), text);
        assertTrue(text.indexOf("R-02") < text.indexOf("R-07"), "ranked by expected loss");
        assertTrue(text.contains("[derived]"));
        assertTrue(text.contains("Inherent risk matrix") && text.contains("Residual risk matrix"));
        assertTrue(text.contains("Takes down Load balancer 1, Load balancer 2"));
    }

    @Test
    void risksJsonHasOneObjectPerRiskWithBothFigureSets() {
        assertEquals(Main.OK, new RisksCommand(o(), e()).run(List.of(example("web-cluster.nines"), "--json", "--no-derived")));
        String json = stdout().trim();
        assertTrue(json.startsWith("{\"model\":\"Online shop web cluster\""), json);
        assertEquals(7, json.split("\"rank\":").length - 1, "seven risks, no derived ones");
        assertTrue(json.contains("\"residual\":{\"likelihoodPerYear\":"));
        assertTrue(json.contains("\"lossPerYear\":90000.0"));
    }

    @Test
    void compareHasOneRowPerAlternativeIncludingTheBase() {
        assertEquals(Main.OK, new CompareCommand(o(), e()).run(List.of(example("web-cluster.nines"))));
        String text = stdout();
        for (String id : List.of("base", "S-01", "S-02", "S-03")) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(id + " ")), id + "\n" + text);
        }
        assertTrue(text.contains("99.986215 %"), text);
    }

    @Test
    void compareJsonReportsPaybackAndPareto() {
        assertEquals(Main.OK, new CompareCommand(o(), e()).run(List.of("--json", example("plant-mes.nines"))));
        String json = stdout();
        assertEquals(4, json.split("\"paretoEfficient\":").length - 1);
        assertTrue(json.contains("\"id\":\"S-02\""));
    }

    @Test
    void optimizeFindsTheCheapestDesignForATargetGivenAsAPercentage() throws Exception {
        Path file = optimisable();
        assertEquals(Main.OK, new OptimizeCommand(o(), e()).run(List.of(file.toString(), "--target-availability", "99.9%")));
        String text = stdout();
        assertTrue(text.contains("Method: series structure: exact dynamic programming (optimal)"), text);
        assertTrue(text.contains("2 x app (1 of 2, ACTIVE)"), text);
        assertTrue(text.contains("Pareto front (3 designs"), text);
    }

    @Test
    void optimizeWithABudgetAndJson() throws Exception {
        Path file = optimisable();
        assertEquals(Main.OK, new OptimizeCommand(o(), e()).run(List.of(file.toString(), "--budget", "1500", "--json")));
        String json = stdout();
        assertTrue(json.contains("\"budget\":1500.0"), json);
        assertTrue(json.contains("\"best\":{\"availability\":"), json);
        assertTrue(json.contains("\"units\":1"), json);
    }

    @Test
    void optimizeOnAModelWithoutSubsystemsIsAnInputError() {
        assertEquals(Main.USAGE, new OptimizeCommand(o(), e()).run(List.of(example("web-cluster.nines"))));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no optimisation subsystems"));
    }

    @Test
    void wrongArgumentsAreUsageErrors() throws Exception {
        Path file = optimisable();
        assertThrows(UsageException.class, () -> new OptimizeCommand(o(), e())
                .run(List.of(file.toString(), "--budget", "1", "--target-availability", "0.9")));
        assertThrows(UsageException.class, () -> new OptimizeCommand(o(), e()).run(List.of(file.toString(), "--target-availability", "2")));
        assertThrows(UsageException.class, () -> new RisksCommand(o(), e()).run(List.of()));
        assertThrows(UsageException.class, () -> new CompareCommand(o(), e()).run(List.of("a.nines", "--bogus")));
    }

    @Test
    void missingFileIsAnInputError() {
        assertEquals(Main.USAGE, new RisksCommand(o(), e()).run(List.of(dir.resolve("none.nines").toString())));
    }
}
