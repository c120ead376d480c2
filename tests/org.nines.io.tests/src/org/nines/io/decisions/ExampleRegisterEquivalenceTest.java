package org.nines.io.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.analysis.risk.RiskRegister;
import org.nines.model.Component;
import org.nines.model.Risk;
import org.nines.model.SystemModel;

/**
 * On every example, the register's P(service down | hit) of each risk (computed with the shared compiled structure,
 * only the touched events conditioned and identical affected sets cached) equals one straightforward full evaluation
 * per risk ({@link RiskAnalysis#serviceDownProbability}: a fresh snapshot and compilation each time).
 */
class ExampleRegisterEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"web-cluster.nines", "plant-mes.nines", "os-standby.nines", "meshed-network.nines"})
    void registerFiguresEqualAFullEvaluationPerRisk(String example) throws Exception {
        SystemModel model = ExampleScenarioTest.load(example);
        RiskRegister register = RiskAnalysis.assess(model, new RiskAnalysis.Options(false, 0, 0));
        assertFalse(model.getRisks().isEmpty(), example + " has risks");
        for (Risk risk : model.getRisks()) {
            AssessedRisk assessed = register.get(risk.getId());
            double expected = RiskAnalysis.serviceDownProbability(model, affected(model, risk));
            assertEquals(expected, assessed.inherent().serviceDownProbability(), 0, example + " " + risk.getId());
        }
    }

    private static Set<String> affected(SystemModel model, Risk risk) {
        Set<String> ids = new LinkedHashSet<>();
        for (Component c : model.getComponents()) {
            if (risk.getAffectedComponents().contains(c) || c.getSite() != null && risk.getAffectedSites().contains(c.getSite())) {
                ids.add(c.getId());
            }
        }
        risk.getAffectedComponents().forEach(c -> ids.add(c.getId()));
        return ids;
    }
}
