package org.nines.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.ExponentialRepair;
import org.nines.model.KofN;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * What-if alternatives simulated with common random numbers: streams keyed by element id, paired differences far
 * tighter than independent runs, simulated availabilities in line with the exact engine, partial results on cancel.
 */
class PairedSimulationTest {
    private static final SimulationOptions OPTIONS = SimulationOptions.defaults().withThreats(ThreatMode.OFF)
            .withHistories(4_000).withSeed(11);

    /** Exponential laws only: a web pair (1 of 2) in series with a database pair (1 of 2) and a firewall. */
    private static SystemModel shop(double webMttrHours) {
        ModelBuilder b = ModelBuilder.model("shop");
        DiagramBuilder d = b.diagram("d", "Service");
        Component fw = b.component("fw", "Firewall", ComponentKind.FIREWALL, 30_000, 4);
        var firewall = d.block("b-fw", fw);
        d.chain(d.start(), firewall);
        KofN web = d.kOfN("k-web", 1);
        for (String id : List.of("web1", "web2")) {
            d.chain(firewall, d.block("b-" + id, b.component(id, id, ComponentKind.SERVER, 1_500, webMttrHours)), web);
        }
        KofN db = d.kOfN("k-db", 1);
        for (String id : List.of("db1", "db2")) {
            d.chain(web, d.block("b-" + id, b.component(id, id, ComponentKind.DATABASE, 4_000, 12)), db);
        }
        d.connect(db, d.end());
        return b.build();
    }

    /** A copy with the firewall's mean time to repair changed. */
    private static SystemModel withFirewallMttr(SystemModel model, double hours) {
        SystemModel changed = EcoreUtil.copy(model);
        Component fw = changed.getComponents().stream().filter(c -> c.getId().equals("fw")).findFirst().orElseThrow();
        ((ExponentialRepair) fw.getRepair()).setMttrHours(hours);
        return changed;
    }

    private static double exactAvailability(SystemModel model) {
        return AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.noCutSets()).availability();
    }

    @Test
    void pairedDifferenceIsFarNarrowerThanTwoIndependentRuns() {
        SystemModel base = shop(24);
        var runs = PairedSimulation.run(List.of(SimulationModel.compile(base), SimulationModel.compile(withFirewallMttr(base, 2))),
                OPTIONS, SimulationMonitor.NONE);
        assertNull(runs.get(0).differenceToBase());
        PairedSimulation.PairedDifference d = runs.get(1).differenceToBase();
        assertEquals(4_000, d.pairs());
        assertTrue(d.mean() > 0, "faster firewall repairs raise the availability: " + d);
        assertTrue(d.halfWidth() < 0.5 * d.unpairedHalfWidth(), "paired " + d.halfWidth() + " vs unpaired " + d.unpairedHalfWidth());
        double simulated = runs.get(1).result().availability().mean() - runs.get(0).result().availability().mean();
        assertEquals(simulated, d.mean(), 1e-12, "the mean paired difference is the difference of the means");
    }

    @Test
    void drawsAreKeyedByElementIdNotByPositionInTheModel() {
        SystemModel base = shop(24);
        SystemModel reordered = EcoreUtil.copy(base);
        ECollections.reverse(reordered.getComponents());
        var base1 = MonteCarloSimulation.runKeepingHistories(SimulationModel.compile(base), OPTIONS, SimulationMonitor.NONE);
        var reordered1 = MonteCarloSimulation.runKeepingHistories(SimulationModel.compile(reordered), OPTIONS, SimulationMonitor.NONE);
        assertArrayEquals(base1.unavailabilityPerHistory(), reordered1.unavailabilityPerHistory(), 0);
    }

    @Test
    void aChangeToOneComponentLeavesTheHistoriesWhereItNeverFailedUnchanged() {
        SystemModel base = shop(24);
        SystemModel changed = withFirewallMttr(base, 2);
        var a = MonteCarloSimulation.runKeepingHistories(SimulationModel.compile(base), OPTIONS, SimulationMonitor.NONE);
        var b = MonteCarloSimulation.runKeepingHistories(SimulationModel.compile(changed), OPTIONS, SimulationMonitor.NONE);
        int same = 0;
        for (int i = 0; i < a.unavailabilityPerHistory().length; i++) {
            same += a.unavailabilityPerHistory()[i] == b.unavailabilityPerHistory()[i] ? 1 : 0;
        }
        // the firewall fails about 0.3 times a year: most histories never repair it and must be identical
        assertTrue(same > 0.6 * a.unavailabilityPerHistory().length, same + " identical histories");
    }

    @Test
    void simulatedAvailabilitiesAgreeWithTheExactOnesWithinTheirConfidenceIntervals() {
        List<SystemModel> models = List.of(shop(24), shop(8), shop(48));
        // long histories: components start as new, a bias of the order of MTTR / history length
        var runs = PairedSimulation.run(models.stream().map(SimulationModel::compile).toList(),
                OPTIONS.withYears(20).withHistories(2_000), SimulationMonitor.NONE);
        for (int i = 0; i < models.size(); i++) {
            SimulationResult.Estimate e = runs.get(i).result().availability();
            double exact = exactAvailability(models.get(i));
            assertTrue(e.ciLow() <= exact && exact <= e.ciHigh(), "alternative " + i + ": exact " + exact + " outside " + e);
        }
        for (int i = 1; i < models.size(); i++) {
            PairedSimulation.PairedDifference d = runs.get(i).differenceToBase();
            double exact = exactAvailability(models.get(i)) - exactAvailability(models.get(0));
            assertTrue(d.ciLow() <= exact && exact <= d.ciHigh(), "difference " + i + ": exact " + exact + " outside " + d);
        }
    }

    @Test
    void cancellingAfterKBatchesReturnsExactlyThoseBatchesMarkedPartial() {
        SimulationModel model = SimulationModel.compile(shop(24));
        SimulationOptions options = OPTIONS.withHistories(100_000).withBatchSize(100);
        for (int threads : new int[] {1, 2}) {
            SimulationResult partial = MonteCarloSimulation.run(model, options.withThreads(threads), cancelAfter(7));
            assertTrue(partial.partial());
            assertEquals(SimulationResult.Status.CANCELLED, partial.status());
            assertEquals(7 * 100, partial.histories());
            // the same figures as a complete run of those 700 histories: a partial result is not a different sample
            SimulationResult complete = MonteCarloSimulation.run(model, options.withHistories(700), SimulationMonitor.NONE);
            assertEquals(SimulationResult.Status.COMPLETED, complete.status());
            assertEquals(complete.availability(), partial.availability());
            assertEquals(complete.events(), partial.events());
        }
    }

    /** A monitor that asks to stop once {@code batches} batches have been counted. */
    private static SimulationMonitor cancelAfter(int batches) {
        return new SimulationMonitor() {
            private int seen;

            @Override
            public void progress(long done, long planned, double availability, double relativeCi) {
                seen++;
            }

            @Override
            public boolean isCancelled() {
                return seen >= batches;
            }
        };
    }
}
