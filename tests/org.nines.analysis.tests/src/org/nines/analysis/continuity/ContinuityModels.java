package org.nines.analysis.continuity;

import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.Connector;
import org.nines.model.DataReplication;
import org.nines.model.EnablementChange;
import org.nines.model.NinesFactory;
import org.nines.model.ReplicationMode;
import org.nines.model.Risk;
import org.nines.model.Scenario;
import org.nines.model.Site;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** Small models with hand-computable recovery figures. */
final class ContinuityModels {
    static final NinesFactory F = NinesFactory.eINSTANCE;

    private ContinuityModels() {
    }

    /**
     * App (site B, MTTR 2 h) in series with database dbA (site A, MTTR 4 h), nightly backup of dbA to a vault (interval
     * 24 h, restore 6 h, failover 0.5 h). Disabled in the base: a standby group of dbA and dbB (site B, switch-over
     * 0.1 h) with asynchronous replication (lag 0.05 h); scenario S-01 swaps the plain dbA block for the group. Risk R-01
     * "Site A flood" takes site A down for 72 h, 0.01 per year. Targets: RTO 4 h, RPO 15 min, max outage 24 h.
     */
    static SystemModel backupVersusReplica() {
        ModelBuilder b = ModelBuilder.model("Continuity");
        SystemModel m = b.build();
        Site a = site(m, "site-a", "Site A");
        Site bSite = site(m, "site-b", "Site B");
        Component app = b.component("app", "App", ComponentKind.APPLICATION, 10_000, 2);
        app.setSite(bSite);
        Component dbA = b.component("dbA", "DB primary", ComponentKind.DATABASE, 20_000, 4);
        dbA.setSite(a);
        Component dbB = b.component("dbB", "DB replica", ComponentKind.DATABASE, 20_000, 4);
        dbB.setSite(bSite);
        Component vault = b.component("vault", "Backup vault", ComponentKind.STORAGE, 50_000, 8);
        vault.setSite(bSite);
        DiagramBuilder top = b.diagram("top", "Shop");
        var bApp = top.block("b-app", app);
        var bDb = top.block("b-dbA", dbA);
        StandbyGroup group = F.createStandbyGroup();
        group.setId("sb-db");
        group.setName("DB pair");
        group.getMembers().add(dbA);
        group.getMembers().add(dbB);
        group.setSwitchoverHours(0.1);
        group.setEnabled(false);
        top.diagram().getNodes().add(group);
        top.connect(top.start(), bApp);
        Connector c1 = top.connect(bApp, bDb);
        Connector c2 = top.connect(bDb, top.end());
        Connector c3 = top.connect(bApp, group);
        Connector c4 = top.connect(group, top.end());
        c3.setEnabled(false);
        c4.setEnabled(false);
        top.diagram().setRtoTargetHours(4);
        top.diagram().setRpoTargetHours(0.25);
        top.diagram().setMaxTolerableOutageHours(24);
        m.getReplications().add(replication("rep-backup", "Nightly backup", dbA, vault, ReplicationMode.BACKUP, 0, 24, 6, 0.5));
        m.getReplications().add(replication("rep-async", "Streaming replication", dbA, dbB, ReplicationMode.ASYNCHRONOUS, 0.05, 24, 0, 0.3));
        Risk flood = F.createRisk();
        flood.setId("R-01");
        flood.setName("Site A flood");
        flood.getAffectedSites().add(a);
        flood.setLikelihoodPerYear(0.01);
        flood.setOutageHours(72);
        m.getRisks().add(flood);
        Scenario s = F.createScenario();
        s.setId("S-01");
        s.setName("Standby replica");
        s.getChanges().add(enable(bDb, false));
        s.getChanges().add(enable(c1, false));
        s.getChanges().add(enable(c2, false));
        s.getChanges().add(enable(group, true));
        s.getChanges().add(enable(c3, true));
        s.getChanges().add(enable(c4, true));
        m.getScenarios().add(s);
        return m;
    }

    static Site site(SystemModel m, String id, String name) {
        Site s = F.createSite();
        s.setId(id);
        s.setName(name);
        m.getSites().add(s);
        return s;
    }

    static EnablementChange enable(org.nines.model.DiagramElement e, boolean on) {
        EnablementChange c = F.createEnablementChange();
        c.setElement(e);
        c.setEnabled(on);
        return c;
    }

    static DataReplication replication(String id, String name, Component primary, Component replica, ReplicationMode mode,
            double lag, double interval, double restore, double failover) {
        DataReplication r = F.createDataReplication();
        r.setId(id);
        r.setName(name);
        r.setPrimary(primary);
        r.setReplica(replica);
        r.setMode(mode);
        r.setLagHours(lag);
        r.setIntervalHours(interval);
        r.setRestoreHours(restore);
        r.setFailoverHours(failover);
        return r;
    }
}
