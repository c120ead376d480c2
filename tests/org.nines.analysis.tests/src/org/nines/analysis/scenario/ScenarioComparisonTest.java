package org.nines.analysis.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.numbers.gamma.Gamma;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.nines.model.Block;
import org.nines.model.CommonCauseChange;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.ComponentParameter;
import org.nines.model.EnablementChange;
import org.nines.model.ExponentialRepair;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.KofN;
import org.nines.model.KofNChange;
import org.nines.model.NinesFactory;
import org.nines.model.ParameterChange;
import org.nines.model.Scenario;
import org.nines.model.SystemModel;
import org.nines.model.UniformRepair;
import org.nines.model.WeibullFailure;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** Scenarios applied to copies of the base, and the comparison's costs, payback and Pareto flags. */
class ScenarioComparisonTest {
    private static final NinesFactory F = NinesFactory.eINSTANCE;

    /** Two servers a, b into a 1-of-2 junction (k changeable), then c; a third server d drawn but disabled. */
    private static SystemModel model() {
        ModelBuilder b = ModelBuilder.model("m");
        Component a = b.component("a", "A", ComponentKind.SERVER, 1000, 10);
        Component bb = b.component("b", "B", ComponentKind.SERVER, 1000, 10);
        Component c = b.component("c", "C", ComponentKind.SERVER, 10000, 5);
        Component d = b.component("d", "D", ComponentKind.SERVER, 1000, 10);
        for (Component x : List.of(a, bb, c, d)) {
            x.setCapex(1000);
            x.setOpexPerYear(100);
            x.setServiceLifeYears(4);
        }
        DiagramBuilder dia = b.diagram("top", "Service");
        KofN k = dia.kOfN("k", 1);
        Block bc = dia.block("b-c", c);
        dia.chain(dia.start(), dia.block("b-a", a), k);
        dia.chain(dia.start(), dia.block("b-b", bb), k);
        Block bd = dia.block("b-d", d);
        dia.chain(dia.start(), bd, k);
        bd.setEnabled(false);
        dia.chain(k, bc, dia.end());
        SystemModel m = b.build();
        m.setDowntimeCostPerHour(100);
        return m;
    }

    private static Scenario scenario(SystemModel m, String id, double capex, double opex) {
        Scenario s = F.createScenario();
        s.setId(id);
        s.setName(id);
        s.setExtraCapex(capex);
        s.setExtraOpexPerYear(opex);
        m.getScenarios().add(s);
        return s;
    }

