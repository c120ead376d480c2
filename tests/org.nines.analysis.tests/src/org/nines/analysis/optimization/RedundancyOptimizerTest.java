package org.nines.analysis.optimization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nines.analysis.optimization.Subsystems.Subsystem;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.DesignOption;
import org.nines.model.NinesFactory;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.RedundancyMode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** Redundancy allocation against closed forms, brute force over every design, and limits. */
class RedundancyOptimizerTest {
    private static final NinesFactory F = NinesFactory.eINSTANCE;

    static Component unit(ModelBuilder b, String id, double mtbf, double mttr, double capex, double weight) {
        Component c = b.component(id, id, ComponentKind.SERVER, mtbf, mttr);
        c.setCapex(capex);
        c.setWeightKg(weight);
        return c;
    }

    static DesignOption option(OptimizationSubsystem s, String id, Component c, int min, int max, int k, RedundancyMode mode) {
        DesignOption o = F.createDesignOption();
        o.setId(id);
        o.setComponent(c);
        o.setMinUnits(min);
        o.setMaxUnits(max);
        o.setRequiredUnits(k);
        o.setMode(mode);
        s.getOptions().add(o);
        return o;
    }

    static OptimizationSubsystem subsystem(SystemModel m, String id, Block block) {
        OptimizationSubsystem s = F.createOptimizationSubsystem();
        s.setId(id);
        s.setBlock(block);
        m.getOptimizationSubsystems().add(s);
        return s;
    }

    /**
     * rest -> web -> db -> lb in series. Web: cheap type (1..3 active, 2-of-n also) or good type; db: active 1..3 or
     * cold standby 2..3; lb: active 1..2.
     */
    static SystemModel seriesModel() {
        ModelBuilder b = ModelBuilder.model("series");
        Component rest = b.component("rest", "rest", ComponentKind.OTHER, 100000, 5);
        Component web = unit(b, "web", 2000, 10, 1000, 10);
        Component webGood = unit(b, "web-good", 8000, 10, 3000, 15);
        Component db = unit(b, "db", 5000, 20, 4000, 30);
        Component lb = unit(b, "lb", 20000, 4, 2000, 5);
        DiagramBuilder d = b.diagram("d", "Service");
        Block bWeb = d.block("b-web", web);
        Block bDb = d.block("b-db", db);
        Block bLb = d.block("b-lb", lb);
        d.chain(d.start(), d.block("b-rest", rest), bWeb, bDb, bLb, d.end());
        SystemModel m = b.build();
        OptimizationSubsystem sWeb = subsystem(m, "web-tier", bWeb);
        option(sWeb, "web-n", web, 1, 3, 1, RedundancyMode.ACTIVE);
        option(sWeb, "web-2ofn", web, 2, 4, 2, RedundancyMode.ACTIVE);
        option(sWeb, "web-good-n", webGood, 1, 2, 1, RedundancyMode.ACTIVE);
        OptimizationSubsystem sDb = subsystem(m, "db-tier", bDb);
        option(sDb, "db-active", db, 1, 3, 1, RedundancyMode.ACTIVE);
        DesignOption cold = option(sDb, "db-cold", db, 2, 3, 1, RedundancyMode.COLD_STANDBY);
        cold.setSwitchoverHours(0.1);
        cold.setSwitchFailureProbability(0.02);
        option(sDb, "db-warm", db, 2, 2, 1, RedundancyMode.WARM_STANDBY);
        OptimizationSubsystem sLb = subsystem(m, "lb-tier", bLb);
        option(sLb, "lb-n", lb, 1, 2, 1, RedundancyMode.ACTIVE);
        return m;
    }

    /** Every design, each built into the model and analysed by the exact engine (independent of the optimiser). */
    static List<Design> bruteForce(SystemModel m, CostBasis basis, RedundancyOptimizer.Limits limits) {
        List<Subsystem> subs = Subsystems.of(m, SnapshotBuilder.of(m), basis);
        List<Design> all = new ArrayList<>();
        enumerate(m, subs, 0, new ArrayList<>(), all, limits);
        return all;
    }

