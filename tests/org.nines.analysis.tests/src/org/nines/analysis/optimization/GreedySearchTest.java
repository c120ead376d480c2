package org.nines.analysis.optimization;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nines.analysis.optimization.Subsystems.Subsystem;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.DiagramNode;
import org.nines.model.RedundancyMode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** The greedy heuristic for general structures too large to enumerate: feasible, within its bound, near the optimum. */
class GreedySearchTest {
    /** Two parallel paths of three optimisable blocks each (6 subsystems x 6 choices = 46,656 designs). */
    static SystemModel twoPaths() {
        ModelBuilder b = ModelBuilder.model("two paths");
        DiagramBuilder d = b.diagram("d", "Service");
        List<Block> blocks = new ArrayList<>();
        List<Component> units = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Component c = RedundancyOptimizerTest.unit(b, "c" + i, 500 + 300 * i, 24, 100 + 40 * i, 1);
            units.add(c);
            blocks.add(d.block("b" + i, c));
        }
        d.chain(new DiagramNode[] { d.start(), blocks.get(0), blocks.get(1), blocks.get(2), d.end() });
        d.chain(new DiagramNode[] { d.start(), blocks.get(3), blocks.get(4), blocks.get(5), d.end() });
        SystemModel m = b.build();
        for (int i = 0; i < 6; i++) {
            RedundancyOptimizerTest.option(RedundancyOptimizerTest.subsystem(m, "s" + i, blocks.get(i)), "o" + i, units.get(i), 1, 6, 1,
                    RedundancyMode.ACTIVE);
        }
        return m;
    }

    @Test
    void greedyDesignMeetsTheTargetWithinTheBoundAndCloseToTheEnumeratedOptimum() {
        SystemModel m = twoPaths();
        double target = 0.999999;
        OptimizationResult r = RedundancyOptimizer.optimize(m, new OptimizationGoal.TargetAvailability(target));
        assertFalse(r.exact());
        assertTrue(r.method().contains("greedy"), r.method());
        assertNotNull(r.best());
        assertTrue(r.best().availability() >= target);
        assertTrue(r.best().availability() <= r.availabilityBound());
        // exhaustive optimum through the same exact evaluator
        SystemSnapshot snapshot = SnapshotBuilder.of(m);
        List<Subsystem> subs = Subsystems.of(m, snapshot, CostBasis.CAPEX);
        RedundancyOptimizer.Evaluator evaluator = new RedundancyOptimizer.Evaluator(snapshot, subs);
        double[] bestCost = { Double.POSITIVE_INFINITY };
        enumerate(subs, 0, new ArrayList<>(), evaluator, target, bestCost);
        assertTrue(r.best().cost() >= bestCost[0] - 1e-9);
        assertTrue(r.best().cost() <= 1.25 * bestCost[0], "greedy " + r.best().cost() + " vs optimum " + bestCost[0]);
    }

    private static void enumerate(List<Subsystem> subs, int i, List<DesignChoice> chosen, RedundancyOptimizer.Evaluator ev,
            double target, double[] best) {
        if (i == subs.size()) {
            Design d = RedundancyOptimizer.design(chosen, 0);
            if (d.cost() < best[0] && ev.availability(chosen) >= target) {
                best[0] = d.cost();
            }
            return;
        }
        for (DesignChoice c : subs.get(i).choices()) {
            chosen.add(c);
            enumerate(subs, i + 1, chosen, ev, target, best);
            chosen.remove(chosen.size() - 1);
        }
    }
}
