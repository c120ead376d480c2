package org.nines.io.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nines.analysis.simulation.MonteCarloSimulation;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;

/** The example models simulated, against the exact engine and across thread counts. */
class ExampleSimulationTest {

    private static SystemModel load(String example) throws Exception {
        return ModelStore.load(Path.of(System.getProperty("nines.examples", "../../examples"), example)).model();
    }

    /**
     * Without threats the simulation and the exact engine describe the same system, but not with the same assumptions:
     * the simulation starts with new components (Weibull wear-out is then rarer in early years), repairs the members
     * of a common-cause group one by one, and switches standby members over in a fixed rather than exponential time.
     * Over 20-year histories they agree within four standard errors plus 10 %.
     */
    @ParameterizedTest
    @ValueSource(strings = { "web-cluster.nines", "plant-mes.nines", "os-standby.nines", "meshed-network.nines" })
    void withoutThreatsTheSimulationAgreesWithTheExactEngine(String example) throws Exception {
        SystemModel model = load(example);
        double exact = AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.noCutSets())
                .unavailability();
        SimulationResult r = MonteCarloSimulation.run(SimulationModel.compile(model), SimulationOptions.defaults()
                .withHistories(2000).withYears(20).withThreats(ThreatMode.OFF).withThreads(2));
        double tolerance = 4 * r.availability().standardError() + 0.10 * exact;
        assertEquals(exact, r.unavailability(), tolerance, example);
    }

    @ParameterizedTest
    @ValueSource(strings = { "web-cluster.nines", "plant-mes.nines", "os-standby.nines", "meshed-network.nines" })
    void everyThreatModeGivesTheSameFiguresOnOneAndTwoThreads(String example) throws Exception {
        SimulationModel model = SimulationModel.compile(load(example));
        for (ThreatMode mode : ThreatMode.values()) {
            SimulationOptions options = SimulationOptions.defaults().withHistories(1000).withThreats(mode).withSeed(11)
                    .withBatchSize(100);
            SimulationResult one = MonteCarloSimulation.run(model, options);
            SimulationResult two = MonteCarloSimulation.run(model, options.withThreads(2));
            assertEquals(one.availability(), two.availability(), example + " " + mode);
            assertEquals(one.downtimeHoursPerYear(), two.downtimeHoursPerYear());
            assertEquals(one.componentContributions(), two.componentContributions());
            assertEquals(one.threatContributions(), two.threatContributions());
            assertEquals(one.events(), two.events());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "web-cluster.nines", "plant-mes.nines" })
    void threatsAddDowntimeAndMitigationTakesSomeOfItAway(String example) throws Exception {
        SimulationModel model = SimulationModel.compile(load(example));
        SimulationOptions options = SimulationOptions.defaults().withHistories(4000).withThreads(2);
        double off = MonteCarloSimulation.run(model, options.withThreats(ThreatMode.OFF)).downtimeHoursPerYear().mean();
        SimulationResult inherent = MonteCarloSimulation.run(model, options.withThreats(ThreatMode.INHERENT));
        double residual = MonteCarloSimulation.run(model, options.withThreats(ThreatMode.RESIDUAL)).downtimeHoursPerYear().mean();
        assertTrue(off < residual && residual < inherent.downtimeHoursPerYear().mean(),
                off + " < " + residual + " < " + inherent.downtimeHoursPerYear().mean());
        assertTrue(inherent.threatContributions().stream().anyMatch(t -> t.occurrencesPerYear() > 0));
    }
}