    private static void enumerate(SystemModel m, List<Subsystem> subs, int i, List<DesignChoice> chosen, List<Design> out,
            RedundancyOptimizer.Limits limits) {
        if (i == subs.size()) {
            Design cost = RedundancyOptimizer.design(chosen, 0);
            if (limits.fits(cost)) {
                SystemModel built = DesignApplier.apply(m, cost);
                double a = AvailabilityAnalysis.analyze(SnapshotBuilder.of(built), AvailabilityAnalysis.Options.noCutSets()).availability();
                out.add(RedundancyOptimizer.design(chosen, a));
            }
            return;
        }
        for (DesignChoice c : subs.get(i).choices()) {
            chosen.add(c);
            enumerate(m, subs, i + 1, chosen, out, limits);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static final RedundancyOptimizer.Limits NONE = new RedundancyOptimizer.Limits(0, 0, 0, 0, false);

    @Test
    void kOfNMatchesTheBinomialClosedForms() {
        double a = 0.99;
        assertEquals(a, Subsystems.kOfN(1, 1, a), 1e-15);
        assertEquals(1 - 0.01 * 0.01, Subsystems.kOfN(2, 1, a), 1e-15);
        assertEquals(a * a * a + 3 * a * a * (1 - a), Subsystems.kOfN(3, 2, a), 1e-15);
        assertEquals(Math.pow(a, 4), Subsystems.kOfN(4, 4, a), 1e-15);
    }

    @Test
    void seriesParetoFrontEqualsTheBruteForceFrontBuiltIntoTheModel() {
        SystemModel m = seriesModel();
        OptimizationResult r = RedundancyOptimizer.optimize(m, new OptimizationGoal.ParetoFront());
        assertTrue(r.exact());
        assertTrue(r.method().startsWith("series"), r.method());
        List<Design> expected = RedundancyOptimizer.front(bruteForce(m, CostBasis.CAPEX, NONE));
        assertEquals(expected.size(), r.paretoFront().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).cost(), r.paretoFront().get(i).cost(), 1e-9);
            assertEquals(expected.get(i).availability(), r.paretoFront().get(i).availability(), 1e-13);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.99, 0.999, 0.9995, 0.9999, 0.99995, 0.999999 })
    void cheapestDesignForATargetIsTheBruteForceOptimum(double target) {
        SystemModel m = seriesModel();
        OptimizationResult r = RedundancyOptimizer.optimize(m, new OptimizationGoal.TargetAvailability(target));
        Design expected = bruteForce(m, CostBasis.CAPEX, NONE).stream().filter(d -> d.availability() >= target)
                .min((x, y) -> Double.compare(x.cost(), y.cost())).orElse(null);
        if (expected == null) {
            assertNull(r.best());
        } else {
            assertNotNull(r.best());
            assertEquals(expected.cost(), r.best().cost(), 1e-9);
            assertTrue(r.best().availability() >= target);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = { 7000, 9000, 12000, 15000, 20000, 40000 })
    void mostAvailableDesignWithinABudgetAndAWeightLimitIsTheBruteForceOptimum(double budget) {
        SystemModel m = seriesModel();
        m.setMaxWeightKg(90);
        OptimizationResult r = RedundancyOptimizer.optimize(m, new OptimizationGoal.Budget(budget));
        RedundancyOptimizer.Limits limits = new RedundancyOptimizer.Limits(90, 0, 0, budget, true);
        Design expected = bruteForce(m, CostBasis.CAPEX, limits).stream()
                .max((x, y) -> Double.compare(x.availability(), y.availability())).orElse(null);
        assertNotNull(expected);
        assertEquals(expected.availability(), r.best().availability(), 1e-13);
        assertTrue(r.best().cost() <= budget && r.best().weightKg() <= 90);
        assertTrue(r.paretoFront().stream().allMatch(d -> d.weightKg() <= 90 && d.cost() <= budget));
    }

    @Test
    void designAvailabilityFromTheOptimiserEqualsTheBuiltModelAnalysedExactly() {
        SystemModel m = seriesModel();
        for (Design d : RedundancyOptimizer.optimize(m, new OptimizationGoal.ParetoFront()).paretoFront()) {
            double built = AvailabilityAnalysis.analyze(SnapshotBuilder.of(DesignApplier.apply(m, d)),
                    AvailabilityAnalysis.Options.noCutSets()).availability();
            assertEquals(built, d.availability(), 1e-13, () -> d.choices().toString());
        }
    }

    /** Two optimised blocks in parallel paths (not series): solved by exact enumeration, checked by brute force. */
    @Test
    void parallelStructureIsEnumeratedExactly() {
        ModelBuilder b = ModelBuilder.model("parallel");
        Component x = unit(b, "x", 1000, 50, 100, 1);
        Component y = unit(b, "y", 1500, 50, 120, 1);
        Component sw = unit(b, "sw", 50000, 4, 50, 1);
        DiagramBuilder d = b.diagram("d", "Service");
        Block bx = d.block("b-x", x);
        Block by = d.block("b-y", y);
        Block bsw = d.block("b-sw", sw);
        d.chain(d.start(), bx, bsw);
        d.chain(d.start(), by, bsw);
        d.chain(bsw, d.end());
        SystemModel m = b.build();
        option(subsystem(m, "sx", bx), "ox", x, 1, 3, 1, RedundancyMode.ACTIVE);
        option(subsystem(m, "sy", by), "oy", y, 1, 3, 1, RedundancyMode.ACTIVE);
        OptimizationResult r = RedundancyOptimizer.optimize(m, new OptimizationGoal.TargetAvailability(0.9999));
        assertTrue(r.exact());
        assertTrue(r.method().startsWith("general structure: exact enumeration"), r.method());
        Design expected = bruteForce(m, CostBasis.CAPEX, NONE).stream().filter(z -> z.availability() >= 0.9999)
                .min((p, q) -> Double.compare(p.cost(), q.cost())).orElseThrow();
        assertEquals(expected.cost(), r.best().cost(), 1e-9);
        assertEquals(expected.availability(), r.best().availability(), 1e-13);
    }

    @Test
    void annualCostBasisSpreadsCapexOverTheServiceLifeAndAddsOpex() {
        SystemModel m = seriesModel();
        for (Component c : m.getComponents()) {
            c.setOpexPerYear(100);
            c.setServiceLifeYears(4);
        }
        OptimizationResult r = RedundancyOptimizer.optimize(m, new OptimizationGoal.ParetoFront(), CostBasis.ANNUAL);
        Design cheapest = r.paretoFront().get(0);
        // current design: one web (1000), one db (4000), one lb (2000): CAPEX/4 + 100 each
        assertEquals(1000 / 4.0 + 4000 / 4.0 + 2000 / 4.0 + 300, cheapest.cost(), 1e-9);
    }

    @Test
    void unreachableTargetGivesNoDesignAndTheBound() {
        SystemModel m = seriesModel();
        OptimizationResult r = RedundancyOptimizer.optimize(m, new OptimizationGoal.TargetAvailability(0.9999999));
        assertNull(r.best());
        assertTrue(r.availabilityBound() < 0.9999999);
    }

    @Test
    void aBlockInACommonCauseGroupOrSharedCannotBeOptimised() {
        SystemModel m = seriesModel();
        var g = F.createCommonCauseGroup();
        g.setId("g");
        g.getMembers().addAll(List.of(m.getComponents().get(1), m.getComponents().get(0)));
        m.getCommonCauseGroups().add(g);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RedundancyOptimizer.optimize(m, new OptimizationGoal.ParetoFront()));
        assertTrue(e.getMessage().contains("web-tier"), e.getMessage());
    }

    @Test
    void optimisingDoesNotChangeTheModel() {
        SystemModel m = seriesModel();
        SystemModel before = EcoreUtil.copy(m);
        RedundancyOptimizer.optimize(m, new OptimizationGoal.TargetAvailability(0.9999));
        assertTrue(EcoreUtil.equals(before, m));
        assertFalse(m.getDiagrams().size() > 1);
    }
}
