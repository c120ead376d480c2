package org.nines.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.Risk;
import org.nines.model.StandbyMode;
import org.nines.model.SystemModel;

/** Same seed, same figures, whatever the threads; stopping rules; cancellation; the JSON form. */
class ReproducibilityTest {

    /** The exponential test model with a standby group, a common-cause group, one crew and a threat. */
    private static SimulationModel richModel() {
        SystemModel model = KnownAnswerTest.exponentialModel();
        model.setRepairCrews(1);
        CommonCauseGroup ccf = SimModels.F.createCommonCauseGroup();
        ccf.setId("ccf");
        ccf.setBeta(0.1);
        ccf.getMembers().add(model.getComponents().get(1));
        ccf.getMembers().add(model.getComponents().get(2));
        model.getCommonCauseGroups().add(ccf);
        Risk risk = SimModels.F.createRisk();
        risk.setId("R-01");
        risk.setLikelihoodPerYear(3);
        risk.setOutageHours(5);
        risk.getAffectedComponents().add(model.getComponents().get(0));
        model.getRisks().add(risk);
        // D1 and D2 become a warm standby group feeding the 2-of-3 node
        Component p = model.getComponents().get(3);
        Component s = model.getComponents().get(4);
        var sub = model.getDiagrams().get(1);
        var group = SimModels.F.createStandbyGroup();
        group.setId("sb");
        group.setMode(StandbyMode.WARM);
        group.setDormantFactor(0.5);
        group.setSwitchoverHours(0.5);
        group.setSwitchFailureProbability(0.05);
        group.getMembers().add(p);
        group.getMembers().add(s);
        sub.getNodes().add(group);
        var connector = SimModels.F.createConnector();
        connector.setId("sub.sb");
        connector.setSource(sub.getNodes().get(0)); // sub.start
        connector.setTarget(group);
        sub.getConnectors().add(connector);
        var out = SimModels.F.createConnector();
        out.setId("sub.sb-out");
        out.setSource(group);
        out.setTarget(sub.getNodes().stream().filter(n -> n instanceof org.nines.model.KofN).findFirst().orElseThrow());
        sub.getConnectors().add(out);
        return SimulationModel.compile(model);
    }

    private static SimulationResult withoutTiming(SimulationResult r) {
        return new SimulationResult(r.modelName(), r.status(), r.histories(), r.years(), r.periodHours(), r.seed(), 0,
                r.batchSize(), r.threats(), r.availability(), r.relativeCiHalfWidth(), r.downtimeHoursPerYear(),
                r.outagesPerYear(), r.outageDurationHours(), r.mtbfHours(), r.meanDowntimeHours(),
                r.componentContributions(), r.threatContributions(), r.convergence(), r.events(), 0);
    }

    @Test
    void sameSeedGivesBitIdenticalResultsOnOneAndTwoThreads() {
        SimulationModel model = richModel();
        SimulationOptions options = SimulationOptions.defaults().withHistories(3000).withSeed(7).withBatchSize(100);
        SimulationResult one = MonteCarloSimulation.run(model, options.withThreads(1));
        SimulationResult two = MonteCarloSimulation.run(model, options.withThreads(2));
        SimulationResult three = MonteCarloSimulation.run(model, options.withThreads(3));
        assertEquals(withoutTiming(one), withoutTiming(two));
        assertEquals(withoutTiming(one), withoutTiming(three));
        assertEquals(Double.doubleToLongBits(one.availability().mean()), Double.doubleToLongBits(two.availability().mean()));
        assertTrue(one.events() > 3000, "events " + one.events());
    }

    @Test
    void anotherSeedGivesOtherHistories() {
        SimulationModel model = richModel();
        SimulationOptions options = SimulationOptions.defaults().withHistories(1000);
        assertNotEquals(MonteCarloSimulation.run(model, options.withSeed(1)).availability(),
                MonteCarloSimulation.run(model, options.withSeed(2)).availability());
    }

