package org.nines.analysis.continuity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nines.analysis.Availability;
import org.nines.analysis.scenario.ScenarioApplier;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.BasicEvent;
import org.nines.analysis.system.CutSetResult;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Component;
import org.nines.model.Diagram;
import org.nines.model.Risk;
import org.nines.model.Scenario;
import org.nines.model.Site;
import org.nines.model.SystemModel;

/**
 * Business-continuity analysis: for every risk and every minimal cut set of a service, its recovery path, recovery
 * time and data-loss window ({@link RecoveryPlanner}, {@link ReplicationRecovery}), compared with the service's
 * targets ({@code Diagram.rtoTargetHours}, {@code rpoTargetHours}, {@code maxTolerableOutageHours}).
 *
 * <p>Services: the top diagram, and every other diagram with at least one target (analysed as if it were the top
 * diagram of a copy of the model). Incidents: each risk takes its affected components and every component at its
 * affected sites down for its (inherent) outage hours; each minimal cut set takes the components of its events down,
 * each until its mean repair time (MTTR = mean of the repair law; never for a non-repairable component), with the cut
 * set's occurrence frequency sum_i w_i prod_{j != i} q_j per analysis period (exact for independent events in steady
 * state). A risk that touches no component of the service is left out of that service.
 *
 * <p>Breaches: an incident breaches the RTO when its worst recovery time exceeds the target, the RPO when its worst
 * data-loss window does, the maximum tolerable outage when its worst recovery time does. Never modifies the model.
 */
public final class ContinuityAnalysis {
    /**
     * @param maxCutSets   most minimal cut sets analysed per service (most probable first); 0 = risks only
     * @param maxOrder     highest cut set order
     * @param cutSetCutoff lowest cut set probability analysed
     */
    public record Options(int maxCutSets, int maxOrder, double cutSetCutoff) {
        public static Options defaults() {
            return new Options(100, 4, 0);
        }
    }

    private static final double EPS = 1e-9;

    private ContinuityAnalysis() {
    }

    public static ContinuityResult analyze(SystemModel model) {
        return analyze(model, Options.defaults());
    }

    /**
     * @throws IllegalArgumentException naming the element when the model cannot be analysed (validate it first)
     */
    public static ContinuityResult analyze(SystemModel model, Options options) {
        return analyze(model, null, options);
    }

    /** The base model and then every scenario applied to it ({@link ScenarioApplier}), in model order. */
    public static List<ContinuityResult> analyzeScenarios(SystemModel model, Options options) {
        List<ContinuityResult> results = new ArrayList<>();
        results.add(analyze(model, null, options));
        for (Scenario s : model.getScenarios()) {
            results.add(analyze(ScenarioApplier.apply(model, s), s, options));
        }
        return results;
    }

    private static ContinuityResult analyze(SystemModel model, Scenario scenario, Options options) {
        if (model.getTopDiagram() == null) {
            throw new IllegalArgumentException("model " + model.getName() + " has no top diagram");
        }
        List<ServiceContinuity> services = new ArrayList<>();
        services.add(service(model, options));
        for (Diagram d : model.getDiagrams()) {
            if (d != model.getTopDiagram() && targets(d).hasTargets()) {
                SystemModel copy = EcoreUtil.copy(model);
                copy.setTopDiagram(copy.getDiagrams().get(model.getDiagrams().indexOf(d)));
                services.add(service(copy, options));
            }
        }
        return new ContinuityResult(model.getName(), scenario == null ? null : scenario.getId(),
                scenario == null ? "Base" : (scenario.getName() == null ? scenario.getId() : scenario.getName()), services);
    }

    static ServiceTargets targets(Diagram d) {
        return new ServiceTargets(d.getId(), d.getName() == null || d.getName().isBlank() ? d.getId() : d.getName(),
                d.getRtoTargetHours(), d.getRpoTargetHours(), d.getMaxTolerableOutageHours());
    }

    private static ServiceContinuity service(SystemModel model, Options options) {
        ServiceTargets targets = targets(model.getTopDiagram());
        SystemSnapshot snapshot = SnapshotBuilder.of(model);
        ServiceLogic logic = new ServiceLogic(model, snapshot);
        RecoveryPlanner planner = new RecoveryPlanner(model, logic);
        List<IncidentRecovery> recoveries = new ArrayList<>();
        for (Risk risk : model.getRisks()) {
            Set<String> affected = affected(risk);
            if (affected.stream().noneMatch(logic.relevantComponents()::contains)) {
                continue;
            }
            double outage = risk.getOutageHours();
            Map<String, Double> back = new HashMap<>();
            affected.forEach(c -> back.put(c, outage));
            Incident incident = new Incident(Incident.Kind.RISK, risk.getId(), riskLabel(risk), List.copyOf(affected),
                    risk.getLikelihoodPerYear());
            recoveries.add(planner.recover(incident, back));
        }
        if (options.maxCutSets() > 0) {
            for (Incident incident : cutSetIncidents(snapshot, logic, options)) {
                Map<String, Double> back = new HashMap<>();
                incident.componentIds().forEach(c -> back.put(c, logic.meanRepairHours(c)));
                recoveries.add(planner.recover(incident, back));
            }
        }
        return summarise(targets, recoveries);
    }

