package org.nines.analysis.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nines.model.ComponentKind;
import org.nines.model.DiagramNode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * Regression: the risk register compiled its BDD on the caller's thread, and a deep structure (thousands of blocks in
 * series) overflowed the stack (seen with the 5,000-component workbook benchmark). Compilation now runs on the exact
 * engine's large-stack thread.
 */
class DeepStructureRegressionTest {
    @Test
    void riskOnALongSeriesChainIsAssessedWithoutStackOverflow() {
        ModelBuilder builder = ModelBuilder.model("long chain");
        DiagramBuilder d = builder.diagram("d", "Chain");
        DiagramNode previous = d.start();
        for (int i = 0; i < 6000; i++) {
            var block = d.block("b" + i, builder.component("c" + i, "C" + i, ComponentKind.LINK, 100_000, 1));
            d.connect(previous, block);
            previous = block;
        }
        d.connect(previous, d.end());
        SystemModel model = builder.build();
        assertEquals(1.0, RiskAnalysis.serviceDownProbability(model, Set.of("c2999")), 0.0, "a series element down takes the service down");
    }
}
