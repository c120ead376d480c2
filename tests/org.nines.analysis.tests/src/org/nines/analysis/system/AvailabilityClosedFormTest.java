package org.nines.analysis.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.SystemModel;
import org.nines.model.WeibullFailure;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** Block diagrams with textbook answers, to 1e-12 relative. */
class AvailabilityClosedFormTest {
    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private static final double EPS = 1e-12;

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * EPS, () -> "expected " + expected + " got " + actual);
    }

    /** Makes the component's unavailability exactly q (fixed probability, non-repairable). */
    private static Component fixed(Component c, double q) {
        FixedProbabilityFailure failure = F.createFixedProbabilityFailure();
        failure.setProbability(q);
        c.setFailure(failure);
        c.setRepair(F.createNonRepairable());
        return c;
    }

    private static AvailabilityResult analyze(SystemModel model) {
        return AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.defaults().withSubsystems());
    }

    @Test
    void seriesOfTwoRepairableComponents() {
        ModelBuilder b = ModelBuilder.model("series");
        Component app = b.component("app", "App", ComponentKind.APPLICATION, 1000, 10);
        Component db = b.component("db", "DB", ComponentKind.DATABASE, 4000, 40);
        DiagramBuilder d = b.diagram("d", "Service");
        d.chain(d.start(), d.block("b1", app), d.block("b2", db), d.end());
        AvailabilityResult r = analyze(b.build());
        double q1 = 10.0 / 1010;
        double q2 = 40.0 / 4040;
        assertRelative(1 - (1 - q1) * (1 - q2), r.unavailability());
        // outage frequency: each component fails while the other one works
        double w = (1 - q2) / 1010 + (1 - q1) / 4040;
        assertRelative(w * 8760, r.failuresPerYear());
        assertRelative((1 - r.unavailability()) / w, r.mtbfHours());
        assertRelative(r.unavailability() / w, r.meanDowntimeHours());
        assertEquals(List.of("App", "DB"), r.singlePointsOfFailure().stream().sorted().toList());
    }

    @Test
    void singleComponentSystemHasTheComponentsMtbfAndMttr() {
        ModelBuilder b = ModelBuilder.model("one");
        Component c = b.component("c", "C", ComponentKind.SERVER, 1000, 10);
        DiagramBuilder d = b.diagram("d", "Service");
        d.chain(d.start(), d.block("b", c), d.end());
        AvailabilityResult r = analyze(b.build());
        assertRelative(1000, r.mtbfHours());
        assertRelative(10, r.meanDowntimeHours());
        assertRelative(10.0 / 1010 * 8760, r.downtimeHoursPerYear());
        assertRelative(-Math.log10(10.0 / 1010), r.nines());
    }

    @Test
    void parallelPairIsTheProductOfUnavailabilities() {
        ModelBuilder b = ModelBuilder.model("parallel");
        Component a = fixed(b.component("a", "A", ComponentKind.SERVER, 1, 1), 0.01);
        Component c = fixed(b.component("c", "C", ComponentKind.SERVER, 1, 1), 0.02);
        DiagramBuilder d = b.diagram("d", "Service");
        d.chain(d.start(), d.block("ba", a), d.end());
        d.chain(d.start(), d.block("bc", c), d.end());
        AvailabilityResult r = analyze(b.build());
        assertRelative(0.01 * 0.02, r.unavailability());
        assertTrue(r.singlePointsOfFailure().isEmpty());
        EventResult ea = r.events().get(0);
        assertRelative(0.02, ea.birnbaum());
        assertRelative(1.0, ea.fussellVesely());
        assertRelative(1 / 0.01, ea.raw());
    }

    @Test
    void threeOfFourIdenticalBlocksMatchesTheBinomialSum() {
        ModelBuilder b = ModelBuilder.model("k-of-n");
        DiagramBuilder d = b.diagram("d", "Service");
        KofN vote = d.kOfN("vote", 3);
        for (int i = 0; i < 4; i++) {
            Component c = fixed(b.component("c" + i, "C" + i, ComponentKind.SERVER, 1, 1), 0.1);
            d.chain(d.start(), d.block("b" + i, c), vote);
        }
        d.connect(vote, d.end());
        AvailabilityResult r = analyze(b.build());
        double p = 0.9;
        double reliability = 4 * Math.pow(p, 3) * (1 - p) + Math.pow(p, 4); // 0.9477
        assertRelative(1 - reliability, r.unavailability());
        assertEquals(0.9477, r.availability(), 1e-12);
    }

    /**
     * The bridge network: five blocks of reliability p, the middle one usable in both directions (two blocks sharing
     * one component). R = 2p^2 + 2p^3 - 5p^4 + 2p^5 = 0.97848 at p = 0.9.
     */
    @Test
    void bridgeNetworkWithSharedMiddleComponent() {
        ModelBuilder b = ModelBuilder.model("bridge");
        Component[] c = new Component[5];
        for (int i = 0; i < 5; i++) {
            c[i] = fixed(b.component("c" + i, "C" + i, ComponentKind.NETWORK_SWITCH, 1, 1), 0.1);
        }
        DiagramBuilder d = b.diagram("d", "Bridge");
        Block a = d.block("a", c[0]);
        Block bb = d.block("b", c[1]);
        Block cc = d.block("c", c[2]);
        Block dd = d.block("dd", c[3]);
        Block e1 = d.block("e1", c[4]);
        Block e2 = d.block("e2", c[4]);
        d.chain(d.start(), a, cc, d.end());
        d.chain(d.start(), bb, dd, d.end());
        d.chain(a, e1, dd);
        d.chain(bb, e2, cc);
        AvailabilityResult r = analyze(b.build());
        double p = 0.9;
        double reliability = 2 * p * p + 2 * Math.pow(p, 3) - 5 * Math.pow(p, 4) + 2 * Math.pow(p, 5);
        assertRelative(1 - reliability, r.unavailability());
        assertEquals(0.97848, r.availability(), 1e-12);
    }

    @Test
    void betaFactorPairFailsTogetherWithBetaTimesQ() {
        ModelBuilder b = ModelBuilder.model("ccf");
        Component x = fixed(b.component("x", "X", ComponentKind.SERVER, 1, 1), 0.01);
        Component y = fixed(b.component("y", "Y", ComponentKind.SERVER, 1, 1), 0.01);
        DiagramBuilder d = b.diagram("d", "Pair");
        d.chain(d.start(), d.block("bx", x), d.end());
        d.chain(d.start(), d.block("by", y), d.end());
        SystemModel model = b.build();
        CommonCauseGroup group = F.createCommonCauseGroup();
        group.setId("g");
        group.setBeta(0.1);
        group.getMembers().addAll(List.of(x, y));
        model.getCommonCauseGroups().add(group);
        AvailabilityResult r = analyze(model);
        double independent = 0.9 * 0.01;
        double common = 0.1 * 0.01;
        assertRelative(1 - (1 - independent * independent) * (1 - common), r.unavailability());
        assertEquals(1, r.singlePointsOfFailure().size(), "the common cause is a single point of failure");
    }

    /** Repairable members split the failure rate: independent at (1-β)λ, common at βλ, both repaired in MTTR. */
    @Test
    void betaFactorWithRepairSplitsTheFailureRate() {
        ModelBuilder b = ModelBuilder.model("ccf-rates");
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
        assertRelative(1 - (1 - independent * independent) * (1 - common), analyze(model).unavailability());
    }

    @Test
    void nonRepairableComponentIsEvaluatedAtTheMissionTimeAndReliabilityIsExact() {
        ModelBuilder b = ModelBuilder.model("mission");
        Component c = b.component("c", "C", ComponentKind.SERVER, 20_000, 1);
        c.setRepair(F.createNonRepairable());
        DiagramBuilder d = b.diagram("d", "Service");
        d.chain(d.start(), d.block("b", c), d.end());
        SystemModel model = b.build();
        AvailabilityResult r = AvailabilityAnalysis.analyze(SnapshotBuilder.of(model, 5000), AvailabilityAnalysis.Options.defaults());
        assertRelative(-Math.expm1(-5000.0 / 20_000), r.unavailability());
        assertTrue(r.reliabilityExact());
        assertRelative(Math.exp(-5000.0 / 20_000), r.reliability());
    }

    @Test
    void weibullComponentUsesItsMeanTimeToFailure() {
        ModelBuilder b = ModelBuilder.model("weibull");
        Component c = b.component("c", "C", ComponentKind.UPS, 1, 100);
        WeibullFailure w = F.createWeibullFailure();
        w.setShape(2);
        w.setScaleHours(10_000);
        c.setFailure(w);
        DiagramBuilder d = b.diagram("d", "Service");
        d.chain(d.start(), d.block("b", c), d.end());
        AvailabilityResult r = analyze(b.build());
        double mttf = 10_000 * 0.886226925452758; // Gamma(1.5) = sqrt(pi)/2
        assertRelative(100 / (mttf + 100), r.unavailability());
    }

    @Test
    void disabledBlockIsLeftOut() {
        ModelBuilder b = ModelBuilder.model("disabled");
        Component a = fixed(b.component("a", "A", ComponentKind.SERVER, 1, 1), 0.01);
        Component spare = fixed(b.component("s", "Spare", ComponentKind.SERVER, 1, 1), 0.01);
        DiagramBuilder d = b.diagram("d", "Service");
        d.chain(d.start(), d.block("ba", a), d.end());
        Block blockSpare = d.block("bs", spare);
        d.chain(d.start(), blockSpare, d.end());
        blockSpare.setEnabled(false);
        assertRelative(0.01, analyze(b.build()).unavailability());
        blockSpare.setEnabled(true);
        assertRelative(1e-4, analyze(b.build()).unavailability());
    }

    @Test
    void subDiagramIsAnalysedOnceAndUsedAsABlock() {
        ModelBuilder b = ModelBuilder.model("hierarchy");
        Component a = fixed(b.component("a", "A", ComponentKind.SERVER, 1, 1), 0.1);
        Component c = fixed(b.component("c", "C", ComponentKind.SERVER, 1, 1), 0.2);
        Component x = fixed(b.component("x", "X", ComponentKind.SERVER, 1, 1), 0.05);
        DiagramBuilder top = b.diagram("top", "Top");
        DiagramBuilder pair = b.diagram("pair", "Pair");
        pair.chain(pair.start(), pair.block("pa", a), pair.end());
        pair.chain(pair.start(), pair.block("pc", c), pair.end());
        top.chain(top.start(), top.subDiagram("sub", pair.diagram()), top.block("bx", x), top.end());
        AvailabilityResult r = analyze(b.build());
        assertRelative(1 - (1 - 0.1 * 0.2) * (1 - 0.05), r.unavailability());
        // each diagram on its own: the pair is a parallel pair, the top diagram is the whole system
        assertEquals(java.util.List.of("top", "pair"), java.util.List.copyOf(r.diagramUnavailability().keySet()));
        assertRelative(0.1 * 0.2, r.diagramUnavailability().get("pair"));
        assertRelative(r.unavailability(), r.diagramUnavailability().get("top"));
    }

    @Test
    void subDiagramOfOneBlockHasThatComponentsUnavailability() {
        ModelBuilder b = ModelBuilder.model("one-block sub-diagram");
        Component a = fixed(b.component("a", "A", ComponentKind.SERVER, 1, 1), 0.1);
        Component x = fixed(b.component("x", "X", ComponentKind.SERVER, 1, 1), 0.05);
        DiagramBuilder top = b.diagram("top", "Top");
        DiagramBuilder single = b.diagram("single", "Single");
        single.chain(single.start(), single.block("sa", a), single.end());
        top.chain(top.start(), top.subDiagram("sub", single.diagram()), top.end());
        top.chain(top.start(), top.block("bx", x), top.end());
        AvailabilityResult r = analyze(b.build());
        assertRelative(0.1, r.diagramUnavailability().get("single")); // its failure node is the variable itself
        assertRelative(0.1 * 0.05, r.unavailability());
        SystemModel model = b.build();
        assertTrue(AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.noCutSets())
                .diagramUnavailability().isEmpty(), "engines that analyse often skip the sub-system figures");
        var structure = SnapshotBuilder.of(model).structure();
        assertThrows(IllegalArgumentException.class, () -> structure.withTop(-2), "not a node");
    }

    /** Two identical units, cold standby, perfect instantaneous switch, one repair each: birth-death chain. */
    @Test
    void coldStandbyPairMatchesItsMarkovChain() {
        double lambda = 1.0 / 1000;
        double mu = 1.0 / 50;
        StandbyGroup group = standbyGroupModel(StandbyMode.COLD, 0, 0);
        AvailabilityResult r = analyze((SystemModel) group.eContainer().eContainer());
        // states: 0 failed -> 1 failed at lambda (only the active unit can fail); 1 -> 2 at lambda; repairs 1->0 at mu, 2->1 at 2 mu
        double p0 = 1;
        double p1 = lambda / mu;
        double p2 = p1 * lambda / (2 * mu);
        assertRelative(p2 / (p0 + p1 + p2), r.unavailability());
        assertRelative(8760 * p1 / (p0 + p1 + p2) * lambda, r.failuresPerYear());
    }

    /** Hot standby with perfect switching is a plain parallel pair: Q = q^2. */
    @Test
    void hotStandbyPairEqualsParallelPair() {
        StandbyGroup group = standbyGroupModel(StandbyMode.HOT, 0, 0);
        AvailabilityResult r = analyze((SystemModel) group.eContainer().eContainer());
        double q = 50.0 / 1050;
        assertRelative(q * q, r.unavailability());
    }

    @Test
    void switchFailuresAndSwitchoverTimeMakeAStandbyPairWorse() {
        double perfect = analyze((SystemModel) standbyGroupModel(StandbyMode.COLD, 0, 0).eContainer().eContainer()).unavailability();
        double slow = analyze((SystemModel) standbyGroupModel(StandbyMode.COLD, 0.5, 0).eContainer().eContainer()).unavailability();
        double unreliable = analyze((SystemModel) standbyGroupModel(StandbyMode.COLD, 0, 0.1).eContainer().eContainer()).unavailability();
        assertTrue(slow > perfect && unreliable > perfect, perfect + " " + slow + " " + unreliable);
        // lumped chain (identical units): U0 both up, U1 one failed and the other active, D1 switch failed (down until
        // the failed unit is repaired), D2 both failed. U0->U1 l(1-p), U0->D1 l p, U1->U0 m, U1->D2 l, D1->U0 m, D2->U1 2m.
        double l = 1.0 / 1000;
        double m = 1.0 / 50;
        double p = 0.1;
        double u1 = l * (1 - p) / m;
        double d1 = l * p / m;
        double d2 = l * u1 / (2 * m);
        assertRelative((d1 + d2) / (1 + u1 + d1 + d2), unreliable);
    }

    private static StandbyGroup standbyGroupModel(StandbyMode mode, double switchoverHours, double switchFailure) {
        ModelBuilder b = ModelBuilder.model("standby");
        Component primary = b.component("p", "Primary", ComponentKind.OPERATING_SYSTEM, 1000, 50);
        Component secondary = b.component("s", "Secondary", ComponentKind.OPERATING_SYSTEM, 1000, 50);
        DiagramBuilder d = b.diagram("d", "Service");
        StandbyGroup group = F.createStandbyGroup();
        group.setId("g");
        group.setName("OS pair");
        group.setMode(mode);
        group.setSwitchoverHours(switchoverHours);
        group.setSwitchFailureProbability(switchFailure);
        group.getMembers().addAll(List.of(primary, secondary));
        d.diagram().getNodes().add(group);
        d.chain(d.start(), group, d.end());
        return group;
    }

}