    static ServiceContinuity summarise(ServiceTargets targets, List<IncidentRecovery> recoveries) {
        List<Breach> breaches = new ArrayList<>();
        double worstRto = 0, worstRpo = 0, weight = 0, rto = 0, rpo = 0, breachWeight = 0;
        for (IncidentRecovery r : recoveries) {
            breaches.addAll(breaches(targets, r));
            worstRto = Math.max(worstRto, r.worstRtoHours());
            worstRpo = Math.max(worstRpo, r.worstRpoHours());
            double f = r.incident().frequencyPerYear();
            weight += f;
            rto += f * r.expectedRtoHours();
            rpo += f * r.expectedRpoHours();
            if (targets.rtoHours() > 0 && r.worstRtoHours() > targets.rtoHours() + EPS) {
                breachWeight += f;
            }
        }
        double share = targets.rtoHours() > 0 && weight > 0 ? breachWeight / weight : Double.NaN;
        return new ServiceContinuity(targets, recoveries, breaches, worstRto, weight > 0 ? rto / weight : 0, worstRpo,
                weight > 0 ? rpo / weight : 0, share);
    }

    private static List<Breach> breaches(ServiceTargets t, IncidentRecovery r) {
        List<Breach> result = new ArrayList<>();
        check(result, t, r, Breach.Objective.RTO, "RTO", r.worstRtoHours(), t.rtoHours());
        check(result, t, r, Breach.Objective.RPO, "RPO", r.worstRpoHours(), t.rpoHours());
        check(result, t, r, Breach.Objective.MAX_TOLERABLE_OUTAGE, "outage", r.worstRtoHours(), t.maxTolerableOutageHours());
        return result;
    }

    private static void check(List<Breach> out, ServiceTargets t, IncidentRecovery r, Breach.Objective objective,
            String name, double value, double target) {
        if (target > 0 && value > target + EPS) {
            Incident i = r.incident();
            String kind = i.kind() == Incident.Kind.RISK ? "risk " + i.id() : "cut set";
            String message = i.label() + " (" + kind + "): " + r.path() + ", " + name + " " + Hours.format(value)
                    + " > target " + Hours.format(target);
            out.add(new Breach(t.diagramId(), i.id(), objective, value, target, message));
        }
    }

    /** The components a risk takes down: its components and every component at its sites, sorted by id. */
    static Set<String> affected(Risk risk) {
        Set<String> ids = new TreeSet<>();
        risk.getAffectedComponents().forEach(c -> ids.add(c.getId()));
        SystemModel model = (SystemModel) EcoreUtil.getRootContainer(risk);
        for (Site site : risk.getAffectedSites()) {
            for (Component c : model.getComponents()) {
                if (c.getSite() == site) {
                    ids.add(c.getId());
                }
            }
        }
        return ids;
    }

    private static String riskLabel(Risk risk) {
        if (risk.getName() != null && !risk.getName().isBlank()) {
            return risk.getName();
        }
        return risk.getTitle() != null && !risk.getTitle().isBlank() ? risk.getTitle() : risk.getId();
    }

    private static List<Incident> cutSetIncidents(SystemSnapshot snapshot, ServiceLogic logic, Options options) {
        AvailabilityResult result = AvailabilityAnalysis.analyze(snapshot,
                new AvailabilityAnalysis.Options(options.maxOrder(), options.cutSetCutoff(), options.maxCutSets(), false)); // no sub-system figures
        Map<String, BasicEvent> events = new HashMap<>();
        snapshot.events().forEach(e -> events.put(e.key(), e));
        List<CutSetResult> sorted = new ArrayList<>(result.minimalCutSets());
        sorted.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        List<Incident> incidents = new ArrayList<>();
        for (CutSetResult c : sorted) {
            List<BasicEvent> cut = c.keys().stream().map(events::get).toList();
            Set<String> ids = new TreeSet<>();
            cut.forEach(e -> ids.addAll(e.componentIds()));
            double frequency = BasicEvent.cutSetFrequencyPerHour(cut);
            incidents.add(new Incident(Incident.Kind.CUT_SET, String.join("+", c.keys()), String.join(" + ", c.labels()),
                    List.copyOf(ids), frequency * Availability.HOURS_PER_YEAR)); // per calendar year, like risk likelihoods
        }
        return incidents;
    }
}
