package org.nines.analysis.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.BasicEvent;
import org.nines.analysis.system.CutSetResult;
import org.nines.analysis.system.EventResult;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Risk;
import org.nines.model.SystemModel;

/**
 * Computes the risk register from the availability model.
 *
 * <p>For each risk, the affected set is its components plus every component at its sites. Its service impact is the
 * exact probability that the service is down while the affected set is down ({@link ConditionedStructure}); expected
 * service downtime per year = likelihood x outage hours x that probability, expected loss per year = that downtime x
 * the downtime cost per hour. The same with the residual likelihood and outage (negative = same as inherent). A risk
 * that hits only redundant parts scores low, one that hits a single point of failure high; the reason text names the
 * minimal cut sets the affected set covers, or what else would have to fail.
 *
 * <p>Derived risks ({@link #proposeDerivedRisks}) are proposed for every single point of failure and the most probable
 * minimal cut sets of order 2 or more, with likelihood = the event's or cut set's occurrence frequency per year and
 * outage = its mean duration, from the exact engine: for a cut set of independent events with unavailabilities q_i and
 * frequencies w_i, frequency = sum_i w_i prod_{j != i} q_j and mean duration = prod q_i / frequency (exact for
 * independent alternating renewal processes in steady state).
 */
public final class RiskAnalysis {
    /**
     * @param includeDerived     whether proposals from single points of failure and cut sets join the register
     * @param cutSetCutoff       lowest probability of a cut set of order &gt;= 2 that becomes a proposal
     * @param maxDerivedCutSets  most cut-set proposals (most probable first)
     */
    public record Options(boolean includeDerived, double cutSetCutoff, int maxDerivedCutSets) {
        public static Options defaults() {
            return new Options(true, 1e-9, 5);
        }
    }

    private static final int NAMED = 5;

    private RiskAnalysis() {
    }

    public static RiskRegister assess(SystemModel model) {
        return assess(model, Options.defaults());
    }

    /**
     * @throws IllegalArgumentException naming the risk or element when a risk cannot be assessed (invalid values,
     *                                  thresholds) or the model cannot be analysed
     */
    public static RiskRegister assess(SystemModel model, Options options) {
        SystemSnapshot snapshot = SnapshotBuilder.of(model);
        return assess(model, snapshot, AvailabilityAnalysis.analyze(snapshot, AvailabilityAnalysis.Options.defaults()), options);
    }

