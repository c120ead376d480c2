package org.nines.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.analysis.simulation.SimModels.F;
import static org.nines.analysis.simulation.SimModels.failsAfter;
import static org.nines.analysis.simulation.SimModels.fixedRepair;

import org.junit.jupiter.api.Test;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.KofN;
import org.nines.model.Risk;
import org.nines.model.Site;
import org.nines.model.SparePool;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * Simulated figures against closed forms, Markov chains and the exact engine. Statistical checks use a fixed seed and
 * accept a deviation of at most four standard errors (a correct engine fails one with probability 6e-5 per seed).
 */
class KnownAnswerTest {

    private static SimulationResult simulate(SystemModel model, long histories) {
        return MonteCarloSimulation.run(SimulationModel.compile(model),
                SimulationOptions.defaults().withHistories(histories).withSeed(42).withThreats(ThreatMode.OFF));
    }

    private static double exactUnavailability(SystemModel model) {
        return AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.noCutSets()).unavailability();
    }

    private static void assertWithin4Se(double expected, SimulationResult r) {
        double se = r.availability().standardError();
        assertTrue(Math.abs(r.unavailability() - expected) <= 4 * se,
                () -> "expected unavailability " + expected + ", simulated " + r.unavailability() + " ± " + se);
    }

    /** Series A, then B || C, then 2-of-3 (D, E, G) via a sub-diagram; all exponential. */
    static SystemModel exponentialModel() {
        ModelBuilder b = ModelBuilder.model("mixed");
        Component a = b.component("a", "A", ComponentKind.SERVER, 2000, 8);
        Component bb = b.component("b", "B", ComponentKind.SERVER, 300, 20);
        Component c = b.component("c", "C", ComponentKind.SERVER, 500, 30);
        Component d1 = b.component("d1", "D1", ComponentKind.SERVER, 200, 10);
        Component d2 = b.component("d2", "D2", ComponentKind.SERVER, 250, 15);
        Component d3 = b.component("d3", "D3", ComponentKind.SERVER, 300, 12);
        DiagramBuilder top = b.diagram("top", "Top");
        DiagramBuilder sub = b.diagram("sub", "Two of three");
        KofN k = sub.kOfN("k", 2);
        for (Component x : new Component[] { d1, d2, d3 }) {
            sub.chain(sub.start(), sub.block("b-" + x.getId(), x), k);
        }
        sub.connect(k, sub.end());
        var ba = top.block("b-a", a);
        var pb = top.block("b-b", bb);
        var pc = top.block("b-c", c);
        var s = top.subDiagram("s", sub.diagram());
        top.connect(top.start(), ba);
        top.connect(ba, pb);
        top.connect(ba, pc);
        top.connect(pb, s);
        top.connect(pc, s);
        top.connect(s, top.end());
        return b.build();
    }

    /**
     * Histories of five years: components start as new, so the mean over a period is slightly better than the steady
     * state (by about MTTR / period, 0.3 % of the unavailability over one year here); over five years that bias is
     * well inside the interval.
     */
    @Test
    void exponentialModelConfidenceIntervalCoversTheExactAvailabilityInAtLeast93Of100Seeds() {
        SystemModel model = exponentialModel();
        double exact = 1 - exactUnavailability(model);
        SimulationModel compiled = SimulationModel.compile(model);
        int covered = 0;
        for (long seed = 1; seed <= 100; seed++) {
            SimulationResult r = MonteCarloSimulation.run(compiled, SimulationOptions.defaults().withHistories(500)
                    .withYears(5).withSeed(seed).withThreats(ThreatMode.OFF));
            if (r.availability().ciLow() <= exact && exact <= r.availability().ciHigh()) {
                covered++;
            }
        }
        assertTrue(covered >= 93, "covered in " + covered + " of 100 seeds");
    }

    @Test
    void seriesWithoutAgeingWhileDownIsUpFor260Of300Hours() {
        assertEquals(260.0 / 300, fixedSeries(300, true).availability().mean(), 1e-9);
        // without the option both clocks run on: the outages fall at other times but add up to 40 h as well
        assertEquals(260.0 / 300, fixedSeries(300, false).availability().mean(), 1e-9);
        // over 400 h they differ: 50 h down (100, 130, 220, 270, 340) against 60 h (100, 120, 210, 250, 320, 380)
        assertEquals(350.0 / 400, fixedSeries(400, true).availability().mean(), 1e-9);
        assertEquals(340.0 / 400, fixedSeries(400, false).availability().mean(), 1e-9);
        assertEquals(5, fixedSeries(400, true).outagesPerYear().mean(), 1e-12);
    }

    /** A fails every 100 h of age, B every 120 h, each repaired in exactly 10 h, in series. */
    private static SimulationResult fixedSeries(double periodHours, boolean noAgeing) {
        ModelBuilder b = ModelBuilder.model("fixed");
        Component a = fixedRepair(failsAfter(b.component("a", "A", ComponentKind.SERVER, 1, 1), 100), 10);
        Component bb = fixedRepair(failsAfter(b.component("b", "B", ComponentKind.SERVER, 1, 1), 120), 10);
        DiagramBuilder d = b.diagram("d", "Series");
        d.chain(d.start(), d.block("b-a", a), d.block("b-b", bb), d.end());
        SystemModel model = b.build();
        model.setAnalysisPeriodHours(periodHours);
        model.setNoAgeingWhileSystemDown(noAgeing);
        return simulate(model, 20);
    }

    private static SystemModel parallelPair(double mtbf, double mttr, int crews) {
        ModelBuilder b = ModelBuilder.model("pair");
        Component x = b.component("x", "X", ComponentKind.SERVER, mtbf, mttr);
        Component y = b.component("y", "Y", ComponentKind.SERVER, mtbf, mttr);
        DiagramBuilder d = b.diagram("d", "Pair");
        d.chain(d.start(), d.block("b-x", x), d.end());
        d.chain(d.start(), d.block("b-y", y), d.end());
        SystemModel model = b.build();
        model.setRepairCrews(crews);
        return model;
    }

    @Test
    void oneOutOfTwoWithOneRepairCrewMatchesTheMarkovChainAndDiffersFromIndependentRepair() {
        double lambda = 1 / 100.0;
        double mu = 1 / 10.0;
        double r = lambda / mu;
        double oneCrew = 2 * r * r / (1 + 2 * r + 2 * r * r); // birth-death chain 0 -> 1 -> 2 failed, one server
        double q = lambda / (lambda + mu);
        double independent = q * q;
        SimulationResult limited = simulate(parallelPair(100, 10, 1), 4000);
        SimulationResult unlimited = simulate(parallelPair(100, 10, 0), 4000);
        assertWithin4Se(oneCrew, limited);
        assertWithin4Se(independent, unlimited);
        assertTrue(Math.abs(limited.unavailability() - independent) > 10 * limited.availability().standardError());
    }

    @Test
    void weibullOfShapeOneDrawsExactlyTheHistoriesOfTheExponentialLaw() {
        SystemModel exponential = exponentialModel();
        SystemModel weibull = exponentialModel();
        for (Component c : weibull.getComponents()) {
            double mtbf = ((org.nines.model.ExponentialFailure) c.getFailure()).getMtbfHours();
            SimModels.weibull(c, 1, mtbf);
        }
        SimulationResult e = simulate(exponential, 2000);
        SimulationResult w = simulate(weibull, 2000);
        assertEquals(e.availability(), w.availability());
        assertEquals(e.events(), w.events());
        assertEquals(e.downtimeHoursPerYear(), w.downtimeHoursPerYear());
    }

    @Test
    void standbyGroupsMatchTheExactMarkovModel() {
        for (StandbyMode mode : StandbyMode.values()) {
            ModelBuilder b = ModelBuilder.model("standby");
            Component p = b.component("p", "Primary", ComponentKind.SERVER, 200, 20);
            Component s = b.component("s", "Standby", ComponentKind.SERVER, 300, 25);
            DiagramBuilder d = b.diagram("d", "Standby");
            StandbyGroup group = SimModels.standby(d, "sb", mode, mode == StandbyMode.WARM ? 0.3 : 0, 0.1, p, s);
            d.chain(d.start(), group, d.end());
            SystemModel model = b.build();
            assertWithin4Se(exactUnavailability(model), simulate(model, 4000));
        }
    }

    @Test
    void nonRepairableComponentIsUpForTheExpectedFractionOfThePeriod() {
        ModelBuilder b = ModelBuilder.model("once");
        Component x = b.component("x", "X", ComponentKind.SERVER, 5000, 1);
        x.setRepair(F.createNonRepairable());
        DiagramBuilder d = b.diagram("d", "One");
        d.chain(d.start(), d.block("b-x", x), d.end());
        double lt = 8760 / 5000.0;
        assertWithin4Se(1 - (1 - Math.exp(-lt)) / lt, simulate(b.build(), 4000));
    }

    @Test
    void fixedProbabilityComponentsAreDownWithThatProbability() {
        for (boolean repairable : new boolean[] { true, false }) {
            ModelBuilder b = ModelBuilder.model("fixed-p");
            Component x = b.component("x", "X", ComponentKind.SERVER, 1, 10);
            FixedProbabilityFailure failure = F.createFixedProbabilityFailure();
            failure.setProbability(0.05);
            x.setFailure(failure);
            if (!repairable) {
                x.setRepair(F.createNonRepairable());
            }
            DiagramBuilder d = b.diagram("d", "One");
            d.chain(d.start(), d.block("b-x", x), d.end());
            assertWithin4Se(0.05, simulate(b.build(), 4000));
        }
    }

    /** One component: MTBF 1000 h exponential, repair exactly 10 h. */
    private static SystemModel single() {
        ModelBuilder b = ModelBuilder.model("single");
        Component x = fixedRepair(b.component("x", "X", ComponentKind.SERVER, 1000, 1), 10);
        DiagramBuilder d = b.diagram("d", "One");
        d.chain(d.start(), d.block("b-x", x), d.end());
        return b.build();
    }

    @Test
    void logisticDelayAndTravelTimeLengthenEveryRepair() {
        SystemModel model = single();
        model.setLogisticDelayHours(5);
        Site site = F.createSite();
        site.setId("far");
        site.setTravelHours(3);
        model.getSites().add(site);
        model.getComponents().get(0).setSite(site);
        assertWithin4Se(18.0 / 1018, simulate(model, 4000));
    }

    @Test
    void anEmptySparePoolMakesEveryRepairWaitForTheRestock() {
        SystemModel model = single();
        SparePool pool = F.createSparePool();
        pool.setKind(ComponentKind.SERVER);
        pool.setCount(0);
        pool.setRestockHours(50);
        model.getSparePools().add(pool);
        assertWithin4Se(60.0 / 1060, simulate(model, 4000));
        pool.setCount(5);
        assertWithin4Se(10.0 / 1010, simulate(model, 4000));
    }

    @Test
    void commonCauseShocksTakeAllMembersDownForOneRepairAsTheExactEngineSays() {
        SystemModel model = parallelPair(100, 10, 0);
        var group = F.createCommonCauseGroup();
        group.setId("ccf");
        group.setBeta(0.2);
        group.getMembers().addAll(model.getComponents());
        model.getCommonCauseGroups().add(group);
        // beta factor: the common-cause event alternates on its own (rate b*l, one repair of rate m) and each member
        // fails independently at (1-b)l; the pair is down when the event is present or both members have failed.
        double l = 0.01;
        double m = 0.1;
        double beta = 0.2;
        double common = beta * l / (beta * l + m);
        double own = (1 - beta) * l / ((1 - beta) * l + m);
        double expected = common + (1 - common) * own * own;
        assertEquals(expected, exactUnavailability(model), 1e-12);
        SimulationResult r = simulate(model, 4000);
        assertWithin4Se(expected, r);
        // members repaired one by one after a shock (the pair back after the first repair) would give 0.0159
        assertTrue(Math.abs(r.unavailability() - 0.0159) > 10 * r.availability().standardError());
        // the shock is critical while no member is down on its own account: q_c (1 - q_i^2) of the time
        double commonHours = r.componentContributions().stream().filter(c -> c.key().equals("ccf:ccf")).findFirst()
                .orElseThrow().downtimeHoursPerYear();
        assertEquals(common * (1 - own * own) * 8760, commonHours, 0.05 * common * 8760);
    }

    @Test
    void threatsTakeTheirComponentsDownForTheOutageAtTheirLikelihood() {
        ModelBuilder b = ModelBuilder.model("threat");
        Component x = b.component("x", "X", ComponentKind.SERVER, 1, 10);
        FixedProbabilityFailure never = F.createFixedProbabilityFailure();
        never.setProbability(0);
        x.setFailure(never);
        DiagramBuilder d = b.diagram("d", "One");
        d.chain(d.start(), d.block("b-x", x), d.end());
        SystemModel model = b.build();
        Risk risk = F.createRisk();
        risk.setId("R-01");
        risk.setTitle("Flood");
        risk.setLikelihoodPerYear(2);
        risk.setOutageHours(10);
        risk.setResidualLikelihoodPerYear(0.5);
        risk.getAffectedComponents().add(x);
        model.getRisks().add(risk);
        SimulationModel compiled = SimulationModel.compile(model);
        SimulationOptions options = SimulationOptions.defaults().withHistories(4000).withSeed(3);
        double expectedHours = 2 / 8760.0 * (10 * 8760 - 50); // outages cut off at the end of the year
        SimulationResult inherent = MonteCarloSimulation.run(compiled, options);
        assertEquals(expectedHours, inherent.downtimeHoursPerYear().mean(), 4 * 8760 * inherent.availability().standardError());
        assertEquals(2, inherent.threatContributions().get(0).occurrencesPerYear(), 0.1);
        assertEquals(inherent.downtimeHoursPerYear().mean(), inherent.threatContributions().get(0).downtimeHoursPerYear(), 1e-9);
        SimulationResult residual = MonteCarloSimulation.run(compiled, options.withThreats(ThreatMode.RESIDUAL));
        assertEquals(expectedHours / 4, residual.downtimeHoursPerYear().mean(), 4 * 8760 * residual.availability().standardError());
        assertEquals(0, MonteCarloSimulation.run(compiled, options.withThreats(ThreatMode.OFF)).downtimeHoursPerYear().mean());
    }

    @Test
    void seriesComponentsContributeTheDowntimeTheyCause() {
        ModelBuilder b = ModelBuilder.model("series");
        Component x = b.component("x", "X", ComponentKind.SERVER, 1000, 30);
        Component y = b.component("y", "Y", ComponentKind.SERVER, 1000, 10);
        DiagramBuilder d = b.diagram("d", "Series");
        d.chain(d.start(), d.block("b-x", x), d.block("b-y", y), d.end());
        SimulationResult r = simulate(b.build(), 2000);
        var first = r.componentContributions().get(0);
        var second = r.componentContributions().get(1);
        assertEquals("x", first.key());
        assertEquals("y", second.key());
        // both down at once is rare (neither is then critical): the shares add up to nearly all downtime
        assertEquals(1, first.share() + second.share(), 0.02);
        assertEquals(3, first.downtimeHoursPerYear() / second.downtimeHoursPerYear(), 0.3);
    }

    /**
     * One crew; C fails at 99 h (crew busy to 109 h), B at 100 h, A at 101 h; repairs take 10 h. The service needs A and
     * one of B, C. First come first served repairs B before A (A back at 129 h: down 100-129 h); by priority A goes
     * first (back at 119 h: down 100-119 h).
     */
    @Test
    void repairPriorityDecidesWhichWaitingRepairTheCrewTakes() {
        for (boolean priority : new boolean[] { false, true }) {
            ModelBuilder b = ModelBuilder.model("crew");
            Component a = fixedRepair(failsAfter(b.component("a", "A", ComponentKind.SERVER, 1, 1), 101), 10);
            Component bb = fixedRepair(failsAfter(b.component("b", "B", ComponentKind.SERVER, 1, 1), 100), 10);
            Component c = fixedRepair(failsAfter(b.component("c", "C", ComponentKind.SERVER, 1, 1), 99), 10);
            a.setRepairPriority(5);
            DiagramBuilder d = b.diagram("d", "A and (B or C)");
            var ba = d.block("b-a", a);
            d.connect(d.start(), ba);
            d.chain(ba, d.block("b-b", bb), d.end());
            d.chain(ba, d.block("b-c", c), d.end());
            SystemModel model = b.build();
            model.setAnalysisPeriodHours(130);
            model.setRepairCrews(1);
            model.setCrewPolicy(priority ? org.nines.model.CrewPolicy.PRIORITY : org.nines.model.CrewPolicy.FIFO);
            assertEquals((priority ? 111.0 : 101.0) / 130, simulate(model, 5).availability().mean(), 1e-9);
        }
    }

    @Test
    void disabledBlocksAreNotSimulated() {
        SystemModel model = parallelPair(100, 10, 0);
        model.getDiagrams().get(0).getNodes().stream().filter(n -> "b-y".equals(n.getId())).findFirst().orElseThrow()
                .setEnabled(false);
        SimulationModel compiled = SimulationModel.compile(model);
        assertEquals(1, compiled.componentCount());
        assertWithin4Se(10.0 / 110, simulate(model, 2000));
    }
}
