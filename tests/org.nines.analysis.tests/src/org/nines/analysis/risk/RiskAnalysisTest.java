package org.nines.analysis.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.NinesFactory;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.Site;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** Risk impact from the availability model: conditional probabilities, figures, scales, reasons, derived risks. */
class RiskAnalysisTest {
    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private static final double EPS = 1e-12;

    private static double q(double mtbf, double mttr) {
        return mttr / (mtbf + mttr);
    }

    /**
     * Power (site A) in series with a database pair db1 (site A) || db2 (site B), then an application without site.
     * Downtime cost 1,000 per hour.
     */
    private static SystemModel shop() {
        ModelBuilder b = ModelBuilder.model("shop");
        SystemModel model = b.build();
        Site a = site(model, "site-a", "Site A");
        Site bSite = site(model, "site-b", "Site B");
        Component pw = b.component("pw", "Power A", ComponentKind.POWER_FEED, 10000, 5);
        Component db1 = b.component("db1", "DB node 1", ComponentKind.DATABASE, 2000, 10);
        Component db2 = b.component("db2", "DB node 2", ComponentKind.DATABASE, 2000, 10);
        Component app = b.component("app", "App", ComponentKind.APPLICATION, 5000, 1);
        pw.setSite(a);
        db1.setSite(a);
        db2.setSite(bSite);
        DiagramBuilder d = b.diagram("d", "Service");
        var bpw = d.block("b-pw", pw);
        var bapp = d.block("b-app", app);
        d.chain(d.start(), bpw);
        d.chain(bpw, d.block("b-db1", db1), bapp);
        d.chain(bpw, d.block("b-db2", db2), bapp);
        d.chain(bapp, d.end());
        model.setDowntimeCostPerHour(1000);
        return model;
    }

    private static Site site(SystemModel model, String id, String name) {
        Site s = F.createSite();
        s.setId(id);
        s.setName(name);
        model.getSites().add(s);
        return s;
    }

    private static Risk risk(SystemModel model, String id, double likelihood, double outage, Component... down) {
        Risk r = F.createRisk();
        r.setId(id);
        r.setTitle(id);
        r.setCategory(RiskCategory.OTHER);
        r.setLikelihoodPerYear(likelihood);
        r.setOutageHours(outage);
        r.getAffectedComponents().addAll(List.of(down));
        model.getRisks().add(r);
        return r;
    }

