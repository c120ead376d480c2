package org.nines.analysis.continuity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

class ContinuityAnalysisTest {
    private static IncidentRecovery incident(ServiceContinuity s, String id) {
        return s.incidents().stream().filter(i -> i.incident().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void siteFloodRestoresFromTheNightlyBackupAndBreachesRtoAndRpoExactly() {
        SystemModel m = ContinuityModels.backupVersusReplica();
        String before = EcoreUtil.getURI(m.getTopDiagram()).toString() + m.getReplications().size();
        ContinuityResult r = ContinuityAnalysis.analyze(m);
        ServiceContinuity s = r.service();
        IncidentRecovery flood = incident(s, "R-01");
        assertTrue(flood.serviceDown());
        assertEquals(6.5, flood.worstRtoHours(), 1e-12); // restore 6 h + failover 0.5 h, sooner than the 72 h outage
        assertEquals(6.5, flood.expectedRtoHours(), 1e-12);
        assertEquals(24, flood.worstRpoHours(), 1e-12); // nightly backup: up to one interval lost
        assertEquals(12, flood.expectedRpoHours(), 1e-12);
        assertEquals(List.of(RecoveryStep.Kind.RESTORE), flood.steps().stream().map(RecoveryStep::kind).toList());
        // the async replica dbB is not part of the base service, so it cannot be failed over to
        assertEquals(List.of(
                "Site A flood (risk R-01): restore from backup Nightly backup (backup, DB primary -> Backup vault), RTO 6.5 h > target 4 h",
                "Site A flood (risk R-01): restore from backup Nightly backup (backup, DB primary -> Backup vault), RPO 24 h > target 15 min"),
                r.breaches().stream().map(Breach::message).toList());
        assertEquals(List.of(Breach.Objective.RTO, Breach.Objective.RPO),
                r.breaches().stream().map(Breach::objective).toList());
        assertEquals(before, EcoreUtil.getURI(m.getTopDiagram()).toString() + m.getReplications().size());
    }

    @Test
    void singleComponentCutSetsRecoverByRepairOrTheFasterBackup() {
        ServiceContinuity s = ContinuityAnalysis.analyze(ContinuityModels.backupVersusReplica()).service();
        IncidentRecovery app = incident(s, "app");
        assertEquals(2, app.worstRtoHours(), 1e-12);
        assertEquals(0, app.worstRpoHours(), 0);
        IncidentRecovery db = incident(s, "dbA");
        assertEquals(4, db.worstRtoHours(), 1e-12); // repair (4 h) beats restore (6.5 h): no data lost
        assertEquals(0, db.worstRpoHours(), 0);
        // frequency of a single-event cut set: 1 / (MTBF + MTTR) per hour
        assertEquals(8760.0 / 10_002, app.incident().frequencyPerYear(), 1e-12);
    }

    @Test
    void theStandbyReplicaScenarioClosesTheGap() {
        List<ContinuityResult> results = ContinuityAnalysis.analyzeScenarios(ContinuityModels.backupVersusReplica(),
                ContinuityAnalysis.Options.defaults());
        assertEquals(2, results.size());
        assertEquals(2, results.get(0).breaches().size());
        ContinuityResult scenario = results.get(1);
        assertEquals("S-01", scenario.scenarioId());
        assertEquals(List.of(), scenario.breaches());
        IncidentRecovery flood = incident(scenario.service(), "R-01");
        assertFalse(flood.serviceDown());
        assertEquals(0.1, flood.worstRtoHours(), 1e-12); // the group's switch-over time
        assertEquals(0.05, flood.worstRpoHours(), 1e-12); // asynchronous lag
        assertEquals(24, results.get(0).service().worstRpoHours(), 1e-12);
        assertTrue(scenario.service().worstRpoHours() < 0.25);
    }

    @Test
    void aSwitchFailureWeighsTheRepairPathIntoTheExpectedRecoveryTime() {
        ModelBuilder b = ModelBuilder.model("Standby");
        Component p = b.component("p", "P", ComponentKind.SERVER, 1000, 4);
        Component q = b.component("q", "Q", ComponentKind.SERVER, 1000, 4);
        DiagramBuilder top = b.diagram("top", "S");
        StandbyGroup g = ContinuityModels.F.createStandbyGroup();
        g.setId("sb");
        g.getMembers().add(p);
        g.getMembers().add(q);
        g.setSwitchoverHours(0.5);
        g.setSwitchFailureProbability(0.1);
        top.diagram().getNodes().add(g);
        top.chain(top.start(), g, top.end());
        top.diagram().setRtoTargetHours(1);
        SystemModel m = b.build();
        ServiceContinuity s = ContinuityAnalysis.analyze(m, new ContinuityAnalysis.Options(0, 4, 0)).service();
        assertEquals(0, s.incidents().size()); // no risks, no cut sets asked for
        RecoveryPlanner planner = new RecoveryPlanner(m, new ServiceLogic(m, org.nines.analysis.system.SnapshotBuilder.of(m)));
        IncidentRecovery r = planner.recover(new Incident(Incident.Kind.RISK, "x", "x", List.of("p"), 1),
                java.util.Map.of("p", 4.0));
        assertFalse(r.serviceDown());
        assertEquals(0.1, r.switchFailureProbability(), 1e-12);
        assertEquals(0.9 * 0.5 + 0.1 * 4, r.expectedRtoHours(), 1e-12);
        assertEquals(4, r.worstRtoHours(), 1e-12);
        ServiceContinuity summary = ContinuityAnalysis.summarise(ContinuityAnalysis.targets(m.getTopDiagram()), List.of(r));
        assertEquals(1, summary.breaches().size()); // worst 4 h > 1 h
        assertEquals(1.0, summary.rtoBreachShare(), 0);
    }

    @Test
    void serviceRecoversWhenTheFirstSufficientSetOfComponentsIsBack() {
        // two parallel servers (MTTR 3 h and 9 h): losing both, the service is back after 3 h
        ModelBuilder b = ModelBuilder.model("Parallel");
        Component x = b.component("x", "X", ComponentKind.SERVER, 1000, 3);
        Component y = b.component("y", "Y", ComponentKind.SERVER, 1000, 9);
        DiagramBuilder top = b.diagram("top", "S");
        var bx = top.block("b-x", x);
        var by = top.block("b-y", y);
        top.chain(top.start(), bx, top.end());
        top.chain(top.start(), by, top.end());
        ServiceContinuity s = ContinuityAnalysis.analyze(b.build()).service();
        IncidentRecovery both = incident(s, "x+y");
        assertTrue(both.serviceDown());
        assertEquals(3, both.worstRtoHours(), 1e-12);
        assertEquals("return of X", both.path());
        double qx = 3.0 / 1003, qy = 9.0 / 1009;
        assertEquals((qy / 1003 + qx / 1009) * 8760, both.incident().frequencyPerYear(), 1e-12);
    }
}
