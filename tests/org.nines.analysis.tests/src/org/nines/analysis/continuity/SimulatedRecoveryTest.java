package org.nines.analysis.continuity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nines.analysis.simulation.MonteCarloSimulation;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.FixedRepair;
import org.nines.model.NinesFactory;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** Simulated outage durations against the RTO. */
class SimulatedRecoveryTest {
    @Test
    void shareAboveAThresholdCountsWholeBinsAndTheLogLinearPartOfTheStraddlingOne() {
        List<SimulationResult.Bin> bins = List.of(new SimulationResult.Bin(1, 10, 40), new SimulationResult.Bin(10, 100, 60));
        assertEquals(0.6, SimulatedRecovery.shareLongerThan(bins, 100, 10), 1e-12);
        // half of the first bin on a log scale lies above sqrt(10)
        assertEquals(0.6 + 0.4 * 0.5, SimulatedRecovery.shareLongerThan(bins, 100, Math.sqrt(10)), 1e-12);
        assertEquals(0.0, SimulatedRecovery.shareLongerThan(bins, 100, 100), 1e-12);
        assertEquals(1.0, SimulatedRecovery.shareLongerThan(bins, 100, 0.5), 1e-12);
    }

    /** One component repaired in exactly 10 h: every outage lasts 10 h (but those cut off at the end of a year). */
    @Test
    void fixedTenHourRepairsBreachAFourHourRtoAndNeverATwentyHourOne() {
        ModelBuilder b = ModelBuilder.model("fixed repair");
        Component c = b.component("c", "C", ComponentKind.SERVER, 500, 10);
        FixedRepair repair = NinesFactory.eINSTANCE.createFixedRepair();
        repair.setHours(10);
        c.setRepair(repair);
        DiagramBuilder d = b.diagram("d", "Service");
        d.chain(d.start(), d.block("b", c), d.end());
        SimulationResult result = MonteCarloSimulation.run(SimulationModel.compile(b.build()),
                SimulationOptions.defaults().withHistories(500).withSeed(7).withThreads(1).withThreats(ThreatMode.OFF));
        SimulatedRecovery four = SimulatedRecovery.of(result, 4);
        assertTrue(four.outages() > 5000, "about 17 outages a year: " + four.outages());
        assertTrue(four.shareLongerThanRto() > 0.98, "all but the cut-off ones: " + four.shareLongerThanRto());
        assertEquals(0.0, SimulatedRecovery.of(result, 20).shareLongerThanRto(), 1e-12);
        assertEquals(10.0, four.maxOutageHours(), 1e-9);
    }
}
