package org.nines.analysis.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.DiagramNode;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.Risk;
import org.nines.model.Site;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/**
 * The register's fast paths (only the events a risk touches are conditioned, cached sets, affected sets from an index)
 * give exactly the figures of the straightforward computation: every event conditioned, a freshly compiled structure
 * evaluated in full, the affected set found by scanning the model.
 */
class ConditioningEquivalenceTest {
    private static final NinesFactory F = NinesFactory.eINSTANCE;

    /**
     * Random model: groups in series, each a k-of-n of two to four components, one group a cold standby group, one
     * common-cause group over a pair, components spread over three sites.
     */
    static SystemModel randomModel(long seed, int groups) {
        SplittableRandom random = new SplittableRandom(seed);
        ModelBuilder b = ModelBuilder.model("random " + seed);
        DiagramBuilder d = b.diagram("d", "Random");
        SystemModel model = b.build();
        List<Site> sites = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            Site site = F.createSite();
            site.setId("site" + s);
            site.setName("Site " + s);
            model.getSites().add(site);
            sites.add(site);
        }
        DiagramNode previous = d.start();
        List<Component> pair = null;
        for (int g = 0; g < groups; g++) {
            int n = 2 + random.nextInt(3);
            List<Component> members = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                Component c = b.component("c" + g + "_" + j, "C " + g + "/" + j, ComponentKind.SERVER,
                        500 + random.nextInt(20_000), 1 + random.nextInt(48));
                if (random.nextInt(3) > 0) {
                    c.setSite(sites.get(random.nextInt(sites.size())));
                }
                members.add(c);
            }
            if (g == 1) {
                StandbyGroup standby = F.createStandbyGroup();
                standby.setId("sb" + g);
                standby.setMode(StandbyMode.COLD);
                standby.getMembers().addAll(members);
                d.diagram().getNodes().add(standby);
                d.chain(previous, standby);
                previous = standby;
                continue;
            }
            KofN join = d.kOfN("k" + g, 1 + random.nextInt(n));
            for (Component c : members) {
                d.chain(previous, d.block("b" + c.getId(), c), join);
            }
            previous = join;
            if (pair == null) {
                pair = members.subList(0, 2);
            }
        }
        d.connect(previous, d.end());
        CommonCauseGroup ccf = F.createCommonCauseGroup();
        ccf.setId("ccf");
        ccf.setBeta(0.05);
        ccf.getMembers().addAll(pair);
        model.getCommonCauseGroups().add(ccf);
        for (int r = 0; r < 60; r++) {
            Risk risk = F.createRisk();
            risk.setId("R-" + r);
            risk.setLikelihoodPerYear(0.1 + random.nextDouble());
            risk.setOutageHours(1 + random.nextInt(24));
            for (int h = random.nextInt(4); h > 0; h--) {
                Component c = model.getComponents().get(random.nextInt(model.getComponents().size()));
                if (!risk.getAffectedComponents().contains(c)) {
                    risk.getAffectedComponents().add(c);
                }
            }
            if (random.nextInt(5) == 0) {
                risk.getAffectedSites().add(sites.get(random.nextInt(sites.size())));
            }
            model.getRisks().add(risk);
        }
        return model;
    }

    /** The affected set as first defined: scan the model's components, then the risk's own. */
    private static Set<String> affectedByScan(SystemModel model, Risk risk) {
        Set<String> ids = new LinkedHashSet<>();
        for (Component c : model.getComponents()) {
            if (risk.getAffectedComponents().contains(c) || c.getSite() != null && risk.getAffectedSites().contains(c.getSite())) {
                ids.add(c.getId());
            }
        }
        risk.getAffectedComponents().forEach(c -> ids.add(c.getId()));
        return ids;
    }

    @Test
    void touchedEventsConditionedAloneEqualEveryEventConditioned() {
        for (long seed = 1; seed <= 20; seed++) {
            SystemModel model = randomModel(seed, 6);
            SystemSnapshot snapshot = SnapshotBuilder.of(model);
            ConditionedStructure fast = new ConditionedStructure(model, snapshot);
            AffectedComponents index = new AffectedComponents(model);
            for (Risk risk : model.getRisks()) {
                Set<String> affected = index.of(risk);
                assertEquals(List.copyOf(affectedByScan(model, risk)), List.copyOf(affected), "seed " + seed + " " + risk.getId());
                assertArrayEquals(fast.probabilitiesByFullScan(affected), fast.probabilities(affected),
                        "seed " + seed + " " + risk.getId());
            }
        }
    }

    @Test
    void cachedServiceDownProbabilitiesEqualAFreshFullEvaluation() {
        for (long seed = 1; seed <= 20; seed++) {
            SystemModel model = randomModel(seed, 6);
            SystemSnapshot snapshot = SnapshotBuilder.of(model);
            ConditionedStructure shared = new ConditionedStructure(model, snapshot);
            var reference = FaultTreeAnalysis.compile(snapshot.structure());
            for (int pass = 0; pass < 2; pass++) { // the second pass is answered from the cache
                for (Risk risk : model.getRisks()) {
                    Set<String> affected = affectedByScan(model, risk);
                    double expected = reference.probability(shared.probabilitiesByFullScan(affected))[0];
                    assertEquals(expected, shared.serviceDownProbability(affected), 0, "seed " + seed + " " + risk.getId());
                }
            }
        }
    }

    @Test
    void registerFiguresEqualOneFreshEvaluationPerRisk() {
        SystemModel model = randomModel(7, 8);
        RiskRegister register = RiskAnalysis.assess(model, new RiskAnalysis.Options(true, 0, 20));
        for (Risk risk : model.getRisks()) {
            AssessedRisk assessed = register.get(risk.getId());
            assertEquals(RiskAnalysis.serviceDownProbability(model, affectedByScan(model, risk)),
                    assessed.inherent().serviceDownProbability(), 0, risk.getId());
        }
    }
}
