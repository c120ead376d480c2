package org.nines.io.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nines.analysis.scenario.ScenarioComparison;
import org.nines.analysis.scenario.SimulatedComparison;
import org.nines.analysis.simulation.PairedSimulation.PairedDifference;
import org.nines.analysis.simulation.SimulationMonitor;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.ThreatMode;

/** The web-cluster what-ifs simulated with common random numbers: paired differences are far tighter than unpaired. */
class ExampleSimulatedComparisonTest {

    @Test
    void webClusterScenarioDifferencesHaveLessThanHalfTheUnpairedConfidenceInterval() throws Exception {
        SimulationOptions options = SimulationOptions.defaults().withThreats(ThreatMode.OFF).withHistories(4_000).withSeed(3);
        SimulatedComparison c = ScenarioComparison.simulate(ExampleScenarioTest.load("web-cluster.nines"), options,
                SimulationMonitor.NONE);
        assertEquals(c.exact().alternatives().size(), c.alternatives().size());
        assertFalse(c.partial());
        assertNull(c.get("base").differenceToBase());
        for (var a : c.alternatives().subList(1, c.alternatives().size())) {
            PairedDifference d = a.differenceToBase();
            assertEquals(4_000, d.pairs());
            assertTrue(d.halfWidth() < 0.5 * d.unpairedHalfWidth(), a.id() + ": paired ± " + d.halfWidth() + ", unpaired ± "
                    + d.unpairedHalfWidth());
            // the exact engine ranks the alternative the same way when the simulated difference is significant
            double exact = a.exactAvailability() - c.get("base").exactAvailability();
            if (d.ciLow() > 0 || d.ciHigh() < 0) {
                assertEquals(Math.signum(d.mean()), Math.signum(exact), a.id() + ": simulated " + d + ", exact " + exact);
            }
        }
    }
}