    @Test
    void stopsOnceTheTargetRelativeHalfWidthIsReachedAtTheSamePointOnAnyThreadCount() {
        SimulationModel model = richModel();
        SimulationOptions options = SimulationOptions.defaults().withHistories(1_000_000).withTargetRelativeCi(0.05)
                .withBatchSize(100);
        SimulationResult one = MonteCarloSimulation.run(model, options);
        SimulationResult two = MonteCarloSimulation.run(model, options.withThreads(2));
        assertEquals(SimulationResult.Status.TARGET_REACHED, one.status());
        assertTrue(one.relativeCiHalfWidth() <= 0.05);
        assertTrue(one.histories() < 1_000_000);
        assertEquals(0, one.histories() % 100);
        assertEquals(withoutTiming(one), withoutTiming(two));
    }

    @Test
    void cancellingReturnsThePartialResultOfTheFinishedBatches() {
        AtomicInteger reports = new AtomicInteger();
        SimulationMonitor cancelAfterTwo = new SimulationMonitor() {
            @Override
            public void progress(long done, long planned, double availability, double relativeCi) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 2;
            }
        };
        for (int threads : new int[] { 1, 2 }) {
            reports.set(0);
            SimulationResult r = MonteCarloSimulation.run(richModel(), SimulationOptions.defaults().withHistories(100_000)
                    .withBatchSize(50).withThreads(threads), cancelAfterTwo);
            assertEquals(SimulationResult.Status.CANCELLED, r.status());
            assertTrue(r.partial());
            assertEquals(100, r.histories());
        }
    }

    @Test
    void convergenceTraceGrowsToTheFinalEstimate() {
        SimulationResult r = MonteCarloSimulation.run(richModel(), SimulationOptions.defaults().withHistories(5000)
                .withBatchSize(100));
        var trace = r.convergence();
        assertTrue(trace.size() >= 10, "points " + trace.size());
        for (int i = 1; i < trace.size(); i++) {
            assertTrue(trace.get(i).histories() > trace.get(i - 1).histories());
        }
        var last = trace.get(trace.size() - 1);
        assertEquals(r.histories(), last.histories());
        assertEquals(r.availability().mean(), last.availability());
        assertEquals(r.availability().ciLow(), last.ciLow());
    }

    @Test
    void distributionsAreConsistent() {
        SimulationResult r = MonteCarloSimulation.run(richModel(), SimulationOptions.defaults().withHistories(4000));
        var d = r.downtimeHoursPerYear();
        assertTrue(d.p50() <= d.p90() && d.p90() <= d.p99() && d.p99() <= d.max(), d.toString());
        assertEquals(8760 * r.unavailability(), d.mean(), 1e-6 * d.mean());
        assertEquals(4000, d.histogram().stream().mapToLong(SimulationResult.Bin::count).sum());
        var o = r.outagesPerYear();
        assertTrue(o.p50() <= o.p90() && o.p90() <= o.p99() && o.p99() <= o.max());
        assertEquals(r.meanDowntimeHours(), r.outageDurationHours().mean(), 1e-9 * r.meanDowntimeHours());
        assertEquals(8760 * r.availability().mean() / o.mean(), r.mtbfHours(), 1e-6 * r.mtbfHours());
    }

    @Test
    void jsonHasTheDocumentedKeys() {
        String json = SimulationJson.of(MonteCarloSimulation.run(richModel(), SimulationOptions.defaults().withHistories(500)));
        for (String key : new String[] { "\"availability\":{\"mean\":", "\"ciLow\":", "\"ciHigh\":",
                "\"downtimeHoursPerYear\":{\"mean\":", "\"p50\":", "\"p90\":", "\"p99\":", "\"max\":",
                "\"outagesPerYear\":{\"mean\":", "\"histories\":500", "\"events\":", "\"eventsPerSecond\":", "\"seed\":1",
                "\"threads\":1", "\"componentContributions\":[{\"key\":", "\"threatContributions\":[{\"risk\":\"R-01\"",
                "\"convergence\":[", "\"status\":\"COMPLETED\"" }) {
            assertTrue(json.contains(key), key + " missing in " + json);
        }
    }
}
