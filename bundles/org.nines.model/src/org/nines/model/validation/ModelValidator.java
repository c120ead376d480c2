package org.nines.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nines.model.Block;
import org.nines.model.Change;
import org.nines.model.CommonCauseChange;
import org.nines.model.CommonCauseGroup;
import org.nines.model.DataReplication;
import org.nines.model.DesignOption;
import org.nines.model.ReplicationMode;
import org.nines.model.NormalFailure;
import org.nines.model.NormalRepair;
import org.nines.model.OptimizationSubsystem;
import org.nines.model.Site;
import org.nines.model.SparePool;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.Component;
import org.nines.model.Diagram;
import org.nines.model.Element;
import org.nines.model.EnablementChange;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FailureModel;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.FixedRepair;
import org.nines.model.KofNChange;
import org.nines.model.LognormalFailure;
import org.nines.model.LognormalRepair;
import org.nines.model.NonRepairable;
import org.nines.model.ParameterChange;
import org.nines.model.RepairModel;
import org.nines.model.Risk;
import org.nines.model.Scenario;
import org.nines.model.StandbyChange;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;
import org.nines.model.WeibullFailure;
import org.nines.model.validation.Problem.Severity;

/**
 * Checks a model for everything that would make an analysis wrong or impossible. Errors block analysis; warnings
 * point at things that are probably unintended. Usable headless; the workbench shows the same problems as markers.
 * Every message names the element and says how to fix it. Never modifies the model.
 */
