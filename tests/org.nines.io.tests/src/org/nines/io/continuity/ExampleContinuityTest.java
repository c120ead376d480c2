package org.nines.io.continuity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nines.analysis.continuity.ContinuityAnalysis;
import org.nines.analysis.continuity.ContinuityResult;
import org.nines.analysis.continuity.FailoverTest;
import org.nines.analysis.continuity.Outcome;
import org.nines.analysis.continuity.TestPlan;
import org.nines.analysis.continuity.TestPlanGenerator;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;

/** Test plans and continuity analyses of the example models. */
class ExampleContinuityTest {
    private static SystemModel load(String name) throws Exception {
        Path dir = Path.of(System.getProperty("nines.examples", "../../examples"));
        SystemModel m = ModelStore.load(dir.resolve(name)).model();
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(m)), name);
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-cluster.nines", "plant-mes.nines", "os-standby.nines", "meshed-network.nines"})
    void everyRedundantComponentHasATestAndEverySinglePointIsListed(String name) throws Exception {
        SystemModel m = load(name);
        TestPlan plan = TestPlanGenerator.generate(m);
        Set<String> relevant = new HashSet<>();
        SnapshotBuilder.of(m).events().forEach(e -> relevant.addAll(e.componentIds()));
        int tested = 0;
        for (String id : relevant) {
            boolean spof = RiskAnalysis.serviceDownProbability(m, Set.of(id)) > 1 - 1e-12;
            boolean hasTest = plan.tests().stream().anyMatch(t -> t.id().equals("T-" + id));
            assertEquals(!spof, hasTest, name + ": component " + id);
            tested += hasTest ? 1 : 0;
        }
        assertEquals(relevant.size() - tested, plan.singlePointsOfFailure().size(), name);
        assertTrue(tested > 0, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-cluster.nines", "plant-mes.nines", "os-standby.nines", "meshed-network.nines"})
    void outcomesAgreeWithTheExactEngineWithTheComponentsForcedDown(String name) throws Exception {
        SystemModel m = load(name);
        for (FailoverTest t : TestPlanGenerator.generate(m).tests()) {
            Set<String> down = Set.copyOf(t.componentIds());
            double p = RiskAnalysis.serviceDownProbability(m, down);
            assertEquals(t.outcome() == Outcome.DOWN, p > 1 - 1e-12, name + " " + t.id() + " P=" + p);
            assertEquals(t.outcome() == Outcome.DOWN, t.doNotRunInProduction(), name + " " + t.id());
            if (t.outcome() != Outcome.DOWN) {
                // degraded exactly when some further component (not a single point of failure before) would take it down
                boolean degraded = false;
                for (FailoverTest other : TestPlanGenerator.generate(m).tests()) {
                    if (other.componentIds().size() == 1 && !down.containsAll(other.componentIds())) {
                        Set<String> more = new HashSet<>(down);
                        more.addAll(other.componentIds());
                        degraded |= RiskAnalysis.serviceDownProbability(m, more) > 1 - 1e-12;
                    }
                }
                assertEquals(degraded, t.outcome() == Outcome.DEGRADED, name + " " + t.id());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-cluster.nines", "plant-mes.nines", "os-standby.nines", "meshed-network.nines"})
    void continuityAnalysisCoversTheBaseAndEveryScenario(String name) throws Exception {
        SystemModel m = load(name);
        List<ContinuityResult> results = ContinuityAnalysis.analyzeScenarios(m, ContinuityAnalysis.Options.defaults());
        assertEquals(1 + m.getScenarios().size(), results.size());
        for (ContinuityResult r : results) {
            assertTrue(r.service().worstRtoHours() >= r.service().expectedRtoHours() - 1e-9, name);
            assertTrue(r.service().worstRpoHours() >= r.service().expectedRpoHours() - 1e-9, name);
        }
    }
}
