package org.nines.io.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.analysis.risk.RiskRegister;
import org.nines.model.SystemModel;

/** Risk registers of the example models against figures computed by hand from examples/*.md. */
class ExampleRiskTest {
    private static final RiskAnalysis.Options NO_DERIVED = new RiskAnalysis.Options(false, 0, 0);

    @Test
    void webClusterRisksOnRedundantPairsAndOnSiteAAreCertainDowntime() throws Exception {
        RiskRegister r = RiskAnalysis.assess(ExampleScenarioTest.load("web-cluster.nines"), NO_DERIVED);
        // R-02 DDoS: both load balancers, 3/yr x 2 h, 15,000 EUR/h
        AssessedRisk ddos = r.get("R-02");
        assertEquals(1, ddos.inherent().serviceDownProbability(), 1e-12);
        assertEquals(6, ddos.inherent().downtimeHoursPerYear(), 1e-9);
        assertEquals(90_000, ddos.inherent().lossPerYear(), 1e-6);
        assertEquals(0.25, ddos.residual().downtimeHoursPerYear(), 1e-9);
        // R-01 site A fire: 0.002 x 336 h; residual 0.002 x 24 h; Facility A named as the reason
        AssessedRisk fire = r.get("R-01");
        assertEquals(0.672, fire.inherent().downtimeHoursPerYear(), 1e-9);
        assertEquals(0.048, fire.residual().downtimeHoursPerYear(), 1e-9);
        assertTrue(fire.reason().startsWith("Site Data centre A takes down Colocation A power and cooling"), fire.reason());
        assertTrue(fire.reason().contains("Colocation A power and cooling (single point of failure)"), fire.reason());
        assertEquals("R-02", r.risks().get(0).id(), "DDoS has the largest expected loss");
    }

    @Test
    void webClusterInterconnectCutIsCushionedByThePrimarySide() throws Exception {
        SystemModel model = ExampleScenarioTest.load("web-cluster.nines");
        AssessedRisk cut = RiskAnalysis.assess(model, NO_DERIVED).get("R-07");
        // with the interconnect down the service needs facility A, the LB pair, the web tier (beta model) and db-a + stor-a
        double uFacA = 4 / 43804.0;
        double uLb = 4 / 100004.0;
        double uCcf = 2 / (4380 / 0.1 + 2);
        double ui = 2 / (4380 / 0.9 + 2);
        double ai = 1 - ui;
        double aWeb = (1 - uCcf) * (ai * ai * ai + 3 * ai * ai * ui);
        double aPrimary = (13500 / 13504.0) * (200000 / 200008.0);
        double expected = 1 - (1 - uFacA) * (1 - uLb * uLb) * aWeb * aPrimary;
        assertEquals(expected, cut.inherent().serviceDownProbability(), 1e-12);
        assertEquals(0.5 * 12 * expected, cut.inherent().downtimeHoursPerYear(), 1e-12);
        assertTrue(cut.reason().contains("redundancy holds"), cut.reason());
        assertEquals(expected, RiskAnalysis.serviceDownProbability(model, Set.of("dci")), 1e-15);
    }

    @Test
    void plantMesGridOutageNeedsTheGeneratorToFailToo() throws Exception {
        SystemModel model = ExampleScenarioTest.load("plant-mes.nines");
        AssessedRisk grid = RiskAnalysis.assess(model, NO_DERIVED).get("R-01");
        assertTrue(grid.inherent().serviceDownProbability() < 0.02, "generator 1 takes over");
        assertTrue(grid.reason().contains("Diesel generator 1"), grid.reason());
        assertEquals(1, RiskAnalysis.assess(model, NO_DERIVED).get("R-07").inherent().serviceDownProbability(), 1e-12,
                "the single WAN link is a single point of failure");
    }

    @Test
    void derivedRisksOfTheWebClusterIncludeFacilityAAndTheWebCommonCause() throws Exception {
        RiskRegister r = RiskAnalysis.assess(ExampleScenarioTest.load("web-cluster.nines"));
        List<String> derived = r.risks().stream().filter(AssessedRisk::derived).map(AssessedRisk::id).toList();
        assertTrue(derived.containsAll(List.of("D-SPOF-fac-a", "D-CCF-ccf-web", "D-CS-1")), derived.toString());
        AssessedRisk facA = r.get("D-SPOF-fac-a");
        assertEquals(8760 / 43804.0, facA.inherent().likelihoodPerYear(), 1e-12);
        assertEquals(4, facA.inherent().outageHours(), 1e-9);
    }

    @Test
    void everyExampleRegisterIsRankedAndHasAReasonForEveryRisk() throws Exception {
        for (String file : List.of("web-cluster.nines", "plant-mes.nines", "os-standby.nines", "meshed-network.nines")) {
            RiskRegister r = RiskAnalysis.assess(ExampleScenarioTest.load(file));
            for (int i = 0; i < r.risks().size(); i++) {
                AssessedRisk a = r.risks().get(i);
                assertEquals(i + 1, a.rank());
                assertTrue(a.reason().length() > 20, file + " " + a.id());
                assertTrue(a.inherent().serviceDownProbability() >= 0 && a.inherent().serviceDownProbability() <= 1);
                if (i > 0) {
                    assertTrue(r.risks().get(i - 1).inherent().lossPerYear() >= a.inherent().lossPerYear());
                }
            }
        }
    }
}
