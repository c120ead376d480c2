package org.nines.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.LognormalRepair;
import org.nines.model.Risk;
import org.nines.model.Site;
import org.nines.model.SparePool;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;

/**
 * The likelihood ratios, determinism across threads, cancellation, refusals of non-Markovian models, and the
 * five-nines network reaching ±5 % (unbiasedness against exact answers: {@link FailureBiasingUnbiasednessTest}).
 */
class FailureBiasingTest {
    private static final SimulationOptions OPTIONS = SimulationOptions.defaults().withThreats(ThreatMode.OFF);

    @Test
    void likelihoodRatioOfABiasedCycleHasMeanOne() {
        for (SystemModel model : List.of(RareModels.bridge(), RareModels.twoOfThreeWithCommonCause(),
                RareModels.seriesParallelVeryReliable(), RareModels.standbyWithSwitchFailure(), RareModels.pairWithOneCrew())) {
            RareEventResult r = FailureBiasing.run(SimulationModel.compile(model), OPTIONS.withHistories(20_000).withSeed(3));
            SimulationResult.Estimate l = r.likelihoodRatio();
            assertTrue(l.standardError() > 0, model.getName() + ": the weights must vary, " + l);
            assertTrue(Math.abs(l.mean() - 1) <= 4 * l.standardError(), model.getName() + ": " + l);
            assertTrue(r.cyclesWithOutage() > r.cycles() / 20, model.getName() + ": biasing must make outages common, "
                    + r.cyclesWithOutage() + " of " + r.cycles());
        }
    }

    @Test
    void sameSeedGivesBitIdenticalFiguresOnOneAndTwoThreads() {
        SimulationModel model = SimulationModel.compile(RareModels.standbyWithSwitchFailure());
        SimulationOptions options = OPTIONS.withHistories(5_000).withSeed(7).withBatchSize(100);
        RareEventResult one = FailureBiasing.run(model, options);
        RareEventResult two = FailureBiasing.run(model, options.withThreads(2));
        assertEquals(one.unavailabilityEstimate(), two.unavailabilityEstimate());
        assertEquals(one.outagesPerYear(), two.outagesPerYear());
        assertEquals(one.likelihoodRatio(), two.likelihoodRatio());
        assertEquals(one.meanCycleHours(), two.meanCycleHours());
        assertEquals(one.componentContributions(), two.componentContributions());
        assertEquals(one.convergence(), two.convergence());
        assertEquals(one.steps(), two.steps());
        RareEventResult other = FailureBiasing.run(model, options.withSeed(8));
        assertTrue(other.unavailability() != one.unavailability(), "another seed draws other cycles");
    }

    @Test
    void targetStopsEarlyAndCancellingKeepsWholeBatches() {
        SimulationModel model = SimulationModel.compile(RareModels.bridge());
        RareEventResult target = FailureBiasing.run(model, OPTIONS.withHistories(10_000_000).withTargetRelativeCi(0.05).withThreads(2));
        assertEquals(SimulationResult.Status.TARGET_REACHED, target.status());
        assertTrue(target.relativeCiHalfWidth() <= 0.05);
        assertTrue(target.cycles() < 10_000_000);
        List<Long> seen = new ArrayList<>();
        RareEventResult cancelled = FailureBiasing.run(model, OPTIONS.withHistories(100_000).withBatchSize(250), new SimulationMonitor() {
            @Override
            public void progress(long done, long planned, double availability, double relativeCi) {
                seen.add(done);
            }

            @Override
            public boolean isCancelled() {
                return seen.size() >= 3;
            }
        });
        assertTrue(cancelled.partial());
        assertEquals(750, cancelled.cycles());
        RareEventResult complete = FailureBiasing.run(model, OPTIONS.withHistories(750).withBatchSize(250));
        assertEquals(complete.unavailabilityEstimate(), cancelled.unavailabilityEstimate());
    }

    /** The meshed-network example's structure and data (five nines): ±5 % with the exact value inside. */
    @Test
    void fiveNinesNetworkReachesFivePercentAroundTheExactValue() {
        SystemModel model = RareEventBenchmark.meshedNetwork(1);
        double exact = RareModels.exact(model).unavailability();
        assertEquals(7.848e-6, exact, 0.001e-6, "the in-code copy of examples/meshed-network.nines");
        RareEventResult r = FailureBiasing.run(SimulationModel.compile(model),
                OPTIONS.withHistories(50_000_000).withTargetRelativeCi(0.05).withThreads(2));
        assertEquals(SimulationResult.Status.TARGET_REACHED, r.status());
        assertTrue(r.unavailabilityEstimate().ciLow() <= exact && exact <= r.unavailabilityEstimate().ciHigh(), r::toString);
        assertEquals(r.unavailability() * 8760, r.downtimeHoursPerYear().mean(), 1e-12);
    }

    @Test
    void contributionsOfTwoPartsInSeriesAreTheirOwnUnavailabilities() {
        var b = org.nines.model.builder.ModelBuilder.model("series");
        Component x = b.component("x", "X", ComponentKind.SERVER, 100_000, 5);
        Component y = b.component("y", "Y", ComponentKind.SERVER, 300_000, 10);
        var d = b.diagram("d", "Series");
        d.chain(d.start(), d.block("b-x", x), d.block("b-y", y), d.end());
        RareEventResult r = FailureBiasing.run(SimulationModel.compile(b.build()), OPTIONS.withHistories(40_000));
        for (SimulationResult.Contribution c : r.componentContributions()) {
            double q = c.key().equals("x") ? 5 / 100_005.0 : 10 / 300_010.0;
            assertEquals(q * 8760, c.downtimeHoursPerYear(), 0.05 * q * 8760, c.toString());
        }
    }

