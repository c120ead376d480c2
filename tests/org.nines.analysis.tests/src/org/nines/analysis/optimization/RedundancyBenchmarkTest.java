package org.nines.analysis.optimization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.NinesFactory;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.RedundancyMode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * The classic redundancy-allocation benchmark of Fyffe, Hines and Lee (1968), in the form of Nakagawa and Miyazaki
 * (1981): a series system of 14 subsystems, each built from 1..8 active parallel units of one of 3 or 4 component
 * choices (reliability, cost, weight), cost at most 130, weight at most W. The data below are the widely reproduced
 * table, recalled from the literature (Coit and Smith 1996 reproduce it); the test checks the optimiser's exact series
 * programme against an independent integer knapsack recursion over the same data for weight limits 159..191, and the
 * optimum for W = 191 against the published value 0.9864 (one component type per subsystem, no mixing).
 */
class RedundancyBenchmarkTest {
    /** {reliability, cost, weight} of each component choice of each subsystem. */
    static final double[][][] DATA = {
        { { 0.90, 1, 3 }, { 0.93, 1, 4 }, { 0.91, 2, 2 }, { 0.95, 2, 5 } },
        { { 0.95, 2, 8 }, { 0.94, 1, 10 }, { 0.93, 1, 9 } },
        { { 0.85, 2, 7 }, { 0.90, 3, 5 }, { 0.87, 1, 6 }, { 0.92, 4, 4 } },
        { { 0.83, 3, 5 }, { 0.87, 4, 6 }, { 0.85, 5, 4 } },
        { { 0.94, 2, 4 }, { 0.93, 2, 3 }, { 0.95, 3, 5 } },
        { { 0.99, 3, 5 }, { 0.98, 3, 4 }, { 0.97, 2, 5 }, { 0.96, 2, 4 } },
        { { 0.91, 4, 7 }, { 0.92, 4, 8 }, { 0.94, 5, 9 } },
        { { 0.81, 3, 4 }, { 0.90, 5, 7 }, { 0.91, 6, 6 } },
        { { 0.97, 2, 8 }, { 0.99, 3, 9 }, { 0.96, 4, 7 }, { 0.91, 3, 8 } },
        { { 0.83, 4, 6 }, { 0.85, 4, 5 }, { 0.90, 5, 6 } },
        { { 0.94, 3, 5 }, { 0.95, 4, 6 }, { 0.96, 5, 6 } },
        { { 0.79, 2, 4 }, { 0.82, 3, 5 }, { 0.85, 4, 6 }, { 0.90, 5, 7 } },
        { { 0.98, 2, 5 }, { 0.99, 3, 5 }, { 0.97, 2, 6 } },
        { { 0.90, 4, 6 }, { 0.92, 4, 7 }, { 0.95, 5, 6 }, { 0.99, 6, 9 } } };
    static final int MAX_UNITS = 8;

    static SystemModel model(double maxWeight) {
        NinesFactory f = NinesFactory.eINSTANCE;
        ModelBuilder b = ModelBuilder.model("Fyffe-Hines-Lee 1968");
        DiagramBuilder d = b.diagram("d", "Series system");
        List<Block> blocks = new ArrayList<>();
        List<List<Component>> types = new ArrayList<>();
        for (int i = 0; i < DATA.length; i++) {
            List<Component> row = new ArrayList<>();
            for (int j = 0; j < DATA[i].length; j++) {
                Component c = b.component("s" + (i + 1) + "-c" + (j + 1), null, ComponentKind.OTHER, 1, 1);
                FixedProbabilityFailure p = f.createFixedProbabilityFailure();
                p.setProbability(1 - DATA[i][j][0]);
                c.setFailure(p);
                c.setRepair(f.createNonRepairable());
                c.setCapex(DATA[i][j][1]);
                c.setWeightKg(DATA[i][j][2]);
                row.add(c);
            }
            types.add(row);
            blocks.add(d.block("b" + (i + 1), row.get(0)));
        }
        List<org.nines.model.DiagramNode> chain = new ArrayList<>();
        chain.add(d.start());
        chain.addAll(blocks);
        chain.add(d.end());
        d.chain(chain.toArray(org.nines.model.DiagramNode[]::new));
        SystemModel m = b.build();
        m.setMaxWeightKg(maxWeight);
        for (int i = 0; i < DATA.length; i++) {
            OptimizationSubsystem s = RedundancyOptimizerTest.subsystem(m, "s" + (i + 1), blocks.get(i));
            for (int j = 0; j < DATA[i].length; j++) {
                RedundancyOptimizerTest.option(s, "s" + (i + 1) + "-o" + (j + 1), types.get(i).get(j), 1, MAX_UNITS, 1,
                        RedundancyMode.ACTIVE);
            }
        }
        return m;
    }

    /** Independent check: the textbook integer knapsack recursion over (cost, weight), max of the product of reliabilities. */
    static double exhaustive(double maxWeight) {
        int cMax = 130;
        int wMax = (int) maxWeight;
        double[][] best = new double[cMax + 1][wMax + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, 1);
        }
        for (double[][] sub : DATA) {
            double[][] next = new double[cMax + 1][wMax + 1];
            for (int c = 0; c <= cMax; c++) {
                for (int w = 0; w <= wMax; w++) {
                    double v = 0;
                    for (double[] t : sub) {
                        for (int n = 1; n <= MAX_UNITS; n++) {
                            int cc = (int) (n * t[1]);
                            int ww = (int) (n * t[2]);
                            if (cc <= c && ww <= w) {
                                v = Math.max(v, best[c - cc][w - ww] * (1 - Math.pow(1 - t[0], n)));
                            }
                        }
                    }
                    next[c][w] = v;
                }
            }
            best = next;
        }
        return best[cMax][wMax];
    }

    @Test
    void publishedOptimumForWeight191IsReproduced() {
        OptimizationResult r = RedundancyOptimizer.optimize(model(191), new OptimizationGoal.Budget(130));
        assertEquals(0.9864, r.best().availability(), 5e-5);
        assertEquals(130, r.best().cost(), 1e-9);
    }

    @Test
    void exactSeriesProgrammeMatchesTheKnapsackRecursionForWeightLimits159To191() {
        for (int w = 159; w <= 191; w += 4) {
            OptimizationResult r = RedundancyOptimizer.optimize(model(w), new OptimizationGoal.Budget(130));
            double expected = exhaustive(w);
            assertTrue(r.exact());
            assertEquals(expected, r.best().availability(), 1e-12, "W = " + w);
            assertTrue(r.best().cost() <= 130 && r.best().weightKg() <= w);
        }
    }
}
