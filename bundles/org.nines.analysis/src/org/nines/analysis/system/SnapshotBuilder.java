package org.nines.analysis.system;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nines.analysis.structure.StructureFunction;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.End;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.FixedRepair;
import org.nines.model.LognormalFailure;
import org.nines.model.LognormalRepair;
import org.nines.model.NonRepairable;
import org.nines.model.NormalFailure;
import org.nines.model.NormalRepair;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SystemModel;
import org.nines.model.WeibullFailure;

/**
 * Turns a valid model into an immutable {@link SystemSnapshot}. Never modifies the model.
 *
 * <p>Reliability block diagrams become failure logic node by node, in topological order: a node's path is lost
 * when the node fails or all of its predecessors have lost theirs: {@code F(n) = fail(n) OR AND(F(p))}; a k-of-n node
 * loses its path when more than n-k inputs have: {@code ATLEAST(n-k+1, F(p))}; Start never fails; End fails when all
 * of its inputs have. This is exact on any directed acyclic diagram (not only series-parallel ones), and a component
 * used by several blocks stays one variable. A sub-diagram block fails when its diagram's End does (computed once per
 * diagram). Common-cause groups follow the beta-factor model: a fraction β of each member's failures hits all members at
 * once (see {@link #commonCauseFailure}). Standby groups are one variable each, solved exactly by
 * {@link StandbyMarkov}. Disabled nodes and connectors are left out.
 */
public final class SnapshotBuilder {
    private final SystemModel model;
    private final double missionHours;
    private final StructureFunction.Builder structure = StructureFunction.builder();
    private final List<BasicEvent> events = new ArrayList<>();
    private final Map<Component, ComponentSnapshot> components = new LinkedHashMap<>();
    private final Map<Component, Integer> componentRefs = new IdentityHashMap<>();
    private final Map<Component, CommonCauseGroup> commonCause = new IdentityHashMap<>();
    private final Map<CommonCauseGroup, Integer> commonCauseRefs = new IdentityHashMap<>();
    private final Map<StandbyGroup, Integer> standbyRefs = new IdentityHashMap<>();
    private final DiagramLogic logic = new DiagramLogic(structure) {
        @Override
        protected int blockFailure(Block block) {
            return componentFailure(block.getComponent(), block.getId());
        }

        @Override
        protected int standbyFailure(StandbyGroup group) {
            return SnapshotBuilder.this.standbyFailure(group);
        }
    };

    private SnapshotBuilder(SystemModel model, double missionHours) {
        this.model = model;
        this.missionHours = missionHours;
    }

    /**
     * @throws IllegalArgumentException naming the element when the model cannot be analysed (validate it first: a
     *                                  model without validation errors always builds)
     */
    public static SystemSnapshot of(SystemModel model) {
        return of(model, model.getMissionTimeHours());
    }

    /** The same with another mission time, hours (&gt; 0). */
    public static SystemSnapshot of(SystemModel model, double missionHours) {
        if (!(missionHours > 0)) {
            throw new IllegalArgumentException("mission time must be > 0 hours, got " + missionHours);
        }
        return new SnapshotBuilder(model, missionHours).build();
    }

    private SystemSnapshot build() {
        for (Component component : model.getComponents()) {
            components.put(component, snapshot(component));
        }
        for (CommonCauseGroup group : model.getCommonCauseGroups()) {
            for (Component member : group.getMembers()) {
                CommonCauseGroup other = commonCause.put(member, group);
                if (other != null) {
                    throw new IllegalArgumentException("component " + member.getId() + " is in two common-cause groups ("
                            + other.getId() + ", " + group.getId() + "); the beta-factor model allows one");
                }
            }
        }
        if (model.getTopDiagram() == null) {
            throw new IllegalArgumentException("model " + model.getName() + " has no top diagram");
        }
        int top = logic.diagramFailure(model.getTopDiagram());
        Map<String, Integer> diagramFailures = new java.util.LinkedHashMap<>();
        for (var diagram : model.getDiagrams()) { // the diagrams the top uses, in the model's order
            Integer ref = logic.builtDiagramFailure(diagram);
            if (ref != null) {
                diagramFailures.put(diagram.getId(), ref);
            }
        }
        return new SystemSnapshot(model.getName(), model.getCurrency(), model.getDowntimeCostPerHour(), missionHours,
                model.getAnalysisPeriodHours(), List.copyOf(components.values()), events, structure.build(top),
                diagramFailures);
    }

    private int componentFailure(Component component, String blockId) {
        if (component == null) {
            throw new IllegalArgumentException("block " + blockId + " has no component");
        }
        Integer known = componentRefs.get(component);
        if (known != null) {
            return known;
        }
        ComponentSnapshot snapshot = components.get(component);
        if (snapshot == null) {
            throw new IllegalArgumentException("block " + blockId + " uses component " + component.getId() + ", which is not in the model");
        }
        CommonCauseGroup group = commonCause.get(component);
        double q = snapshot.unavailability(missionHours);
        double w = snapshot.failuresPerHour(missionHours);
        int ref;
        if (group == null) {
            ref = variable(new BasicEvent(component.getId(), snapshot.label(), BasicEvent.Kind.COMPONENT, List.of(component.getId()), q, w));
        } else {
            double beta = group.getBeta();
            double[] split = independentPart(snapshot, beta);
            int independent = variable(new BasicEvent(component.getId(), snapshot.label(), BasicEvent.Kind.COMPONENT,
                    List.of(component.getId()), split[0], split[1]));
            ref = logic.or(independent, commonCauseFailure(group));
        }
        componentRefs.put(component, ref);
        return ref;
    }