public final class ModelValidator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final List<Problem> problems = new ArrayList<>();

    private ModelValidator() {
    }

    /** @return all problems of the model, in model order (deterministic) */
    public static List<Problem> validate(SystemModel model) {
        ModelValidator validator = new ModelValidator();
        validator.checkModel(model);
        return List.copyOf(validator.problems);
    }

    /** @return whether any of the problems is an error */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    private void error(EObject element, String message) {
        problems.add(new Problem(Severity.ERROR, element, Labels.of(element) + ": " + message));
    }

    private void warning(EObject element, String message) {
        problems.add(new Problem(Severity.WARNING, element, Labels.of(element) + ": " + message));
    }

    private void checkModel(SystemModel model) {
        checkIds(model);
        checkReferencesStayInside(model);
        if (!(model.getMissionTimeHours() > 0)) {
            error(model, "mission time must be > 0 hours, got " + model.getMissionTimeHours() + ". Set it, e.g. 8760 for one year.");
        }
        if (!(model.getAnalysisPeriodHours() > 0)) {
            error(model, "analysis period must be > 0 hours, got " + model.getAnalysisPeriodHours() + ". The default is 8760 (one year).");
        }
        if (!(model.getDowntimeCostPerHour() >= 0)) {
            error(model, "downtime cost per hour must not be negative, got " + model.getDowntimeCostPerHour() + ".");
        }
        if (model.getCurrency() == null || !model.getCurrency().matches("[A-Z]{3}")) {
            warning(model, "currency '" + model.getCurrency() + "' is not a three-letter ISO 4217 code such as EUR or USD.");
        }
        if (model.getTopDiagram() == null) {
            error(model, model.getDiagrams().isEmpty()
                    ? "has no diagram. Add a reliability block diagram from Start to End."
                    : "has no top diagram. Choose the diagram that describes the whole service.");
        }
        checkResources(model);
        model.getComponents().forEach(this::checkComponent);
        model.getDiagrams().forEach(diagram -> new DiagramChecks(this, diagram).run());
        new SubDiagramRecursion(this).check(model);
        model.getCommonCauseGroups().forEach(this::checkCommonCauseGroup);
        checkOneCommonCauseGroupPerComponent(model);
        model.getRisks().forEach(this::checkRisk);
        model.getScenarios().forEach(this::checkScenario);
    }

    /** Crews, delays, spare pools, risk scales and optimisation limits. */
    private void checkResources(SystemModel model) {
        if (model.getRepairCrews() < 0) {
            error(model, "repair crews must be >= 0 (0 = unlimited), got " + model.getRepairCrews() + ".");
        }
        if (!(model.getLogisticDelayHours() >= 0)) {
            error(model, "logistic delay must be >= 0 hours, got " + model.getLogisticDelayHours() + ".");
        }
        thresholds(model, "likelihood", model.getLikelihoodThresholds());
        thresholds(model, "impact", model.getImpactThresholds());
        if (!(model.getMaxWeightKg() >= 0) || !(model.getMaxRackUnits() >= 0) || !(model.getMaxPowerWatts() >= 0)) {
            error(model, "optimisation limits must not be negative (0 = no limit).");
        }
        for (Site site : model.getSites()) {
            if (site.getRepairCrews() < 0 || !(site.getTravelHours() >= 0)) {
                error(site, "repair crews and travel time must not be negative.");
            }
        }
        for (SparePool pool : model.getSparePools()) {
            if (pool.getCount() < 0 || !(pool.getRestockHours() > 0)) {
                error(pool, "needs a spare count >= 0 and a restock time > 0 hours, got " + pool.getCount() + " and "
                        + pool.getRestockHours() + ".");
            }
        }
        for (OptimizationSubsystem subsystem : model.getOptimizationSubsystems()) {
            checkOptimization(subsystem);
        }
        for (DataReplication replication : model.getReplications()) {
            checkReplication(replication);
        }
        for (var diagram : model.getDiagrams()) {
            if (!(diagram.getRtoTargetHours() >= 0) || !(diagram.getRpoTargetHours() >= 0) || !(diagram.getMaxTolerableOutageHours() >= 0)) {
                error(diagram, "recovery targets (RTO, RPO, maximum tolerable outage) must be >= 0 hours (0 = no target).");
            }
        }
    }

    private void checkReplication(DataReplication replication) {
        if (replication.getPrimary() == null || replication.getReplica() == null) {
            error(replication, "needs a primary and a replica component.");
        } else if (replication.getPrimary() == replication.getReplica()) {
            error(replication, "replicates " + Labels.of(replication.getPrimary()) + " to itself. Choose another replica.");
        }
        if (!(replication.getLagHours() >= 0) || !(replication.getRestoreHours() >= 0) || !(replication.getFailoverHours() >= 0)) {
            error(replication, "lag, restore and failover times must be >= 0 hours.");
        }
        boolean interval = replication.getMode() == ReplicationMode.PERIODIC || replication.getMode() == ReplicationMode.BACKUP;
        if (interval && !(replication.getIntervalHours() > 0)) {
            error(replication, "a " + replication.getMode().getLiteral().toLowerCase(java.util.Locale.ROOT)
                    + " copy needs an interval > 0 hours, got " + replication.getIntervalHours() + ".");
        }
    }

    private void thresholds(SystemModel model, String scale, List<Double> values) {
        if (values.isEmpty()) {
            return;
        }
        boolean ascending = values.size() == 4;
        for (int i = 0; ascending && i < values.size(); i++) {
            ascending = values.get(i) > (i == 0 ? 0 : values.get(i - 1));
        }
        if (!ascending) {
            error(model, scale + " thresholds must be four positive values in ascending order (upper bounds of levels 1 to 4), got "
                    + values + ". Leave them empty for the defaults.");
        }
    }

    private void checkOptimization(OptimizationSubsystem subsystem) {
        if (subsystem.getBlock() == null) {
            error(subsystem, "names no block. Choose the block the optimiser may redesign.");
        }
        if (subsystem.getOptions().isEmpty()) {
            error(subsystem, "has no design options. Add at least one.");
        }
        for (DesignOption option : subsystem.getOptions()) {
            if (option.getComponent() == null) {
                error(option, "names no component type. Choose the component used for each unit.");
            }
            if (option.getMinUnits() < 1 || option.getMaxUnits() < option.getMinUnits()) {
                error(option, "needs 1 <= min units <= max units, got " + option.getMinUnits() + " and " + option.getMaxUnits() + ".");
            }
            if (option.getRequiredUnits() < 1 || option.getRequiredUnits() > option.getMinUnits()) {
                error(option, "required units (k) must be between 1 and the minimum number of units, got " + option.getRequiredUnits() + ".");
            }
            probability(option, "switch failure probability", option.getSwitchFailureProbability());
            if (!(option.getSwitchoverHours() >= 0)) {
                error(option, "switch-over time must be >= 0 hours, got " + option.getSwitchoverHours() + ".");
            }
        }
    }

    /** Every reference (component of a block, target of a scenario change, ...) points into this model. */
    private void checkReferencesStayInside(SystemModel model) {
        List<EObject> objects = new ArrayList<>(List.of(model));
        model.eAllContents().forEachRemaining(objects::add);
        objects.forEach(object -> {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                Object value = object.eGet(reference);
                List<?> targets = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
                for (Object target : targets) {
                    if (target instanceof EObject t && (t.eIsProxy() || EcoreUtil.getRootContainer(t) != model)) {
                        error(object, reference.getName() + " refers to " + Labels.of(t)
                                + ", which is not in this model (deleted?). Choose an element of the model or remove the reference.");
                    }
                }
            }
        });
    }

    private void checkIds(SystemModel model) {
        Map<String, Element> seen = new HashMap<>();
        model.eAllContents().forEachRemaining(object -> {
            if (!(object instanceof Element element)) {
                return;
            }
            String id = element.getId();
            if (id == null || id.isBlank()) {
                error(element, "has no id. Give it a unique id (letters, digits, '-', '_', '.').");
            } else if (!ID.matcher(id).matches()) {
                error(element, "id '" + id + "' may only contain letters, digits, '-', '_' and '.'. Rename it.");
            } else {
                Element first = seen.putIfAbsent(id, element);
                if (first != null) {
                    error(element, "id '" + id + "' is also used by " + Labels.of(first) + ". Ids must be unique: rename one.");
                }
            }
        });
    }

    private void checkComponent(Component component) {
        checkFailure(component, component.getFailure());
        checkRepair(component, component.getRepair());
        if (!(component.getCapex() >= 0)) {
            error(component, "purchase cost (CAPEX) must not be negative, got " + component.getCapex() + ".");
        }
        if (!(component.getOpexPerYear() >= 0)) {
            error(component, "running cost per year (OPEX) must not be negative, got " + component.getOpexPerYear() + ".");
        }
        if (!(component.getWeightKg() >= 0) || !(component.getRackUnits() >= 0) || !(component.getPowerWatts() >= 0)) {
            error(component, "weight, rack units and power must not be negative.");
        }
        if (!(component.getServiceLifeYears() > 0)) {
            error(component, "service life must be > 0 years, got " + component.getServiceLifeYears() + ".");
        }
    }

    private void checkFailure(Component c, FailureModel failure) {
        switch (failure) {
            case null -> error(c, "has no failure model. Give it an MTBF (exponential), Weibull, lognormal or fixed probability.");
            case ExponentialFailure e -> positive(c, "MTBF", e.getMtbfHours(), "hours");
            case WeibullFailure w -> {
                positive(c, "Weibull shape", w.getShape(), "");
                positive(c, "Weibull scale", w.getScaleHours(), "hours");
                if (!(w.getLocationHours() >= 0)) {
                    error(c, "Weibull location must be >= 0 hours, got " + w.getLocationHours() + ".");
                }
            }
            case LognormalFailure l -> {
                positive(c, "lognormal mean time to failure", l.getMeanHours(), "hours");
                positive(c, "lognormal sigma", l.getSigma(), "");
            }
            case FixedProbabilityFailure f -> probability(c, "failure probability", f.getProbability());
            case NormalFailure n -> {
                positive(c, "normal mean time to failure", n.getMeanHours(), "hours");
                positive(c, "normal standard deviation", n.getSdHours(), "hours");
            }
            case UniformFailure u -> bounds(c, "time to failure", u.getMinHours(), u.getMaxHours());
            default -> error(c, "has an unknown failure model " + failure.eClass().getName() + ".");
        }
    }

    private void checkRepair(Component c, RepairModel repair) {
        switch (repair) {
            case null -> error(c, "has no repair model. Give it an MTTR, or mark it non-repairable.");
            case ExponentialRepair e -> positive(c, "MTTR", e.getMttrHours(), "hours");
            case LognormalRepair l -> {
                positive(c, "lognormal mean time to repair", l.getMeanHours(), "hours");
                positive(c, "lognormal repair sigma", l.getSigma(), "");
            }
            case FixedRepair f -> positive(c, "repair time", f.getHours(), "hours");
            case NormalRepair n -> {
                positive(c, "normal mean repair time", n.getMeanHours(), "hours");
                positive(c, "normal repair standard deviation", n.getSdHours(), "hours");
            }
            case UniformRepair u -> bounds(c, "repair time", u.getMinHours(), u.getMaxHours());
            case NonRepairable n -> {
                // nothing to check
            }
            default -> error(c, "has an unknown repair model " + repair.eClass().getName() + ".");
        }
    }

    void positive(EObject element, String what, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            error(element, what + " must be > 0" + (unit.isEmpty() ? "" : " " + unit) + ", got " + value + ". Set a positive value.");
        }
    }

    private void bounds(EObject element, String what, double min, double max) {
        if (!(min >= 0) || !(max > min) || Double.isInfinite(max)) {
            error(element, "uniform " + what + " needs 0 <= lower bound < upper bound, got " + min + " and " + max + ".");
        }
    }

    void probability(EObject element, String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            error(element, what + " must be between 0 and 1, got " + value + ".");
        }
    }

    void reportError(EObject element, String message) {
        error(element, message);
    }

    void reportWarning(EObject element, String message) {
        warning(element, message);
    }

    /** The beta-factor model splits each member's failures once: a component may be in one group only. */
    private void checkOneCommonCauseGroupPerComponent(SystemModel model) {
        Map<Component, CommonCauseGroup> groupOf = new java.util.IdentityHashMap<>();
        for (CommonCauseGroup group : model.getCommonCauseGroups()) {
            for (Component member : group.getMembers()) {
                CommonCauseGroup first = groupOf.putIfAbsent(member, group);
                if (first != null && first != group) {
                    error(group, Labels.of(member) + " is also in " + Labels.of(first)
                            + ". A component can be in one common-cause group only: merge the groups or remove it from one.");
                }
            }
        }
    }

    private void checkCommonCauseGroup(CommonCauseGroup group) {
        if (!(group.getBeta() >= 0 && group.getBeta() < 1)) {
            error(group, "beta factor must be in [0, 1), got " + group.getBeta() + ". Typical values are 0.01 to 0.1.");
        }
        if (group.getMembers().size() < 2) {
            error(group, "needs at least two members to fail together, has " + group.getMembers().size() + ".");
        }
    }

    private void checkRisk(Risk risk) {
        if (!(risk.getLikelihoodPerYear() > 0)) {
            error(risk, "has no likelihood. Set how often it happens per year (> 0), e.g. 0.1 for once in ten years.");
        }
        if (!(risk.getOutageHours() > 0)) {
            error(risk, "has no outage duration. Set how many hours the affected elements stay down (> 0).");
        }
        if (risk.getAffectedComponents().isEmpty() && risk.getAffectedSites().isEmpty()) {
            error(risk, "affects no component and no site. Name what it takes down.");
        }
        if (risk.getResidualLikelihoodPerYear() == 0 && risk.getResidualOutageHours() == 0) {
            warning(risk, "residual likelihood and outage are both 0; use a negative value for 'same as before mitigation'.");
        }
    }

    private void checkScenario(Scenario scenario) {
        if (!(scenario.getExtraCapex() >= 0) || !(scenario.getExtraOpexPerYear() >= 0)) {
            error(scenario, "extra CAPEX and OPEX must not be negative; model savings as parameter changes of the components.");
        }
        for (Change change : scenario.getChanges()) {
            checkChange(change);
        }
    }

    private void checkChange(Change change) {
        switch (change) {
            case ParameterChange p when p.getComponent() == null -> error(p, "names no component. Choose the component to change.");
            case ParameterChange p -> new ParameterChecks(this).check(p);
            case EnablementChange e when e.getElement() == null -> error(e, "names no diagram element. Choose the node or connector.");
            case KofNChange k when k.getNode() == null -> error(k, "names no k-of-n node. Choose one.");
            case KofNChange k when k.getK() < 1 -> error(k, "k must be at least 1, got " + k.getK() + ".");
            case StandbyChange s when s.getGroup() == null -> error(s, "names no standby group. Choose one.");
            case StandbyChange s -> {
                if (!(s.getSwitchoverHours() >= 0)) {
                    error(s, "switch-over time must be >= 0 hours, got " + s.getSwitchoverHours() + ".");
                }
                probability(s, "switch failure probability", s.getSwitchFailureProbability());
            }
            case CommonCauseChange c when c.getGroup() == null -> error(c, "names no common-cause group. Choose one.");
            case CommonCauseChange c when !(c.getBeta() >= 0 && c.getBeta() < 1) ->
                error(c, "beta factor must be in [0, 1), got " + c.getBeta() + ".");
            default -> {
                // valid
            }
        }
    }

    /** Standby groups are nodes, so they are checked with the diagrams; their own parameters here. */
    void checkStandbyGroup(StandbyGroup group) {
        if (group.getMembers().isEmpty()) {
            error(group, "has no members. Add the primary component and at least one standby.");
        } else if (group.getMembers().size() == 1) {
            warning(group, "has only a primary and no standby member; add one or use a plain block.");
        }
        probability(group, "dormant failure factor", group.getDormantFactor());
        if (!(group.getSwitchoverHours() >= 0)) {
            error(group, "switch-over time must be >= 0 hours, got " + group.getSwitchoverHours() + ".");
        }
        probability(group, "switch failure probability", group.getSwitchFailureProbability());
    }

    void checkBlock(Block block) {
        if (block.getComponent() == null) {
            error(block, "refers to no component. Choose the component it stands for, or delete the block.");
        }
    }

    /** For diagram checks: the model a diagram belongs to. */
    static SystemModel modelOf(Diagram diagram) {
        return diagram.eContainer() instanceof SystemModel model ? model : null;
    }
}