    private static Component component(SystemModel m, String id) {
        return m.getComponents().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    private static double u(double mtbf, double mttr) {
        return mttr / (mtbf + mttr);
    }

    @Test
    void enablementAndKofNChangesGiveTheClosedFormAvailabilities() {
        SystemModel m = model();
        Scenario s1 = scenario(m, "S-1", 1000, 100);
        EnablementChange en = F.createEnablementChange();
        en.setElement(m.getDiagrams().get(0).getNodes().stream().filter(n -> n.getId().equals("b-d")).findFirst().orElseThrow());
        en.setEnabled(true);
        s1.getChanges().add(en);
        KofNChange k = F.createKofNChange();
        k.setNode((KofN) m.getDiagrams().get(0).getNodes().stream().filter(n -> n.getId().equals("k")).findFirst().orElseThrow());
        k.setK(2);
        s1.getChanges().add(k);
        Comparison c = ScenarioComparison.compare(m);
        double q = u(1000, 10);
        double ac = 1 - u(10000, 5);
        assertEquals((1 - q * q) * ac, c.base().availability(), 1e-13);
        double twoOfThree = Math.pow(1 - q, 3) + 3 * Math.pow(1 - q, 2) * q;
        assertEquals(twoOfThree * ac, c.get("S-1").availability(), 1e-13);
    }

    @Test
    void costsCountEveryComponentPlusTheScenarioExtras() {
        SystemModel m = model();
        scenario(m, "S-1", 2000, 300);
        Comparison c = ScenarioComparison.compare(m);
        assertEquals(4000, c.base().capex(), 1e-9);
        assertEquals(400, c.base().opexPerYear(), 1e-9);
        assertEquals(4 * (1000 / 4.0 + 100), c.base().costOfOwnershipPerYear(), 1e-9);
        assertEquals(c.base().downtimeHoursPerYear() * 100, c.base().downtimeCostPerYear(), 1e-9);
        assertEquals(6000, c.get("S-1").capex(), 1e-9);
        assertEquals(4 * (1000 / 4.0 + 100) + 2000 / 5.0 + 300, c.get("S-1").costOfOwnershipPerYear(), 1e-9);
        // same availability, dearer: dominated by the base, never pays back
        assertFalse(c.get("S-1").paretoEfficient());
        assertTrue(c.base().paretoEfficient());
        assertEquals(Double.POSITIVE_INFINITY, c.get("S-1").paybackYears());
    }

    @Test
    void paybackIsExtraCapexOverTheYearlySaving() {
        Alternative base = new Alternative("base", "b", true, 0.999, 0.001, 8.76, 1, 1000, 500, 700, 8760, 9460, Double.NaN, false);
        Alternative better = new Alternative("x", "x", false, 0.9999, 0.0001, 0.876, 1, 5000, 600, 1800, 876, 2676, Double.NaN, false);
        // extra CAPEX 4,000; saving = (500 + 8,760) - (600 + 876) = 7,784 per year
        assertEquals(4000 / 7784.0, ScenarioComparison.payback(base, better), 1e-12);
        Alternative cheaper = new Alternative("y", "y", false, 0.999, 0.001, 8.76, 1, 500, 400, 500, 8760, 9260, Double.NaN, false);
        assertEquals(0, ScenarioComparison.payback(base, cheaper));
        List<Alternative> rows = ScenarioComparison.finish(List.of(base, better, cheaper));
        assertFalse(rows.get(0).paretoEfficient(), "base: same availability as y, dearer");
        assertTrue(rows.get(1).paretoEfficient());
        assertTrue(rows.get(2).paretoEfficient());
    }

    @Test
    void parameterChangesKeepTheLawAndSetItsMean() {
        SystemModel m = model();
        Component a = component(m, "a");
        WeibullFailure w = F.createWeibullFailure();
        w.setShape(2);
        w.setScaleHours(1000);
        w.setLocationHours(100);
        a.setFailure(w);
        UniformRepair r = F.createUniformRepair();
        r.setMinHours(2);
        r.setMaxHours(6);
        a.setRepair(r);
        component(m, "c").setRepair(F.createNonRepairable());
        Scenario s = scenario(m, "S", 0, 0);
        s.getChanges().add(parameter(a, ComponentParameter.MTBF_HOURS, 2000));
        s.getChanges().add(parameter(a, ComponentParameter.MTTR_HOURS, 10));
        s.getChanges().add(parameter(component(m, "c"), ComponentParameter.MTTR_HOURS, 5));
        s.getChanges().add(parameter(component(m, "b"), ComponentParameter.FAILURE_PROBABILITY, 0.01));
        s.getChanges().add(parameter(component(m, "b"), ComponentParameter.CAPEX, 0));
        SystemModel changed = ScenarioApplier.apply(m, s);
        WeibullFailure w2 = (WeibullFailure) component(changed, "a").getFailure();
        assertEquals(2000, 100 + w2.getScaleHours() * Gamma.value(1.5), 1e-9);
        assertEquals(2, w2.getShape());
        UniformRepair r2 = (UniformRepair) component(changed, "a").getRepair();
        assertEquals(8, r2.getMinHours(), 1e-12);
        assertEquals(12, r2.getMaxHours(), 1e-12);
        assertEquals(5, assertInstanceOf(ExponentialRepair.class, component(changed, "c").getRepair()).getMttrHours());
        assertEquals(0.01, assertInstanceOf(FixedProbabilityFailure.class, component(changed, "b").getFailure()).getProbability());
        assertEquals(0, component(changed, "b").getCapex());
        assertEquals(1000, component(m, "b").getCapex(), "the base is untouched");
        assertEquals(1000, w.getScaleHours());
    }

    @Test
    void commonCauseChangeSetsBetaOnTheCopyOnly() {
        SystemModel m = model();
        CommonCauseGroup g = F.createCommonCauseGroup();
        g.setId("g");
        g.setBeta(0.1);
        g.getMembers().addAll(List.of(component(m, "a"), component(m, "b")));
        m.getCommonCauseGroups().add(g);
        Scenario s = scenario(m, "S", 0, 0);
        CommonCauseChange cc = F.createCommonCauseChange();
        cc.setGroup(g);
        cc.setBeta(0.02);
        s.getChanges().add(cc);
        SystemModel before = EcoreUtil.copy(m);
        SystemModel changed = ScenarioApplier.apply(m, s);
        assertEquals(0.02, changed.getCommonCauseGroups().get(0).getBeta());
        assertTrue(EcoreUtil.equals(before, m));
        Comparison c = ScenarioComparison.compare(m);
        assertTrue(c.get("S").availability() > c.base().availability());
    }

    @Test
    void aChangeThatCannotApplyNamesTheScenarioAndComponent() {
        SystemModel m = model();
        Scenario s = scenario(m, "S-bad", 0, 0);
        s.getChanges().add(parameter(component(m, "a"), ComponentParameter.WEIBULL_SHAPE, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.compare(m));
        assertTrue(e.getMessage().contains("S-bad") && e.getMessage().contains("component a"), e.getMessage());
    }

    private static ParameterChange parameter(Component c, ComponentParameter p, double value) {
        ParameterChange change = F.createParameterChange();
        change.setComponent(c);
        change.setParameter(p);
        change.setValue(value);
        return change;
    }
}
