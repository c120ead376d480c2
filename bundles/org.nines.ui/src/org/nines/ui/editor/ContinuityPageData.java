package org.nines.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.nines.analysis.continuity.Breach;
import org.nines.analysis.continuity.ContinuityAnalysis;
import org.nines.analysis.continuity.ContinuityResult;
import org.nines.analysis.continuity.Hours;
import org.nines.analysis.continuity.IncidentRecovery;
import org.nines.analysis.continuity.ServiceContinuity;
import org.nines.analysis.continuity.TestPlan;
import org.nines.analysis.continuity.TestPlanGenerator;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/**
 * What the Continuity page shows, computed without the UI from a copy of the model: the continuity analysis of the
 * base model and of every scenario, and the failover test plan; or why they could not be computed. Immutable.
 *
 * @param modelName the model's name
 * @param currency  the model's currency (for the exported workbook)
 * @param results   the base model first, then every scenario in model order; empty when {@code error} is set
 * @param plan      the failover test plan of the top service, or null when {@code error} is set
 * @param error     why nothing was computed (validation errors, a model the engines refuse), or null
 */
public record ContinuityPageData(String modelName, String currency, List<ContinuityResult> results, TestPlan plan,
        String error) {

    public ContinuityPageData {
        results = List.copyOf(results);
    }

    /**
     * Validates and analyses the model. Long-running for large models: call it off the UI thread, on a copy the
     * editor does not change. Never modifies the model.
     */
    public static ContinuityPageData compute(SystemModel model) {
        List<Problem> errors = ModelValidator.validate(model).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            return failed(model, "Not analysed: the model has " + errors.size() + " validation error"
                    + (errors.size() == 1 ? "" : "s") + " (see the Problems view), first: " + errors.get(0).message());
        }
        try {
            List<ContinuityResult> results = ContinuityAnalysis.analyzeScenarios(model, ContinuityAnalysis.Options.defaults());
            return new ContinuityPageData(model.getName(), model.getCurrency(), results, TestPlanGenerator.generate(model),
                    null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return failed(model, "The model cannot be analysed for continuity: " + e.getMessage());
        }
    }

    /** @return data that shows only why nothing was computed */
    static ContinuityPageData failed(SystemModel model, String error) {
        return new ContinuityPageData(model.getName(), model.getCurrency(), List.of(), null, error);
    }

    /**
     * The incidents of every service of one result, in service then incident order.
     *
     * @param result       one of {@link #results()}
     * @param withAbsorbed whether to include incidents the service rides out without interruption or data loss
     */
    public static List<IncidentRow> incidents(ContinuityResult result, boolean withAbsorbed) {
        List<IncidentRow> rows = new ArrayList<>();
        for (ServiceContinuity service : result.services()) {
            for (IncidentRecovery recovery : service.incidents()) {
                List<Breach> breaches = service.breaches().stream()
                        .filter(b -> b.incidentId().equals(recovery.incident().id())).toList();
                IncidentRow row = new IncidentRow(service.targets().name(), recovery, breaches);
                if (withAbsorbed || !row.absorbed()) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** @return one line per service: its targets, worst RTO and RPO, and the number of breaches */
    public static String summary(ContinuityResult result) {
        return result.services().stream().map(ContinuityPageData::summary).collect(Collectors.joining("\n"));
    }

    private static String summary(ServiceContinuity s) {
        var t = s.targets();
        String share = Double.isNaN(s.rtoBreachShare()) ? ""
                : String.format(java.util.Locale.ROOT, "; %.1f %% of incidents (by frequency) breach the RTO",
                        100 * s.rtoBreachShare());
        return "Service " + t.name() + ": targets RTO " + target(t.rtoHours()) + ", RPO " + target(t.rpoHours())
                + ", max outage " + target(t.maxTolerableOutageHours()) + ". Worst RTO " + Hours.format(s.worstRtoHours())
                + ", worst RPO " + Hours.format(s.worstRpoHours()) + ", " + s.breaches().size() + " breach"
                + (s.breaches().size() == 1 ? "" : "es") + share + ".";
    }

    private static String target(double hours) {
        return hours > 0 ? Hours.format(hours) : "none";
    }

    /**
     * One incident of one service with the targets it breaches.
     *
     * @param serviceName the service (diagram) name
     * @param recovery    how the service recovers from the incident
     * @param breaches    the targets the incident misses, RTO, RPO, maximum outage order
     */
    public record IncidentRow(String serviceName, IncidentRecovery recovery, List<Breach> breaches) {
        public IncidentRow {
            breaches = List.copyOf(breaches);
        }

        public boolean breached() {
            return !breaches.isEmpty();
        }

        /** @return whether the service rides the incident out with no interruption and no data loss */
        public boolean absorbed() {
            return !recovery.serviceDown() && recovery.worstRtoHours() == 0 && recovery.worstRpoHours() == 0;
        }

        /** @return e.g. "RTO 8 h > 4 h, RPO 24 h > 15 min", or "" without breaches */
        public String breachText() {
            return breaches.stream().map(b -> objective(b.objective()) + " " + Hours.format(b.valueHours()) + " > "
                    + Hours.format(b.targetHours())).collect(Collectors.joining(", "));
        }

        private static String objective(Breach.Objective objective) {
            return switch (objective) {
                case RTO -> "RTO";
                case RPO -> "RPO";
                case MAX_TOLERABLE_OUTAGE -> "max outage";
            };
        }
    }
}
