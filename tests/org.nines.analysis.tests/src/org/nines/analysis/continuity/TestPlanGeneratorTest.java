package org.nines.analysis.continuity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

class TestPlanGeneratorTest {
    /** Firewall (SPOF) in series with a pair of switches (1 of 2) and three web nodes (1 of 3). */
    private static SystemModel model() {
        ModelBuilder b = ModelBuilder.model("Plan");
        Component fw = b.component("fw", "Firewall", ComponentKind.FIREWALL, 50_000, 4);
        Component s1 = b.component("s1", "Core switch 1", ComponentKind.NETWORK_SWITCH, 50_000, 4);
        Component s2 = b.component("s2", "Core switch 2", ComponentKind.NETWORK_SWITCH, 50_000, 4);
        Component w1 = b.component("w1", "Web 1", ComponentKind.SERVER, 5_000, 8);
        Component w2 = b.component("w2", "Web 2", ComponentKind.SERVER, 5_000, 8);
        Component w3 = b.component("w3", "Web 3", ComponentKind.SERVER, 5_000, 8);
        DiagramBuilder top = b.diagram("top", "Service");
        var bfw = top.block("b-fw", fw);
        var k1 = top.kOfN("k-s", 1);
        var k2 = top.kOfN("k-w", 1);
        top.chain(top.start(), bfw);
        for (Component s : List.of(s1, s2)) {
            top.chain(bfw, top.block("b-" + s.getId(), s), k1);
        }
        for (Component w : List.of(w1, w2, w3)) {
            top.chain(k1, top.block("b-" + w.getId(), w), k2);
        }
        top.chain(k2, top.end());
        return b.build();
    }

    @Test
    void everyRedundantComponentIsTestedAndSinglePointsAreListed() {
        TestPlan plan = TestPlanGenerator.generate(model());
        assertEquals(List.of("T-s1", "T-s2", "T-w1", "T-w2", "T-w3"), plan.tests().stream().map(FailoverTest::id).toList());
        assertEquals(List.of("Firewall"), plan.singlePointsOfFailure());
        assertEquals("Power off Core switch 1", plan.tests().get(0).title());
    }

    @Test
    void pullingOneOfTwoSwitchesDegradesAndOneOfThreeWebNodesDoesNot() {
        TestPlan plan = TestPlanGenerator.generate(model());
        FailoverTest s1 = plan.tests().get(0);
        assertEquals(Outcome.DEGRADED, s1.outcome());
        assertEquals(List.of("Core switch 2"), s1.newSinglePointsOfFailure());
        FailoverTest w1 = plan.tests().get(2);
        assertEquals(Outcome.UP, w1.outcome());
        assertEquals(List.of(), w1.newSinglePointsOfFailure());
        assertEquals(Outcome.DEGRADED, TestPlanGenerator.outcome(model(), Set.of("w1", "w2")));
        assertEquals(Outcome.DOWN, TestPlanGenerator.outcome(model(), Set.of("s1", "s2")));
    }

    @Test
    void outcomesAgreeWithTheExactEngineWithTheComponentsForcedDown() {
        SystemModel m = model();
        TestPlan plan = TestPlanGenerator.generate(m);
        for (FailoverTest t : plan.tests()) {
            double p = RiskAnalysis.serviceDownProbability(m, Set.copyOf(t.componentIds()));
            assertEquals(p, t.serviceDownProbability(), 1e-15, t.id());
            assertEquals(t.outcome() == Outcome.DOWN, p > 1 - 1e-12, t.id());
            assertEquals(t.riskAchievementWorth(), p / plan.serviceUnavailability(), 1e-9 * t.riskAchievementWorth());
        }
    }

    @Test
    void frequencyFollowsTheRiskAchievementWorth() {
        assertEquals(FailoverTest.Frequency.MONTHLY, FailoverTest.Frequency.of(100, Outcome.DEGRADED));
        assertEquals(FailoverTest.Frequency.QUARTERLY, FailoverTest.Frequency.of(10, Outcome.UP));
        assertEquals(FailoverTest.Frequency.HALF_YEARLY, FailoverTest.Frequency.of(2, Outcome.UP));
        assertEquals(FailoverTest.Frequency.YEARLY, FailoverTest.Frequency.of(1.5, Outcome.UP));
        assertEquals(FailoverTest.Frequency.YEARLY, FailoverTest.Frequency.of(1e6, Outcome.DOWN));
    }

    @Test
    void aSiteTestThatTakesTheServiceDownIsFlaggedDoNotRunInProduction() {
        SystemModel m = ContinuityModels.backupVersusReplica();
        TestPlan plan = TestPlanGenerator.generate(m);
        FailoverTest siteA = plan.tests().stream().filter(t -> t.id().equals("T-site-site-a")).findFirst().orElseThrow();
        assertEquals(Outcome.DOWN, siteA.outcome());
        assertTrue(siteA.doNotRunInProduction());
        assertTrue(siteA.preconditions().stream().anyMatch(p -> p.startsWith("DO NOT RUN IN PRODUCTION")));
        // a test ends with the mean repair (4 h), sooner than a restore from the backup (6.5 h): nothing lost
        assertEquals(4, siteA.expectedInterruptionHours(), 1e-12);
        assertEquals(0, siteA.dataLossWindowHours(), 0);
    }
}