    /**
     * Unavailability and frequency of a common-cause member's independent failures. Repairable members split the
     * failure rate: independent failures at (1-β)/MTTF, each repaired in MTTR (an alternating renewal process of its
     * own). Others split the probability: (1-β)q, as SCRAM and the Open-PSA beta-factor model do.
     */
    private double[] independentPart(ComponentSnapshot member, double beta) {
        if (member.failure() != null && member.repair() != null) {
            double mttf = member.failure().mean() / (1 - beta);
            double mttr = member.repair().mean();
            return new double[] { mttr / (mttf + mttr), 1 / (mttf + mttr) };
        }
        return new double[] { (1 - beta) * member.unavailability(missionHours), (1 - beta) * member.failuresPerHour(missionHours) };
    }

    /**
     * The event that takes every member of a group down at once. With repairable members it occurs at β times the
     * members' mean failure rate and lasts their mean MTTR; otherwise its probability is β times the members' mean
     * unavailability.
     */
    private int commonCauseFailure(CommonCauseGroup group) {
        return commonCauseRefs.computeIfAbsent(group, g -> {
            List<ComponentSnapshot> members = g.getMembers().stream().map(components::get).toList();
            boolean repairable = members.stream().allMatch(m -> m.failure() != null && m.repair() != null);
            double beta = g.getBeta();
            double q;
            double w;
            if (repairable) {
                double rate = beta * members.stream().mapToDouble(m -> 1 / m.failure().mean()).average().orElseThrow();
                double mttr = members.stream().mapToDouble(m -> m.repair().mean()).average().orElseThrow();
                q = rate * mttr / (1 + rate * mttr);
                w = rate / (1 + rate * mttr);
            } else {
                q = beta * members.stream().mapToDouble(m -> m.unavailability(missionHours)).average().orElseThrow();
                w = beta * members.stream().mapToDouble(m -> m.failuresPerHour(missionHours)).average().orElseThrow();
            }
            List<String> ids = g.getMembers().stream().map(Component::getId).toList();
            String label = "Common cause: " + (g.getName() == null ? g.getId() : g.getName());
            return variable(new BasicEvent("ccf:" + g.getId(), label, BasicEvent.Kind.COMMON_CAUSE, ids, q, w));
        });
    }

    private int standbyFailure(StandbyGroup group) {
        Integer known = standbyRefs.get(group);
        if (known != null) {
            return known;
        }
        int n = group.getMembers().size();
        double[] failureRates = new double[n];
        double[] repairRates = new double[n];
        for (int i = 0; i < n; i++) {
            ComponentSnapshot member = components.get(group.getMembers().get(i));
            if (member == null || member.failure() == null) {
                throw new IllegalArgumentException("standby group " + group.getId() + ": member "
                        + group.getMembers().get(i).getId() + " needs a failure law (not a fixed probability)");
            }
            failureRates[i] = 1 / member.failure().mean();
            repairRates[i] = member.repair() == null ? 0 : 1 / member.repair().mean();
        }
        double dormant = switch (group.getMode()) {
            case COLD -> 0;
            case HOT -> 1;
            case WARM -> group.getDormantFactor();
        };
        StandbyMarkov.Result solved = new StandbyMarkov(failureRates, repairRates, dormant, group.getSwitchoverHours(),
                group.getSwitchFailureProbability()).solve(missionHours);
        List<String> ids = group.getMembers().stream().map(Component::getId).toList();
        String label = "Standby group " + (group.getName() == null ? group.getId() : group.getName());
        int ref = variable(new BasicEvent("standby:" + group.getId(), label, BasicEvent.Kind.STANDBY_GROUP, ids,
                solved.unavailability(), solved.failuresPerHour()));
        standbyRefs.put(group, ref);
        return ref;
    }

    private int variable(BasicEvent event) {
        events.add(event);
        return structure.variable(event.key());
    }

    private static ComponentSnapshot snapshot(Component c) {
        Reliability failure = switch (c.getFailure()) {
            case ExponentialFailure e -> new Reliability.Exponential(e.getMtbfHours());
            case WeibullFailure w -> new Reliability.Weibull(w.getShape(), w.getScaleHours(), w.getLocationHours());
            case LognormalFailure l -> new Reliability.Lognormal(l.getMeanHours(), l.getSigma());
            case NormalFailure n -> new Reliability.TruncatedNormal(n.getMeanHours(), n.getSdHours());
            case UniformFailure u -> new Reliability.Uniform(u.getMinHours(), u.getMaxHours());
            case FixedProbabilityFailure f -> null;
            case null -> throw new IllegalArgumentException("component " + c.getId() + " has no failure model");
            default -> throw new IllegalArgumentException("component " + c.getId() + ": unknown failure model");
        };
        double fixed = c.getFailure() instanceof FixedProbabilityFailure f ? f.getProbability() : Double.NaN;
        Reliability repair = switch (c.getRepair()) {
            case ExponentialRepair e -> new Reliability.Exponential(e.getMttrHours());
            case LognormalRepair l -> new Reliability.Lognormal(l.getMeanHours(), l.getSigma());
            case FixedRepair f -> new Reliability.Fixed(f.getHours());
            case NormalRepair n -> new Reliability.TruncatedNormal(n.getMeanHours(), n.getSdHours());
            case UniformRepair u -> new Reliability.Uniform(u.getMinHours(), u.getMaxHours());
            case NonRepairable n -> null;
            case null -> throw new IllegalArgumentException("component " + c.getId() + " has no repair model");
            default -> throw new IllegalArgumentException("component " + c.getId() + ": unknown repair model");
        };
        String site = c.getSite() == null ? null : c.getSite().getId();
        return new ComponentSnapshot(c.getId(), c.getName(), c.getKind().getLiteral(), site, failure, fixed, repair,
                c.getCapex(), c.getOpexPerYear(), c.getServiceLifeYears());
    }
}
