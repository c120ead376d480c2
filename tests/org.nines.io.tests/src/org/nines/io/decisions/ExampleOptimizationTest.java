package org.nines.io.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.nines.analysis.optimization.OptimizationGoal;
import org.nines.analysis.optimization.OptimizationResult;
import org.nines.analysis.optimization.RedundancyOptimizer;
import org.nines.analysis.scenario.ScenarioComparison;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;

/**
 * plant-mes marks its firewall and WAN link as optimisable. The cheapest design reaching 99.7 % adds one WAN link of
 * carrier A's kind, which is the same redundancy scenario S-02 draws with carrier B's identical link: the two must give
 * the same downtime (23.98 h/yr in plant-mes.md).
 */
class ExampleOptimizationTest {
    @Test
    void cheapestDesignForNinetyNinePointSevenIsASecondWanLinkLikeScenarioS02() throws Exception {
        SystemModel model = ModelStore.load(Path.of(System.getProperty("nines.examples", "../../examples"), "plant-mes.nines")).model();
        OptimizationResult result = RedundancyOptimizer.optimize(model, new OptimizationGoal.TargetAvailability(0.997));
        assertTrue(result.exact(), "firewall and WAN link are in series with the rest: exact dynamic programming");
        assertEquals(8_500, result.best().cost(), 1e-9, "one firewall (7,500) and two links (2 x 500)");
        double s02 = ScenarioComparison.compare(model).get("S-02").availability();
        assertEquals(s02, result.best().availability(), 1e-12);
        assertEquals(23.98, (1 - result.best().availability()) * 8760, 0.005);
    }
}