    private static Component component(SystemModel model, String id) {
        return model.getComponents().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    private static final RiskAnalysis.Options NO_DERIVED = new RiskAnalysis.Options(false, 0, 0);

    @Test
    void riskOnOneRedundantNodeScoresTheClosedFormConditionalProbability() {
        SystemModel model = shop();
        risk(model, "R-db1", 2, 10, component(model, "db1"));
        AssessedRisk r = RiskAnalysis.assess(model, NO_DERIVED).get("R-db1");
        // with db1 down the service needs power, db2 and the app
        double expected = 1 - (1 - q(10000, 5)) * (1 - q(2000, 10)) * (1 - q(5000, 1));
        assertEquals(expected, r.inherent().serviceDownProbability(), EPS);
        assertEquals(2 * 10 * expected, r.inherent().downtimeHoursPerYear(), EPS);
        assertEquals(2 * 10 * expected * 1000, r.inherent().lossPerYear(), 1e-9);
        assertTrue(r.reason().startsWith("Takes down DB node 1: redundancy holds"), r.reason());
        assertTrue(r.reason().contains("DB node 2"), r.reason());
    }

    @Test
    void riskOnBothNodesOrOnASinglePointOfFailureIsCertainDowntimeAndSaysWhy() {
        SystemModel model = shop();
        risk(model, "R-both", 0.5, 4, component(model, "db1"), component(model, "db2"));
        Risk siteRisk = risk(model, "R-site", 0.1, 24);
        siteRisk.getAffectedSites().add(model.getSites().get(0));
        RiskRegister register = RiskAnalysis.assess(model, NO_DERIVED);
        AssessedRisk both = register.get("R-both");
        assertEquals(1, both.inherent().serviceDownProbability(), EPS);
        assertEquals(2, both.inherent().downtimeHoursPerYear(), EPS);
        assertTrue(both.reason().contains("DB node 1 + DB node 2 (all paths cut)"), both.reason());
        AssessedRisk site = register.get("R-site");
        assertEquals(List.of("pw", "db1"), site.affectedComponentIds(), "components at the site, in model order");
        assertEquals(1, site.inherent().serviceDownProbability(), EPS);
        assertTrue(site.reason().startsWith("Site Site A takes down Power A, DB node 1: the service fails: Power A (single point of failure)"),
                site.reason());
    }

    @Test
    void conditionalProbabilityEqualsTheExactEngineWithTheComponentsForcedDownForEverySubset() {
        SystemModel model = shop();
        List<String> ids = model.getComponents().stream().map(Component::getId).toList();
        for (int mask = 0; mask < 1 << ids.size(); mask++) {
            Set<String> down = new HashSet<>();
            SystemModel forced = EcoreUtil.copy(model);
            for (int i = 0; i < ids.size(); i++) {
                if ((mask >> i & 1) == 1) {
                    down.add(ids.get(i));
                    FixedProbabilityFailure certain = F.createFixedProbabilityFailure();
                    certain.setProbability(1);
                    component(forced, ids.get(i)).setFailure(certain);
                }
            }
            double engine = AvailabilityAnalysis.analyze(SnapshotBuilder.of(forced), AvailabilityAnalysis.Options.noCutSets())
                    .unavailability();
            assertEquals(engine, RiskAnalysis.serviceDownProbability(model, down), EPS, down::toString);
        }
    }

    @Test
    void oneCommonCauseMemberDownDoesNotForceTheCommonCause() {
        ModelBuilder b = ModelBuilder.model("ccf");
        Component x = b.component("x", "X", ComponentKind.SERVER, 4380, 2);
        Component y = b.component("y", "Y", ComponentKind.SERVER, 4380, 2);
        DiagramBuilder d = b.diagram("d", "Pair");
        d.chain(d.start(), d.block("bx", x), d.end());
        d.chain(d.start(), d.block("by", y), d.end());
        SystemModel model = b.build();
        CommonCauseGroup group = F.createCommonCauseGroup();
        group.setId("g");
        group.setBeta(0.1);
        group.getMembers().addAll(List.of(x, y));
        model.getCommonCauseGroups().add(group);
        double common = 2 / (4380 / 0.1 + 2);
        double independent = 2 / (4380 / 0.9 + 2);
        // x down: the service fails when y fails on its own or through the common cause
        assertEquals(1 - (1 - independent) * (1 - common), RiskAnalysis.serviceDownProbability(model, Set.of("x")), EPS);
        assertEquals(1, RiskAnalysis.serviceDownProbability(model, Set.of("x", "y")), EPS);
    }

    @Test
    void standbyGroupWithItsPrimaryDownIsSolvedAgainWithTheRemainingMembers() {
        ModelBuilder b = ModelBuilder.model("standby");
        Component p = b.component("p", "Primary", ComponentKind.OPERATING_SYSTEM, 1000, 50);
        Component s = b.component("s", "Secondary", ComponentKind.OPERATING_SYSTEM, 1000, 50);
        Component t = b.component("t", "Third", ComponentKind.OPERATING_SYSTEM, 1000, 50);
        DiagramBuilder d = b.diagram("d", "Service");
        StandbyGroup group = F.createStandbyGroup();
        group.setId("g");
        group.setMode(StandbyMode.COLD);
        group.getMembers().addAll(List.of(p, s, t));
        d.diagram().getNodes().add(group);
        d.chain(d.start(), group, d.end());
        SystemModel model = b.build();
        // s and t left: a cold-standby pair with instantaneous perfect switching and independent repair
        // (states: both up (one waiting), one up one in repair, both in repair): pi2/pi0 = (lambda/mu)^2 / 2
        double r = 1000.0 / 50;
        double u = 1 / r;
        double pairDown = u * u / 2 / (1 + u + u * u / 2);
        assertEquals(pairDown, RiskAnalysis.serviceDownProbability(model, Set.of("p")), 1e-12);
        assertEquals(50.0 / 1050, RiskAnalysis.serviceDownProbability(model, Set.of("p", "s")), 1e-12);
        assertEquals(1, RiskAnalysis.serviceDownProbability(model, Set.of("p", "s", "t")), EPS);
    }

    @Test
    void residualFiguresUseTheResidualValuesOrTheInherentOnesWhenNegative() {
        SystemModel model = shop();
        Risk r1 = risk(model, "R-1", 2, 10, component(model, "app"));
        r1.setResidualLikelihoodPerYear(0.5);
        r1.setResidualOutageHours(-1);
        Risk r2 = risk(model, "R-2", 2, 10, component(model, "app"));
        r2.setResidualLikelihoodPerYear(-1);
        r2.setResidualOutageHours(0);
        RiskRegister reg = RiskAnalysis.assess(model, NO_DERIVED);
        assertEquals(0.5 * 10, reg.get("R-1").residual().downtimeHoursPerYear(), EPS);
        assertEquals(2, reg.get("R-2").residual().likelihoodPerYear(), EPS);
        assertEquals(0, reg.get("R-2").residual().downtimeHoursPerYear(), EPS);
        assertEquals(1, reg.get("R-2").residual().impactLevel());
    }

    @Test
    void registerIsRankedByExpectedLossAndPlacedOnTheMatrix() {
        SystemModel model = shop();
        risk(model, "R-small", 2, 10, component(model, "db1"));
        risk(model, "R-big", 0.5, 4, component(model, "db1"), component(model, "db2"));
        risk(model, "R-mid", 5, 0.1, component(model, "app"));
        RiskRegister reg = RiskAnalysis.assess(model, NO_DERIVED);
        assertEquals(List.of("R-big", "R-mid", "R-small"), reg.risks().stream().map(AssessedRisk::id).toList());
        assertEquals(List.of(1, 2, 3), reg.risks().stream().map(AssessedRisk::rank).toList());
        // R-big: 0.5/yr -> level 3 (0.1 < 0.5 <= 1); 2 h/yr -> impact level 3 (1 < 2 <= 8)
        assertEquals("3x3", reg.get("R-big").inherent().matrixCell());
        // R-mid: 5/yr -> level 4; 0.5 h/yr -> impact 2
        assertEquals("4x2", reg.get("R-mid").inherent().matrixCell());
        int[][] m = reg.matrix(false);
        assertEquals(1, m[2][2]);
        assertEquals(2, m[3][1], "R-mid and R-small (2/yr, 20 h x 0.0059 = 0.12 h/yr)");
    }

    @Test
    void scaleBoundsAreUpperBoundsAndModelThresholdsReplaceTheDefaults() {
        RiskScale s = RiskScale.defaults();
        assertEquals(1, s.likelihoodLevel(0.01));
        assertEquals(2, s.likelihoodLevel(0.010001));
        assertEquals(5, s.likelihoodLevel(11));
        assertEquals(1, s.impactLevel(0));
        assertEquals(4, s.impactLevel(24));
        assertEquals(5, s.impactLevel(24.1));
        SystemModel model = shop();
        model.getImpactThresholds().addAll(List.of(1.0, 2.0, 3.0, 4.0));
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), RiskScale.of(model).impactBounds());
        assertEquals(RiskScale.DEFAULT_LIKELIHOOD, RiskScale.of(model).likelihoodBounds());
        assertThrows(IllegalArgumentException.class, () -> new RiskScale(List.of(1.0, 0.5, 2.0, 3.0), RiskScale.DEFAULT_IMPACT));
        assertThrows(IllegalArgumentException.class, () -> new RiskScale(List.of(1.0), RiskScale.DEFAULT_IMPACT));
    }

    @Test
    void derivedRisksAreTheSinglePointsOfFailureAndCutSetsWithTheirFrequencyAndDuration() {
        SystemModel model = shop();
        List<Risk> derived = RiskAnalysis.proposeDerivedRisks(model, RiskAnalysis.Options.defaults());
        List<String> ids = derived.stream().map(Risk::getId).toList();
        assertEquals(List.of("D-SPOF-pw", "D-SPOF-app", "D-CS-1"), ids);
        Risk pw = derived.get(0);
        assertTrue(pw.isDerived());
        assertEquals(RiskCategory.POWER, pw.getCategory());
        // exponential single event: w = 1 / (MTBF + MTTR), duration = q / w = MTTR
        assertEquals(8760 / 10005.0, pw.getLikelihoodPerYear(), 1e-9);
        assertEquals(5, pw.getOutageHours(), 1e-9);
        Risk pair = derived.get(2);
        assertEquals(List.of("db1", "db2"), pair.getAffectedComponents().stream().map(Component::getId).sorted().toList());
        double qd = q(2000, 10);
        double wd = 1 / 2010.0;
        assertEquals(2 * wd * qd * 8760, pair.getLikelihoodPerYear(), 1e-9);
        assertEquals(5, pair.getOutageHours(), 1e-9, "two exponential repairs of 10 h: the first ends after 5 h");
        assertTrue(model.getRisks().isEmpty(), "proposals are not added to the model");
        // in the register a derived risk is certain downtime: frequency x duration = the cut set's probability x period
        RiskRegister reg = RiskAnalysis.assess(model);
        assertEquals(qd * qd * 8760, reg.get("D-CS-1").inherent().downtimeHoursPerYear(), 1e-12);
        assertTrue(reg.get("D-CS-1").derived());
    }

    @Test
    void aDerivedRiskAlreadyInTheModelIsNotProposedAgain() {
        SystemModel model = shop();
        Risk kept = risk(model, "R-pw", 1, 5, component(model, "pw"));
        kept.setDerived(true);
        List<String> ids = RiskAnalysis.proposeDerivedRisks(model, RiskAnalysis.Options.defaults()).stream().map(Risk::getId).toList();
        assertFalse(ids.contains("D-SPOF-pw"));
        assertTrue(ids.contains("D-SPOF-app"));
    }

    @Test
    void riskOnAComponentNoBlockUsesHasNoImpact() {
        SystemModel model = shop();
        Component spare = F.createComponent();
        spare.setId("spare");
        spare.setKind(ComponentKind.SERVER);
        spare.setFailure(EcoreUtil.copy(component(model, "app").getFailure()));
        spare.setRepair(EcoreUtil.copy(component(model, "app").getRepair()));
        model.getComponents().add(spare);
        risk(model, "R-spare", 1, 10, spare);
        AssessedRisk r = RiskAnalysis.assess(model, NO_DERIVED).get("R-spare");
        assertEquals(RiskAnalysis.serviceDownProbability(model, Set.of()), r.inherent().serviceDownProbability(), EPS);
        assertTrue(r.reason().contains("no component the analysed service uses"), r.reason());
    }

    @Test
    void assessingDoesNotChangeTheModel() {
        SystemModel model = shop();
        risk(model, "R-db1", 2, 10, component(model, "db1"));
        SystemModel before = EcoreUtil.copy(model);
        RiskAnalysis.assess(model);
        assertTrue(EcoreUtil.equals(before, model));
        assertEquals(1, new ArrayList<>(model.getRisks()).size());
    }
}
