package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nines.analysis.continuity.ContinuityResult;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.ui.editor.ContinuityPageData;
import org.nines.ui.editor.ContinuityPageData.IncidentRow;

/** What the Continuity page shows, computed without the UI from the web-cluster example (RTO 4 h, RPO 15 min). */
class ContinuityPageDataTest {
    private SystemModel model;

    @BeforeEach
    void load() throws Exception {
        model = ModelStore.load(Path.of(System.getProperty("nines.examples", "../../examples"), "web-cluster.nines")).model();
    }

    @Test
    void computesTheBaseModelThenEveryScenarioAndTheTestPlan() {
        ContinuityPageData data = ContinuityPageData.compute(model);

        assertNull(data.error());
        assertEquals(1 + model.getScenarios().size(), data.results().size());
        assertEquals("Base", data.results().get(0).scenarioName());
        assertNull(data.results().get(0).scenarioId());
        assertEquals(model.getScenarios().get(0).getId(), data.results().get(1).scenarioId());
        assertNotNull(data.plan());
        assertFalse(data.plan().tests().isEmpty());
        assertEquals(model.getCurrency(), data.currency());
    }

    @Test
    void incidentRowsCarryExactlyTheBreachesOfTheirIncident() {
        ContinuityResult base = ContinuityPageData.compute(model).results().get(0);
        List<IncidentRow> rows = ContinuityPageData.incidents(base, true);

        assertEquals(base.services().stream().mapToInt(s -> s.incidents().size()).sum(), rows.size());
        assertEquals(base.breaches().size(), rows.stream().mapToInt(r -> r.breaches().size()).sum());
        for (IncidentRow row : rows) {
            row.breaches().forEach(b -> assertEquals(row.recovery().incident().id(), b.incidentId()));
            assertEquals(row.breached(), !row.breachText().isEmpty());
        }
        IncidentRow fire = rows.stream().filter(r -> r.recovery().incident().label().equals("Site A fire")).findFirst()
                .orElseThrow(() -> new AssertionError("no incident 'Site A fire' in " + rows));
        assertTrue(fire.breached());
        assertTrue(fire.breachText().startsWith("RTO 336 h > 4 h"), fire.breachText());
        assertTrue(fire.breachText().contains("max outage 336 h > 24 h"), fire.breachText());
    }

    @Test
    void absorbedIncidentsAreLeftOutUnlessAsked() {
        ContinuityResult base = ContinuityPageData.compute(model).results().get(0);
        List<IncidentRow> all = ContinuityPageData.incidents(base, true);
        List<IncidentRow> shown = ContinuityPageData.incidents(base, false);

        assertTrue(all.stream().anyMatch(IncidentRow::absorbed), "web-cluster has incidents its redundancy absorbs");
        assertEquals(all.stream().filter(r -> !r.absorbed()).toList(), shown);
        assertTrue(shown.stream().allMatch(r -> r.recovery().serviceDown() || r.recovery().worstRtoHours() > 0
                || r.recovery().worstRpoHours() > 0));
    }

    @Test
    void summaryStatesTargetsWorstValuesAndBreachCount() {
        ContinuityResult base = ContinuityPageData.compute(model).results().get(0);
        String summary = ContinuityPageData.summary(base);

        assertTrue(summary.startsWith("Service Web shop: targets RTO 4 h, RPO 15 min, max outage 24 h."), summary);
        assertTrue(summary.contains(base.service().breaches().size() + " breaches"), summary);
        assertTrue(summary.contains("% of incidents (by frequency) breach the RTO"), summary);
    }

    @Test
    void invalidModelIsNotAnalysedAndTheErrorSaysWhy() {
        model.setMissionTimeHours(0);

        ContinuityPageData data = ContinuityPageData.compute(model);

        assertTrue(data.results().isEmpty());
        assertNull(data.plan());
        assertTrue(data.error().startsWith("Not analysed: the model has 1 validation error"), data.error());
        assertTrue(data.error().contains("mission time must be > 0 hours"), data.error());
    }
}
