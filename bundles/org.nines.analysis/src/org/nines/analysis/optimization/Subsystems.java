package org.nines.analysis.optimization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nines.analysis.system.ComponentSnapshot;
import org.nines.analysis.system.StandbyMarkov;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.DesignOption;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.RedundancyMode;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;

/**
 * The candidate choices of every optimisation subsystem, with each choice's availability and resources.
 *
 * <p>A subsystem's block must be the only enabled block of its component, and the component must be in no
 * common-cause group and no standby group, so that the block is one variable of the structure function that the
 * chosen design (a module of independent units) replaces. The units of a design are independent of each other and
 * of the rest (no common cause between them). Availability of a choice of n units of availability a needing k:
 * active: sum_{j=k}^{n} C(n,j) a^j (1-a)^{n-j}; cold or warm standby (k = 1): {@link StandbyMarkov} with identical
 * members (warm: dormant factor {@value #WARM_DORMANT_FACTOR}, since a design option has no dormant factor of its
 * own). Choices dominated by another choice of the same subsystem (no more available, no cheaper, no lighter...) are
 * dropped: the service availability is non-decreasing in each module's availability (coherent structure).
 */
final class Subsystems {
    /** Dormant failure-rate factor assumed for WARM_STANDBY design options. */
    static final double WARM_DORMANT_FACTOR = 0.5;

    record Subsystem(String id, String componentId, List<DesignChoice> choices) {
    }

    private Subsystems() {
    }

