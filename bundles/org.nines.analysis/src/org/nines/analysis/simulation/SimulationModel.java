package org.nines.analysis.simulation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nines.analysis.structure.StructureFunction;
import org.nines.analysis.system.DiagramLogic;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.CrewPolicy;
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
import org.nines.model.Risk;
import org.nines.model.Site;
import org.nines.model.SparePool;
import org.nines.model.StandbyGroup;
import org.nines.model.Start;
import org.nines.model.SystemModel;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.WeibullFailure;

/**
 * Immutable, array-based form of a {@link SystemModel} for the Monte Carlo simulation: the components that matter
 * (those used by an enabled block or standby group of the top diagram, directly or through sub-diagrams), their laws,
 * crews, spares, standby groups, common-cause groups, risks, and the structure function compiled for incremental
 * evaluation. Built by {@link #compile(SystemModel)}; never modifies the model; thread-safe.
 *
 * <p><b>Structure.</b> Diagrams become failure logic exactly as in the exact engine
 * ({@link org.nines.analysis.system.SnapshotBuilder}): a node's path is lost when the node fails or all its enabled
 * predecessors have lost theirs; a k-of-n node when more than n-k inputs have; Start never fails; a sub-diagram block
 * fails when its diagram's End does. Unlike the exact engine, a common-cause group is not a variable of its own
 * (the simulation fails the members themselves), so the variables are the components used by blocks and the standby
 * groups. Every gate is then a threshold gate (fails when at least {@code threshold} inputs have failed: AND = all,
 * OR = 1, k-of-n = n-k+1) with its inputs counted, so that a change of one variable is propagated only along its
 * fan-out.
 */
public final class SimulationModel {
    /** Hours in a year, the unit of risk likelihoods. */
    public static final double HOURS_PER_YEAR = org.nines.analysis.Availability.HOURS_PER_YEAR;

    final String name;
    final double periodHours;
    final boolean noAgeingWhileSystemDown;
    final double logisticDelayHours;
    final boolean priorityPolicy;

    // components (index c)
    final String[] componentIds;
    final Law[] failureLaw;          // life in "active hours"; NEVER for p = 0
    final Law[] repairLaw;           // null = non-repairable
    final double[] fixedProbability; // NaN unless the failure is a fixed probability
    final double[] independentShare; // 1 - beta for common-cause members, else 1
    final int[] variableOf;          // structure variable of the component, or -1
    final int[] standbyGroupOf;      // standby group, or -1
    final int[] standbyPosition;     // position in its group
    final int[] crewPoolOf;          // -1 = unlimited crews
    final int[] sparePoolOf;         // -1 = unlimited spares
    final double[] travelHours;
    final int[] repairPriority;

    // structure variables (index v): component or standby group
    final String[] variableKeys;
    final String[] variableLabels;
    final int[] variableComponent;   // component index, or -1 for a standby group
    final int[] variableGroup;       // standby group index, or -1
    // compiled gates (index g): failed when failedInputs >= threshold
    final int[] gateThreshold;
    final int[] gateInitialCount;    // inputs failed with every variable working (true constants, settled gates)
    final boolean[] gateInitialFailed;
    final int[] parentStart;         // CSR over nodes: variables 0..V-1, gates V..V+G-1
    final int[] parents;             // gate indices
    final int top;                   // node id (>= 0), or TOP_FAILED / TOP_WORKING for a constant
    /** Whether the service works with every variable working (false only for a diagram with no path at all). */
    final boolean worksWhenAllUp;
    static final int TOP_FAILED = -1;
    static final int TOP_WORKING = -2;

    // standby groups (index s)
    final String[] groupIds;
    final int[][] groupMembers;      // component indices in switch order
    final double[] groupDormantFactor;
    final double[] groupSwitchoverHours;
    final double[] groupSwitchFailure;
    final int[] groupVariable;

    // common-cause groups (index k)
    final String[] ccfIds;
    final String[] ccfLabels;
    final int[][] ccfMembers;
    final double[] ccfRatePerHour;
    /**
     * Per group, every member's repair law: a shock takes the members out of service together for one repair time
     * drawn from a member chosen at random (mean = the members' mean MTTR, as the exact engine's common-cause event).
     * Null when a member is not repairable or has a fixed probability: the shock then fails each member, which is
     * repaired on its own.
     */
    final Law[][] ccfRepairLaws;

