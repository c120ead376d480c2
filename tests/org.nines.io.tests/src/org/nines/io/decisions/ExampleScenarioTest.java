package org.nines.io.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.scenario.Comparison;
import org.nines.analysis.scenario.ScenarioComparison;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;

/** What-if comparisons of the example models against the hand-computed figures of examples/*.md. */
class ExampleScenarioTest {
    static SystemModel load(String file) throws Exception {
        Path examples = Path.of(System.getProperty("nines.examples", "../../examples"));
        return ModelStore.load(examples.resolve(file)).model();
    }

    @Test
    void webClusterScenarioAvailabilitiesMatchTheBetaFactorClosedForms() throws Exception {
        Comparison c = ScenarioComparison.compare(load("web-cluster.nines"));
        assertEquals(4, c.alternatives().size());
        assertEquals(0.9998621470, c.base().availability(), 1e-10);
        assertEquals(0.9998626527, c.get("S-01").availability(), 1e-10);
        assertEquals(0.9998221557, c.get("S-02").availability(), 1e-10);
        assertEquals(0.9998940239, c.get("S-03").availability(), 1e-10);
        assertEquals(1.208, c.base().downtimeHoursPerYear(), 5e-4);
    }

    @Test
    void webClusterCostsDifferFromTheBaseByTheScenarioCosts() throws Exception {
        Comparison c = ScenarioComparison.compare(load("web-cluster.nines"));
        Alternative base = c.base();
        assertEquals(7000, c.get("S-01").capex() - base.capex(), 1e-9);
        assertEquals(1500, c.get("S-01").opexPerYear() - base.opexPerYear(), 1e-9);
        assertEquals(-12000, c.get("S-02").capex() - base.capex(), 1e-9);
        assertEquals(-2000, c.get("S-02").opexPerYear() - base.opexPerYear(), 1e-9);
        assertEquals(12000, c.get("S-03").opexPerYear() - base.opexPerYear(), 1e-9);
        // annualised: extra CAPEX over 5 years + OPEX; 2,400 EUR/yr less CAPEX share and 2,000 OPEX for S-02
        assertEquals(7000 / 5.0 + 1500, c.get("S-01").costOfOwnershipPerYear() - base.costOfOwnershipPerYear(), 1e-9);
        assertEquals(-12000 / 5.0 - 2000, c.get("S-02").costOfOwnershipPerYear() - base.costOfOwnershipPerYear(), 1e-9);
        for (Alternative a : c.alternatives()) {
            assertEquals(a.downtimeHoursPerYear() * 15000, a.downtimeCostPerYear(), 1e-6);
            assertEquals(a.costOfOwnershipPerYear() + a.downtimeCostPerYear(), a.totalCostPerYear(), 1e-6);
        }
    }

    @Test
    void webClusterPaybackAndParetoFollowFromTheRows() throws Exception {
        Comparison c = ScenarioComparison.compare(load("web-cluster.nines"));
        Alternative base = c.base();
        Alternative s1 = c.get("S-01");
        double saving1 = base.opexPerYear() + base.downtimeCostPerYear() - s1.opexPerYear() - s1.downtimeCostPerYear();
        // S-01 saves 0.0044 h/yr (66 EUR) but costs 1,500 EUR/yr more: never pays back
        assertTrue(saving1 < 0);
        assertEquals(Double.POSITIVE_INFINITY, s1.paybackYears());
        // S-02 costs no CAPEX, saves 2,000 OPEX but loses 0.35 h/yr (~5,250 EUR): never pays back
        assertEquals(Double.POSITIVE_INFINITY, c.get("S-02").paybackYears());
        assertTrue(Double.isNaN(base.paybackYears()));
        // S-01 is dominated by base? no: more available, but dearer. S-02 is cheapest, S-03 most available.
        assertTrue(c.get("S-02").paretoEfficient());
        assertTrue(c.get("S-03").paretoEfficient());
        assertTrue(base.paretoEfficient());
        assertTrue(s1.paretoEfficient() == (s1.availability() > c.get("S-03").availability()
                || s1.costOfOwnershipPerYear() < c.get("S-03").costOfOwnershipPerYear()));
    }

    @Test
    void plantMesScenarioDowntimesMatchTheDescription() throws Exception {
        Comparison c = ScenarioComparison.compare(load("plant-mes.nines"));
        assertEquals(31.95, c.base().downtimeHoursPerYear(), 0.01);
        assertEquals(31.93, c.get("S-01").downtimeHoursPerYear(), 0.01);
        assertEquals(23.98, c.get("S-02").downtimeHoursPerYear(), 0.01);
        assertEquals(31.56, c.get("S-03").downtimeHoursPerYear(), 0.01);
        assertFalse(c.get("S-02").paybackYears() > 1, "the second WAN link pays back within a year");
    }

    @Test
    void comparingDoesNotChangeTheModel() throws Exception {
        SystemModel model = load("web-cluster.nines");
        byte[] before = ModelStore.toBytes(model, Path.of("x.nines"));
        ScenarioComparison.compare(model);
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
                new String(ModelStore.toBytes(model, Path.of("x.nines")), java.nio.charset.StandardCharsets.UTF_8));
    }
}