    /**
     * Two parts in series that do not age while the service is down: only one can be failed at a time, so the chain is
     * up, A down, B down with π_A = r_A π_up and π_B = r_B π_up (r = MTTR/MTBF): U = (r_A + r_B) / (1 + r_A + r_B).
     */
    @Test
    void noAgeingWhileDownMatchesItsThreeStateChain() {
        var b = org.nines.model.builder.ModelBuilder.model("series-no-ageing");
        Component x = b.component("x", "X", ComponentKind.SERVER, 100, 20);
        Component y = b.component("y", "Y", ComponentKind.SERVER, 100, 30);
        var d = b.diagram("d", "Series");
        d.chain(d.start(), d.block("b-x", x), d.block("b-y", y), d.end());
        SystemModel model = b.build();
        model.setNoAgeingWhileSystemDown(true);
        RareEventResult r = FailureBiasing.run(SimulationModel.compile(model), OPTIONS.withHistories(20_000).withSeed(5));
        double expected = 0.5 / 1.5;
        double ageing = 1 - 1 / (1.2 * 1.3);
        double se = r.unavailabilityEstimate().standardError();
        assertEquals(expected, r.unavailability(), 4 * se);
        assertTrue(Math.abs(ageing - r.unavailability()) > 10 * se, "must differ from ageing on: " + r.unavailability());
    }

    // -------------------------------------------------------------------------------------------------------------
    // refusals

    private static void assertRefused(Consumer<SystemModel> change, ThreatMode threats, String... parts) {
        SystemModel model = RareModels.standbyWithSwitchFailure();
        change.accept(model);
        SimulationModel compiled = SimulationModel.compile(model);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FailureBiasing.run(compiled, OPTIONS.withThreats(threats).withHistories(10)));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should mention '" + part + "'");
        }
        assertTrue(e.getMessage().contains("use the plain simulation"), e.getMessage());
    }

    private static Component component(SystemModel model, String id) {
        return model.getComponents().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    private static StandbyGroup group(SystemModel model) {
        return (StandbyGroup) model.getTopDiagram().getNodes().stream().filter(n -> n instanceof StandbyGroup).findFirst().orElseThrow();
    }

    @Test
    void weibullFailureLawIsRefusedNamingTheComponent() {
        assertRefused(m -> SimModels.weibull(component(m, "x"), 2, 5000), ThreatMode.OFF, "component 'x'", "Weibull failure law");
    }

    @Test
    void nonExponentialRepairLawIsRefusedNamingTheComponent() {
        assertRefused(m -> {
            LognormalRepair repair = SimModels.F.createLognormalRepair();
            repair.setMeanHours(5);
            repair.setSigma(0.5);
            component(m, "y").setRepair(repair);
        }, ThreatMode.OFF, "component 'y'", "lognormal repair law");
        assertRefused(m -> SimModels.fixedRepair(component(m, "p"), 4), ThreatMode.OFF, "component 'p'", "fixed-time repair law");
    }

    @Test
    void nonRepairableComponentIsRefused() {
        assertRefused(m -> component(m, "s").setRepair(SimModels.F.createNonRepairable()), ThreatMode.OFF, "component 's'",
                "not repairable");
    }

    @Test
    void fixedTimesAreRefused() {
        assertRefused(m -> m.setLogisticDelayHours(2), ThreatMode.OFF, "logistic delay");
        assertRefused(m -> group(m).setSwitchoverHours(0.5), ThreatMode.OFF, "standby group 'sb'", "switch-over time");
        assertRefused(m -> {
            Site site = SimModels.F.createSite();
            site.setId("remote");
            site.setTravelHours(3);
            m.getSites().add(site);
            component(m, "x").setSite(site);
        }, ThreatMode.OFF, "component 'x'", "travel time");
        assertRefused(m -> {
            SparePool pool = SimModels.F.createSparePool();
            pool.setKind(ComponentKind.LINK);
            pool.setCount(1);
            pool.setRestockHours(100);
            m.getSparePools().add(pool);
        }, ThreatMode.OFF, "component 'x'", "spare pool");
    }

    @Test
    void threatsAreRefusedUnlessOff() {
        Consumer<SystemModel> threat = m -> {
            Risk risk = SimModels.F.createRisk();
            risk.setId("R-01");
            risk.setLikelihoodPerYear(0.5);
            risk.setOutageHours(4);
            risk.getAffectedComponents().add(component(m, "x"));
            m.getRisks().add(risk);
        };
        assertRefused(threat, ThreatMode.INHERENT, "risk 'R-01'", "--threats off");
        SystemModel model = RareModels.standbyWithSwitchFailure();
        threat.accept(model);
        RareEventResult r = FailureBiasing.run(SimulationModel.compile(model), OPTIONS.withHistories(100));
        assertEquals(100, r.cycles());
    }

    @Test
    void fixedProbabilityOfOneIsRefused() {
        assertRefused(m -> {
            var failure = SimModels.F.createFixedProbabilityFailure();
            failure.setProbability(1);
            component(m, "y").setFailure(failure);
        }, ThreatMode.OFF, "component 'y'", "probability 1");
    }

    /** Regression (review of session 3): such a component compiles to a law that never fails and was ignored. */
    @Test
    void fixedProbabilityOfANonRepairableComponentIsRefused() {
        assertRefused(m -> {
            var failure = SimModels.F.createFixedProbabilityFailure();
            failure.setProbability(0.01);
            component(m, "y").setFailure(failure);
            component(m, "y").setRepair(SimModels.F.createNonRepairable());
        }, ThreatMode.OFF, "component 'y'", "not repairable");
    }
}