    // crews and spares
    final int[] crewCapacity;
    final int[] spareInitial;
    final double[] spareRestockHours;

    // risks (index r)
    final String[] riskIds;
    final String[] riskLabels;
    final double[] riskRatePerHour;         // inherent
    final double[] riskOutageHours;         // inherent
    final double[] riskResidualRatePerHour;
    final double[] riskResidualOutageHours;
    final int[][] riskComponents;

    private SimulationModel(Compiler c) {
        name = c.model.getName() == null ? "" : c.model.getName();
        periodHours = c.model.getAnalysisPeriodHours();
        if (!(periodHours > 0 && Double.isFinite(periodHours))) {
            throw new IllegalArgumentException("model " + name + ": the analysis period must be > 0 hours, got " + periodHours);
        }
        noAgeingWhileSystemDown = c.model.isNoAgeingWhileSystemDown();
        logisticDelayHours = c.model.getLogisticDelayHours();
        priorityPolicy = c.model.getCrewPolicy() == CrewPolicy.PRIORITY;
        int n = c.components.size();
        componentIds = new String[n];
        failureLaw = new Law[n];
        repairLaw = new Law[n];
        fixedProbability = new double[n];
        independentShare = new double[n];
        variableOf = new int[n];
        standbyGroupOf = new int[n];
        standbyPosition = new int[n];
        crewPoolOf = new int[n];
        sparePoolOf = new int[n];
        travelHours = new double[n];
        repairPriority = new int[n];
        for (int i = 0; i < n; i++) {
            c.fillComponent(this, i);
        }
        variableKeys = c.variableKeys.toArray(new String[0]);
        variableLabels = c.variableLabels.toArray(new String[0]);
        variableComponent = c.variableComponent.stream().mapToInt(Integer::intValue).toArray();
        variableGroup = c.variableGroup.stream().mapToInt(Integer::intValue).toArray();
        GateNetwork network = GateNetwork.of(c.structure.build(c.topRef));
        gateThreshold = network.threshold;
        gateInitialCount = network.initialCount;
        gateInitialFailed = network.initialFailed;
        parentStart = network.parentStart;
        parents = network.parents;
        top = network.top;
        int vars = parentStart.length - 1 - gateThreshold.length;
        worksWhenAllUp = top == TOP_WORKING || top >= vars && !gateInitialFailed[top - vars];
        int s = c.groups.size();
        groupIds = new String[s];
        groupMembers = new int[s][];
        groupDormantFactor = new double[s];
        groupSwitchoverHours = new double[s];
        groupSwitchFailure = new double[s];
        groupVariable = new int[s];
        for (int i = 0; i < s; i++) {
            StandbyGroup group = c.groups.get(i);
            groupIds[i] = group.getId();
            groupMembers[i] = group.getMembers().stream().mapToInt(c.componentIndex::get).toArray();
            groupDormantFactor[i] = switch (group.getMode()) {
                case COLD -> 0;
                case HOT -> 1;
                case WARM -> group.getDormantFactor();
            };
            groupSwitchoverHours[i] = group.getSwitchoverHours();
            groupSwitchFailure[i] = group.getSwitchFailureProbability();
            groupVariable[i] = c.groupVariable.get(group);
        }
        int k = c.ccfGroups.size();
        ccfIds = new String[k];
        ccfLabels = new String[k];
        ccfMembers = new int[k][];
        ccfRatePerHour = new double[k];
        ccfRepairLaws = new Law[k][];
        for (int i = 0; i < k; i++) {
            CommonCauseGroup group = c.ccfGroups.get(i);
            ccfIds[i] = group.getId();
            ccfLabels[i] = "Common cause: " + (group.getName() == null ? group.getId() : group.getName());
            ccfMembers[i] = group.getMembers().stream().filter(c.componentIndex::containsKey).mapToInt(c.componentIndex::get).toArray();
            ccfRatePerHour[i] = group.getBeta() * group.getMembers().stream()
                    .mapToDouble(m -> 1 / effectiveFailureLaw(m).mean()).average().orElse(0);
            ccfRepairLaws[i] = commonRepairLaws(group);
        }
        crewCapacity = c.crewCapacity.stream().mapToInt(Integer::intValue).toArray();
        spareInitial = c.spareInitial.stream().mapToInt(Integer::intValue).toArray();
        spareRestockHours = c.spareRestock.stream().mapToDouble(Double::doubleValue).toArray();
        int r = c.model.getRisks().size();
        riskIds = new String[r];
        riskLabels = new String[r];
        riskRatePerHour = new double[r];
        riskOutageHours = new double[r];
        riskResidualRatePerHour = new double[r];
        riskResidualOutageHours = new double[r];
        riskComponents = new int[r][];
        for (int i = 0; i < r; i++) {
            Risk risk = c.model.getRisks().get(i);
            riskIds[i] = risk.getId();
            riskLabels[i] = risk.getTitle() == null || risk.getTitle().isBlank() ? risk.getId() : risk.getTitle();
            riskRatePerHour[i] = Math.max(0, risk.getLikelihoodPerYear()) / HOURS_PER_YEAR;
            riskOutageHours[i] = Math.max(0, risk.getOutageHours());
            riskResidualRatePerHour[i] = risk.getResidualLikelihoodPerYear() < 0 ? riskRatePerHour[i]
                    : risk.getResidualLikelihoodPerYear() / HOURS_PER_YEAR;
            riskResidualOutageHours[i] = risk.getResidualOutageHours() < 0 ? riskOutageHours[i] : risk.getResidualOutageHours();
            Set<Integer> hit = new LinkedHashSet<>();
            for (Component component : risk.getAffectedComponents()) {
                Integer index = c.componentIndex.get(component);
                if (index != null) {
                    hit.add(index);
                }
            }
            for (Site site : risk.getAffectedSites()) {
                for (Map.Entry<Component, Integer> e : c.componentIndex.entrySet()) {
                    if (e.getKey().getSite() == site) {
                        hit.add(e.getValue());
                    }
                }
            }
            riskComponents[i] = hit.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    /**
     * Compiles a model. Validate it first ({@code ModelValidator}): a model without validation errors always compiles.
     *
     * @throws IllegalArgumentException naming the element when the model cannot be simulated
     */
    public static SimulationModel compile(SystemModel model) {
        return new SimulationModel(new Compiler(model).run());
    }

    /** @return the model's name */
    public String name() {
        return name;
    }

    /** @return the analysis period of one simulated year, hours */
    public double periodHours() {
        return periodHours;
    }

    /** @return the number of simulated components */
    public int componentCount() {
        return componentIds.length;
    }

    /** @return the ids of the simulated components, in model order */
    public List<String> componentIds() {
        return List.of(componentIds);
    }

    /** @return the number of structure variables (components used by blocks, then standby groups) */
    public int variableCount() {
        return variableKeys.length;
    }

    /**
     * @return the number of downtime contributors: structure variables (components used by blocks, standby groups),
     *         then common-cause groups (key {@code ccf:<id>}, as the exact engine's event)
     */
    int contributorCount() {
        return variableKeys.length + ccfIds.length;
    }

    /** @return the number of compiled gates */
    public int gateCount() {
        return gateThreshold.length;
    }

    /** @return the ids of the risks, in model order */
    public List<String> riskIds() {
        return List.of(riskIds);
    }

    /** The failure law a component lives by in the simulation (a fixed probability becomes an exponential law). */
    static Law effectiveFailureLaw(Component c) {
        return switch (c.getFailure()) {
            case ExponentialFailure e -> Law.exponential(e.getMtbfHours());
            case WeibullFailure w -> Law.weibull(w.getShape(), w.getScaleHours(), w.getLocationHours());
            case LognormalFailure l -> Law.lognormal(l.getMeanHours(), l.getSigma());
            case NormalFailure n -> Law.truncatedNormal(n.getMeanHours(), n.getSdHours());
            case UniformFailure u -> Law.uniform(u.getMinHours(), u.getMaxHours());
            case FixedProbabilityFailure f -> {
                double p = f.getProbability();
                Law repair = repairLaw(c);
                if (p <= 0 || repair == null || p >= 1) {
                    yield Law.NEVER; // state fixed per history (see the class comment of Simulator)
                }
                yield Law.exponential(repair.mean() * (1 - p) / p);
            }
            case null -> throw new IllegalArgumentException("component " + c.getId() + " has no failure model");
            default -> throw new IllegalArgumentException("component " + c.getId() + ": unknown failure model");
        };
    }

    /** Every member's repair law, or null when a member is not repairable or has a fixed probability. */
    private static Law[] commonRepairLaws(CommonCauseGroup group) {
        Law[] laws = new Law[group.getMembers().size()];
        for (int i = 0; i < laws.length; i++) {
            Component member = group.getMembers().get(i);
            laws[i] = member.getFailure() instanceof FixedProbabilityFailure ? null : repairLaw(member);
            if (laws[i] == null) {
                return null;
            }
        }
        return laws;
    }

    static Law repairLaw(Component c) {
        return switch (c.getRepair()) {
            case ExponentialRepair e -> Law.exponential(e.getMttrHours());
            case LognormalRepair l -> Law.lognormal(l.getMeanHours(), l.getSigma());
            case FixedRepair f -> Law.fixed(f.getHours());
            case NormalRepair n -> Law.truncatedNormal(n.getMeanHours(), n.getSdHours());
            case UniformRepair u -> Law.uniform(u.getMinHours(), u.getMaxHours());
            case NonRepairable n -> null;
            case null -> throw new IllegalArgumentException("component " + c.getId() + " has no repair model");
            default -> throw new IllegalArgumentException("component " + c.getId() + ": unknown repair model");
        };
    }

    /** Walks the diagrams once; collects components, variables, groups, crews and spares. */
    private static final class Compiler {
        final SystemModel model;
        final StructureFunction.Builder structure = StructureFunction.builder();
        final List<Component> components = new ArrayList<>();
        final Map<Component, Integer> componentIndex = new IdentityHashMap<>();
        final Map<Component, Integer> componentVariable = new IdentityHashMap<>();
        final List<String> variableKeys = new ArrayList<>();
        final List<String> variableLabels = new ArrayList<>();
        final List<Integer> variableComponent = new ArrayList<>();
        final List<Integer> variableGroup = new ArrayList<>();
        final List<StandbyGroup> groups = new ArrayList<>();
        final Map<StandbyGroup, Integer> groupVariable = new IdentityHashMap<>();
        final Map<Component, StandbyGroup> memberOf = new IdentityHashMap<>();
        final Map<Component, CommonCauseGroup> ccfOf = new IdentityHashMap<>();
        final List<CommonCauseGroup> ccfGroups = new ArrayList<>();
        final List<Integer> crewCapacity = new ArrayList<>();
        final Map<Site, Integer> siteCrewPool = new IdentityHashMap<>();
        final List<Integer> spareInitial = new ArrayList<>();
        final List<Double> spareRestock = new ArrayList<>();
        final Map<ComponentKind, Integer> sparePoolOfKind = new LinkedHashMap<>();
        int topRef;

        Compiler(SystemModel model) {
            this.model = model;
        }

        Compiler run() {
            if (model.getTopDiagram() == null) {
                throw new IllegalArgumentException("model " + model.getName() + " has no top diagram");
            }
            topRef = new DiagramLogic(structure) {
                @Override
                protected int blockFailure(Block block) {
                    return componentVariable(block);
                }

                @Override
                protected int standbyFailure(StandbyGroup group) {
                    return standbyVariable(group);
                }
            }.diagramFailure(model.getTopDiagram());
            // components in model order (deterministic), keeping only those the structure uses
            Set<Component> used = new LinkedHashSet<>(componentVariable.keySet());
            used.addAll(memberOf.keySet());
            for (Component c : model.getComponents()) {
                if (used.contains(c)) {
                    componentIndex.put(c, components.size());
                    components.add(c);
                }
            }
            if (components.size() != used.size()) {
                Component missing = used.stream().filter(c -> !componentIndex.containsKey(c)).findFirst().orElseThrow();
                throw new IllegalArgumentException("component " + missing.getId() + " is used by a diagram but is not in the model");
            }
            componentVariable.forEach((component, v) -> variableComponent.set(v, componentIndex.get(component)));
            for (CommonCauseGroup group : model.getCommonCauseGroups()) {
                if (!(group.getBeta() >= 0 && group.getBeta() < 1)) {
                    throw new IllegalArgumentException("common-cause group " + group.getId() + ": beta must be in [0, 1), got " + group.getBeta());
                }
                boolean relevant = false;
                for (Component member : group.getMembers()) {
                    CommonCauseGroup other = ccfOf.put(member, group);
                    if (other != null) {
                        throw new IllegalArgumentException("component " + member.getId() + " is in two common-cause groups ("
                                + other.getId() + ", " + group.getId() + "); the beta-factor model allows one");
                    }
                    relevant |= componentIndex.containsKey(member);
                }
                if (relevant) {
                    ccfGroups.add(group);
                }
            }
            if (model.getRepairCrews() > 0) {
                crewCapacity.add(model.getRepairCrews());
            }
            for (Site site : model.getSites()) {
                if (site.getRepairCrews() > 0) {
                    siteCrewPool.put(site, crewCapacity.size());
                    crewCapacity.add(site.getRepairCrews());
                }
            }
            for (SparePool pool : model.getSparePools()) {
                if (sparePoolOfKind.containsKey(pool.getKind())) {
                    throw new IllegalArgumentException("two spare pools for component kind " + pool.getKind().getLiteral());
                }
                sparePoolOfKind.put(pool.getKind(), spareInitial.size());
                spareInitial.add(Math.max(0, pool.getCount()));
                spareRestock.add(pool.getRestockHours());
            }
            return this;
        }

        void fillComponent(SimulationModel m, int i) {
            Component c = components.get(i);
            m.componentIds[i] = c.getId();
            m.repairLaw[i] = repairLaw(c);
            m.failureLaw[i] = effectiveFailureLaw(c);
            m.fixedProbability[i] = c.getFailure() instanceof FixedProbabilityFailure f ? f.getProbability() : Double.NaN;
            CommonCauseGroup ccf = ccfOf.get(c);
            m.independentShare[i] = ccf == null ? 1 : 1 - ccf.getBeta();
            m.variableOf[i] = componentVariable.getOrDefault(c, -1);
            StandbyGroup group = memberOf.get(c);
            m.standbyGroupOf[i] = group == null ? -1 : groups.indexOf(group);
            m.standbyPosition[i] = group == null ? -1 : group.getMembers().indexOf(c);
            if (group != null && c.getFailure() instanceof FixedProbabilityFailure) {
                throw new IllegalArgumentException("standby group " + group.getId() + ": member " + c.getId()
                        + " needs a failure law (not a fixed probability)");
            }
            Site site = c.getSite();
            Integer sitePool = site == null ? null : siteCrewPool.get(site);
            m.crewPoolOf[i] = sitePool != null ? sitePool : model.getRepairCrews() > 0 ? 0 : -1;
            m.sparePoolOf[i] = sparePoolOfKind.getOrDefault(c.getKind(), -1);
            m.travelHours[i] = site == null ? 0 : site.getTravelHours();
            m.repairPriority[i] = c.getRepairPriority();
        }

        private int componentVariable(Block block) {
            Component component = block.getComponent();
            if (component == null) {
                throw new IllegalArgumentException("block " + block.getId() + " has no component");
            }
            if (component.getFailure() == null || component.getRepair() == null) {
                throw new IllegalArgumentException("component " + component.getId() + " needs a failure and a repair model");
            }
            Integer known = componentVariable.get(component);
            if (known == null) {
                known = newVariable(component.getId(), labelOf(component.getName(), component.getId()), -2, -1);
                componentVariable.put(component, known);
            }
            return StructureFunction.variableRef(known);
        }

        private int standbyVariable(StandbyGroup group) {
            Integer known = groupVariable.get(group);
            if (known == null) {
                if (group.getMembers().isEmpty()) {
                    throw new IllegalArgumentException("standby group " + group.getId() + " has no members");
                }
                for (Component member : group.getMembers()) {
                    if (member.getFailure() == null || member.getRepair() == null) {
                        throw new IllegalArgumentException("component " + member.getId() + " needs a failure and a repair model");
                    }
                    StandbyGroup other = memberOf.put(member, group);
                    if (other != null) {
                        throw new IllegalArgumentException("component " + member.getId() + " is a member of two standby groups ("
                                + other.getId() + ", " + group.getId() + ") or twice of one");
                    }
                }
                groups.add(group);
                known = newVariable("standby:" + group.getId(), "Standby group " + labelOf(group.getName(), group.getId()), -1,
                        groups.size() - 1);
                groupVariable.put(group, known);
            }
            return StructureFunction.variableRef(known);
        }

        private int newVariable(String key, String label, int component, int group) {
            int v = StructureFunction.index(structure.variable(key));
            variableKeys.add(key);
            variableLabels.add(label);
            variableComponent.add(component);
            variableGroup.add(group);
            return v;
        }

        private static String labelOf(String name, String id) {
            return name == null || name.isBlank() ? id : name;
        }

    }
}
