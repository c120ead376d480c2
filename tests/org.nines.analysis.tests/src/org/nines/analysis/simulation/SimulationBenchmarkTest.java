package org.nines.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nines.model.SystemModel;

/** The benchmark behind {@code ./nines bench --simulate} measures the models it describes (no timing assertions). */
class SimulationBenchmarkTest {

    @Test
    void modelHasTheRequestedComponentsInPairsAndTwoOfThreeGroups() {
        SystemModel model = SimulationBenchmark.model(10);
        assertEquals(10, model.getComponents().size());
        assertEquals("bench-10", model.getName());
    }

    @Test
    void measurementCountsTheEventsOfTheSimulationItTimes() {
        SimulationModel model = SimulationModel.compile(SimulationBenchmark.model(10));
        SimulationBenchmark.Measurement m = SimulationBenchmark.measure(10, model, 3000);
        SimulationResult direct = MonteCarloSimulation.run(model,
                SimulationOptions.defaults().withThreats(ThreatMode.OFF).withHistories(3000));
        assertEquals(3000, m.histories());
        assertEquals(direct.events(), m.events());
        assertEquals(direct.availability().mean(), m.availability());
        assertTrue(m.cpuSeconds() > 0 && m.twoThreadWallSeconds() > 0 && m.peakHeapBytes() > 0, m.toString());
    }

    @Test
    void refusesNonPositiveSeconds() {
        assertThrows(IllegalArgumentException.class, () -> SimulationBenchmark.measureAll(0));
        assertThrows(IllegalArgumentException.class, () -> SimulationBenchmark.measureAll(Double.NaN));
    }
}