    static List<Subsystem> of(SystemModel model, SystemSnapshot snapshot, CostBasis basis) {
        if (model.getOptimizationSubsystems().isEmpty()) {
            throw new IllegalArgumentException("model " + model.getName() + " has no optimisation subsystems");
        }
        Map<String, ComponentSnapshot> components = new HashMap<>();
        snapshot.components().forEach(c -> components.put(c.id(), c));
        Map<Component, Integer> blockUses = new HashMap<>();
        Set<Component> grouped = new HashSet<>();
        for (Diagram d : model.getDiagrams()) {
            for (DiagramNode n : d.getNodes()) {
                if (n instanceof Block b && b.isEnabled() && b.getComponent() != null) {
                    blockUses.merge(b.getComponent(), 1, Integer::sum);
                }
                if (n instanceof StandbyGroup g) {
                    grouped.addAll(g.getMembers());
                }
            }
        }
        for (CommonCauseGroup g : model.getCommonCauseGroups()) {
            grouped.addAll(g.getMembers());
        }
        List<Subsystem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OptimizationSubsystem s : model.getOptimizationSubsystems()) {
            Block block = s.getBlock();
            if (block == null || block.getComponent() == null) {
                throw new IllegalArgumentException("optimisation subsystem " + s.getId() + " has no block with a component");
            }
            Component c = block.getComponent();
            if (!block.isEnabled() || blockUses.getOrDefault(c, 0) != 1 || grouped.contains(c) || !seen.add(c.getId())
                    || snapshot.structure().variableIndex(c.getId()) < 0) {
                throw new IllegalArgumentException("optimisation subsystem " + s.getId() + ": block " + block.getId()
                        + " must be enabled and the only block of component " + c.getId()
                        + ", which may be in no common-cause or standby group and in no other subsystem");
            }
            List<DesignChoice> choices = new ArrayList<>();
            choices.add(choice(s.getId(), "current", c, components.get(c.getId()), 1, 1, RedundancyMode.ACTIVE, 0, 0,
                    snapshot.missionHours(), basis));
            for (DesignOption o : s.getOptions()) {
                choices.addAll(choices(s.getId(), o, components, snapshot.missionHours(), basis));
            }
            out.add(new Subsystem(s.getId(), c.getId(), undominated(choices)));
        }
        return out;
    }

    private static List<DesignChoice> choices(String subsystem, DesignOption o, Map<String, ComponentSnapshot> components,
            double mission, CostBasis basis) {
        String where = "design option " + o.getId() + " of subsystem " + subsystem;
        if (o.getComponent() == null || !components.containsKey(o.getComponent().getId())) {
            throw new IllegalArgumentException(where + " has no component of the model");
        }
        int k = o.getRequiredUnits();
        if (o.getMinUnits() < 1 || o.getMaxUnits() < o.getMinUnits() || k < 1 || k > o.getMaxUnits()) {
            throw new IllegalArgumentException(where + ": needs 1 <= minUnits <= maxUnits and 1 <= requiredUnits <= maxUnits");
        }
        if (o.getMode() != RedundancyMode.ACTIVE && (k != 1 || o.getMaxUnits() > StandbyMarkov.MAX_MEMBERS)) {
            throw new IllegalArgumentException(where + ": standby needs requiredUnits = 1 and at most "
                    + StandbyMarkov.MAX_MEMBERS + " units");
        }
        List<DesignChoice> out = new ArrayList<>();
        for (int n = Math.max(o.getMinUnits(), k); n <= o.getMaxUnits(); n++) {
            out.add(choice(subsystem, o.getId(), o.getComponent(), components.get(o.getComponent().getId()), n, k, o.getMode(),
                    o.getSwitchoverHours(), o.getSwitchFailureProbability(), mission, basis));
        }
        return out;
    }

    static DesignChoice choice(String subsystem, String option, Component unit, ComponentSnapshot c, int n, int k, RedundancyMode mode,
            double switchoverHours, double switchFailure, double mission, CostBasis basis) {
        double availability;
        if (mode == RedundancyMode.ACTIVE) {
            availability = kOfN(n, k, 1 - c.unavailability(mission));
        } else {
            if (c.failure() == null) {
                throw new IllegalArgumentException("subsystem " + subsystem + ", option " + option + ": standby units of "
                        + c.id() + " need a failure law (not a fixed probability)");
            }
            double[] lambda = new double[n];
            double[] mu = new double[n];
            java.util.Arrays.fill(lambda, 1 / c.failure().mean());
            java.util.Arrays.fill(mu, c.repair() == null ? 0 : 1 / c.repair().mean());
            double dormant = mode == RedundancyMode.COLD_STANDBY ? 0 : WARM_DORMANT_FACTOR;
            availability = 1 - new StandbyMarkov(lambda, mu, dormant, switchoverHours, switchFailure).solve(mission).unavailability();
        }
        double unitCost = switch (basis) {
            case CAPEX -> c.capex();
            case ANNUAL -> (c.capex() == 0 ? 0 : c.capex() / c.serviceLifeYears()) + c.opexPerYear();
        };
        return new DesignChoice(subsystem, option, c.id(), n, k, mode.getLiteral(), availability, n * unitCost,
                n * unit.getWeightKg(), n * unit.getRackUnits(), n * unit.getPowerWatts());
    }

    /**
     * Availability of k-of-n identical independent units of availability a: 1 - sum_{j=0}^{k-1} C(n,j) a^j (1-a)^{n-j}
     * (the failure tail, summed directly for accuracy near 1).
     */
    static double kOfN(int n, int k, double a) {
        double down = 0;
        double binomial = 1;
        for (int j = 0; j < k; j++) {
            down += binomial * Math.pow(a, j) * Math.pow(1 - a, n - j);
            binomial = binomial * (n - j) / (j + 1);
        }
        return Math.max(0, 1 - down);
    }

    /** Drops choices another choice beats or equals in every respect (first one kept), keeping model order. */
    static List<DesignChoice> undominated(List<DesignChoice> choices) {
        List<DesignChoice> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            DesignChoice a = choices.get(i);
            boolean dominated = false;
            for (int j = 0; j < choices.size() && !dominated; j++) {
                DesignChoice b = choices.get(j);
                boolean noWorse = b.availability() >= a.availability() && b.cost() <= a.cost() && b.weightKg() <= a.weightKg()
                        && b.rackUnits() <= a.rackUnits() && b.powerWatts() <= a.powerWatts();
                boolean better = b.availability() > a.availability() || b.cost() < a.cost() || b.weightKg() < a.weightKg()
                        || b.rackUnits() < a.rackUnits() || b.powerWatts() < a.powerWatts();
                dominated = j != i && noWorse && (better || j < i);
            }
            if (!dominated) {
                out.add(a);
            }
        }
        return out;
    }
}
