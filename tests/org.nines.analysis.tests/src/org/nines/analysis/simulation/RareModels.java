package org.nines.analysis.simulation;

import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.KofN;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** Markovian test models for failure biasing, each with an exact answer. */
final class RareModels {
    private RareModels() {
    }

    static AvailabilityResult exact(SystemModel model) {
        return AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.noCutSets());
    }

    /** Directed bridge: paths A-D, B-E and A-C-E; MTBF 5,000 to 8,000 h, MTTR 5 to 12 h (U about 1e-5). */
    static SystemModel bridge() {
        ModelBuilder b = ModelBuilder.model("bridge");
        Component a = b.component("a", "A", ComponentKind.SERVER, 5000, 8);
        Component bb = b.component("b", "B", ComponentKind.SERVER, 6000, 10);
        Component c = b.component("c", "C", ComponentKind.LINK, 8000, 5);
        Component d = b.component("d", "D", ComponentKind.SERVER, 7000, 12);
        Component e = b.component("e", "E", ComponentKind.SERVER, 5000, 6);
        DiagramBuilder g = b.diagram("top", "Bridge");
        Block ba = g.block("b-a", a);
        Block bbb = g.block("b-b", bb);
        Block bc = g.block("b-c", c);
        Block bd = g.block("b-d", d);
        Block be = g.block("b-e", e);
        g.connect(g.start(), ba);
        g.connect(g.start(), bbb);
        g.chain(ba, bd, g.end());
        g.chain(bbb, be, g.end());
        g.chain(ba, bc, be);
        return b.build();
    }

    /** 2-of-3 servers (MTBF 4,000 h, MTTR 8 h) in a common-cause group with β = 0.02 (U about 2e-5, mostly common cause). */
    static SystemModel twoOfThreeWithCommonCause() {
        ModelBuilder b = ModelBuilder.model("2oo3-ccf");
        DiagramBuilder g = b.diagram("top", "Two of three");
        KofN k = g.kOfN("k", 2);
        CommonCauseGroup ccf = SimModels.F.createCommonCauseGroup();
        ccf.setId("ccf");
        ccf.setName("Servers");
        ccf.setBeta(0.02);
        for (int i = 1; i <= 3; i++) {
            Component c = b.component("s" + i, "S" + i, ComponentKind.SERVER, 4000, 6 + i);
            ccf.getMembers().add(c);
            g.chain(g.start(), g.block("b-s" + i, c), k);
        }
        g.connect(k, g.end());
        SystemModel model = b.build();
        model.getCommonCauseGroups().add(ccf);
        return model;
    }

    /**
     * Very reliable and unbalanced: three redundant pairs (MTBF 10,000 h, MTTR 1 h) in series with a single point of
     * failure that fails once in 10 million hours (MTTR 2 h); U about 2.3e-7, most of it from the rare single part.
     */
    static SystemModel seriesParallelVeryReliable() {
        ModelBuilder b = ModelBuilder.model("series-parallel");
        DiagramBuilder g = b.diagram("top", "Series of pairs");
        Component spof = b.component("spof", "Controller", ComponentKind.SERVER, 1e7, 2);
        var previous = (org.nines.model.DiagramNode) g.block("b-spof", spof);
        g.connect(g.start(), previous);
        for (int i = 1; i <= 3; i++) {
            KofN join = g.kOfN("j" + i, 1);
            for (String side : new String[] { "x", "y" }) {
                Component c = b.component(side + i, side.toUpperCase() + i, ComponentKind.SERVER, 10_000, 1);
                g.chain(previous, g.block("b-" + side + i, c), join);
            }
            previous = join;
        }
        g.connect(previous, g.end());
        return b.build();
    }

    /** Warm standby pair (dormant factor 0.3, switch fails in 5 % of demands, instantaneous) in series with a pair. */
    static SystemModel standbyWithSwitchFailure() {
        ModelBuilder b = ModelBuilder.model("standby");
        Component p = b.component("p", "Primary", ComponentKind.SERVER, 3000, 10);
        Component s = b.component("s", "Standby", ComponentKind.SERVER, 4000, 12);
        Component x = b.component("x", "X", ComponentKind.LINK, 6000, 5);
        Component y = b.component("y", "Y", ComponentKind.LINK, 6000, 5);
        DiagramBuilder g = b.diagram("top", "Standby");
        StandbyGroup group = SimModels.standby(g, "sb", StandbyMode.WARM, 0.3, 0.05, p, s);
        KofN join = g.kOfN("j", 1);
        g.connect(g.start(), group);
        g.chain(group, g.block("b-x", x), join);
        g.chain(group, g.block("b-y", y), join);
        g.connect(join, g.end());
        return b.build();
    }

    /** Redundant pair (MTBF 1,000 h, MTTR 10 h) with one repair crew, FIFO. */
    static SystemModel pairWithOneCrew() {
        ModelBuilder b = ModelBuilder.model("pair-one-crew");
        Component x = b.component("x", "X", ComponentKind.SERVER, 1000, 10);
        Component y = b.component("y", "Y", ComponentKind.SERVER, 1000, 10);
        DiagramBuilder d = b.diagram("d", "Pair");
        d.chain(d.start(), d.block("b-x", x), d.end());
        d.chain(d.start(), d.block("b-y", y), d.end());
        SystemModel model = b.build();
        model.setRepairCrews(1);
        return model;
    }

    /** Birth-death chain 0 -> 1 -> 2 failed with one server: U = 2r² / (1 + 2r + 2r²), r = λ/μ = 0.01. */
    static double pairWithOneCrewUnavailability() {
        double r = 10 / 1000.0;
        return 2 * r * r / (1 + 2 * r + 2 * r * r);
    }

    /** Outages per hour of the same chain: π1 · λ (the one still working fails), with π1 = 2r · π0. */
    static double pairWithOneCrewFailuresPerHour() {
        double r = 10 / 1000.0;
        double p0 = 1 / (1 + 2 * r + 2 * r * r);
        return 2 * r * p0 / 1000.0;
    }
}