    /**
     * The same for a model already snapshotted and analysed (with cut sets: the derived risks come from them), so
     * callers that need both the analysis and the register run the analysis once.
     */
    public static RiskRegister assess(SystemModel model, SystemSnapshot snapshot, AvailabilityResult base, Options options) {
        RiskScale scale = RiskScale.of(model);
        ConditionedStructure conditioned = new ConditionedStructure(model, snapshot);
        List<Risk> risks = new ArrayList<>(model.getRisks());
        if (options.includeDerived()) {
            risks.addAll(proposals(model, snapshot, base, options));
        }
        Register register = new Register(model, conditioned, base, scale, new AffectedComponents(model),
                new CutSetIndex(base.minimalCutSets(), conditioned.indexByKey(), snapshot.events().size()));
        List<AssessedRisk> entries = new ArrayList<>();
        for (Risk risk : risks) {
            entries.add(assess(register, risk));
        }
        entries.sort(Comparator.comparingDouble((AssessedRisk r) -> -r.inherent().lossPerYear())
                .thenComparingDouble(r -> -r.inherent().downtimeHoursPerYear()).thenComparing(AssessedRisk::id));
        List<AssessedRisk> ranked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ranked.add(entries.get(i).withRank(i + 1));
        }
        return new RiskRegister(model.getName(), model.getCurrency(), model.getDowntimeCostPerHour(), scale, ranked);
    }

    /**
     * Exact probability that the service of {@code model} is down while the given components are down.
     *
     * @param componentIds ids of components of the model
     */
    public static double serviceDownProbability(SystemModel model, Set<String> componentIds) {
        return new ConditionedStructure(model, SnapshotBuilder.of(model)).serviceDownProbability(componentIds);
    }

    /**
     * Proposes derived risks (flag {@code derived} set, status OPEN, residual = inherent): one per single point of
     * failure and per most probable cut set of order &gt;= 2 above the cut-off. Events without occurrences (fixed
     * probabilities without repair) are left out. A proposal whose affected components equal those of a derived risk
     * already in the model is left out. The returned risks are new objects, not added to the model; their
     * affected components are the model's own.
     */
    public static List<Risk> proposeDerivedRisks(SystemModel model, Options options) {
        SystemSnapshot snapshot = SnapshotBuilder.of(model);
        return proposals(model, snapshot, AvailabilityAnalysis.analyze(snapshot, AvailabilityAnalysis.Options.defaults()),
                options);
    }

    private static List<Risk> proposals(SystemModel model, SystemSnapshot snapshot, AvailabilityResult base,
            Options options) {
        return new DerivedRisks(model, snapshot, base, options).propose();
    }

    /** What every risk of one register is assessed against, built once per register. */
    private record Register(SystemModel model, ConditionedStructure conditioned, AvailabilityResult base, RiskScale scale,
            AffectedComponents affected, CutSetIndex cutSets) {
    }

    private static AssessedRisk assess(Register register, Risk risk) {
        SystemModel model = register.model();
        double likelihood = risk.getLikelihoodPerYear();
        double outage = risk.getOutageHours();
        if (!(likelihood >= 0) || !(outage >= 0) || !Double.isFinite(likelihood) || !Double.isFinite(outage)) {
            throw new IllegalArgumentException("risk " + risk.getId() + ": likelihood and outage must be finite and >= 0");
        }
        double residualLikelihood = risk.getResidualLikelihoodPerYear() < 0 ? likelihood : risk.getResidualLikelihoodPerYear();
        double residualOutage = risk.getResidualOutageHours() < 0 ? outage : risk.getResidualOutageHours();
        Set<String> affected = register.affected().of(risk);
        ConditionedStructure conditioned = register.conditioned();
        double[] q = conditioned.probabilities(affected);
        double p = conditioned.serviceDownProbability(affected, q);
        double cost = model.getDowntimeCostPerHour();
        String reason = reason(risk, affected, p, q, conditioned, register.cutSets());
        RiskScale scale = register.scale();
        return new AssessedRisk(0, risk.getId(), title(risk), risk.getCategory().getLiteral(),
                risk.getStatus().getLiteral(), risk.getOwner(), risk.isDerived(), List.copyOf(affected),
                RiskFigures.of(likelihood, outage, p, cost, scale),
                RiskFigures.of(residualLikelihood, residualOutage, p, cost, scale), reason);
    }

    private static String title(Risk risk) {
        if (risk.getTitle() != null && !risk.getTitle().isBlank()) {
            return risk.getTitle();
        }
        return risk.getName() != null ? risk.getName() : risk.getId();
    }

    /**
     * "Takes down X, Y (site S): the service fails because ..." — naming the minimal cut sets the affected set covers,
     * or, when redundancy holds, what else would have to fail.
     */
    private static String reason(Risk risk, Set<String> affected, double p, double[] q, ConditionedStructure conditioned,
            CutSetIndex cutSets) {
        Map<String, String> labels = conditioned.labels();
        Set<String> used = conditioned.used();
        Map<String, BasicEvent> events = conditioned.eventsByKey();
        List<String> hit = affected.stream().filter(used::contains).map(id -> labels.getOrDefault(id, id)).toList();
        StringBuilder text = new StringBuilder();
        if (!risk.getAffectedSites().isEmpty()) {
            text.append(risk.getAffectedSites().size() == 1 ? "Site " : "Sites ");
            text.append(String.join(", ", risk.getAffectedSites().stream().map(s -> s.getName() == null ? s.getId() : s.getName()).toList()));
            text.append(" takes down ");
        } else {
            text.append("Takes down ");
        }
        if (hit.isEmpty()) {
            return text.append("no component the analysed service uses: no service impact.").toString();
        }
        text.append(names(hit)).append(": ");
        List<CutSetResult> covered = new ArrayList<>();
        CutSetResult closest = null;
        double closestRest = -1;
        // only cut sets with an event involving an affected component can be covered or touched
        for (int c : cutSets.containingAny(conditioned.touchedEvents(affected))) {
            CutSetResult cut = cutSets.cutSet(c);
            double rest = 1;
            boolean touched = false;
            boolean allForced = true;
            for (int e : cutSets.events(c)) {
                BasicEvent event = conditioned.snapshot().events().get(e);
                boolean forced = ConditionedStructure.forced(event, affected);
                rest *= q[e];
                touched |= q[e] != event.unavailability() || forced;
                allForced &= forced;
            }
            if (allForced) {
                covered.add(cut);
            } else if (touched && rest > closestRest) {
                closest = cut;
                closestRest = rest;
            }
        }
        if (!covered.isEmpty()) {
            // name the affected elements' own failures first: a covered common-cause event only restates them
            covered.sort(Comparator.comparing((CutSetResult c) -> c.keys().stream().anyMatch(k -> k.startsWith("ccf:")))
                    .thenComparingInt(CutSetResult::order).thenComparingDouble(c -> -c.probability()));
            List<String> named = covered.stream().limit(3).map(c -> c.order() == 1 ? c.labels().get(0)
                    + " (single point of failure)" : String.join(" + ", c.labels()) + " (all paths cut)").toList();
            text.append("the service fails: ").append(String.join("; ", named));
            if (covered.size() > 3) {
                text.append("; and ").append(covered.size() - 3).append(" more cut sets");
            }
            return text.append('.').toString();
        }
        if (closest != null) {
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < closest.keys().size(); i++) {
                if (!ConditionedStructure.forced(events.get(closest.keys().get(i)), affected)) {
                    rest.add(closest.labels().get(i));
                }
            }
            text.append("redundancy holds; the service fails only if ").append(String.join(" + ", rest))
                    .append(rest.size() == 1 ? " also fails" : " also fail")
                    .append(String.format(Locale.ROOT, " (service down with probability %.3g while the risk lasts).", p));
            return text.toString();
        }
        return text.append(String.format(Locale.ROOT,
                "redundancy holds (service down with probability %.3g while the risk lasts).", p)).toString();
    }

    private static String names(List<String> labels) {
        if (labels.size() <= NAMED) {
            return String.join(", ", labels);
        }
        return String.join(", ", labels.subList(0, NAMED)) + " and " + (labels.size() - NAMED) + " more";
    }

    static Map<String, EventResult> eventsByKey(AvailabilityResult result) {
        Map<String, EventResult> m = new HashMap<>();
        result.events().forEach(e -> m.put(e.key(), e));
        return m;
    }
}
