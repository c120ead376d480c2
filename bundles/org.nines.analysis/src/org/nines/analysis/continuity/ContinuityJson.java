package org.nines.analysis.continuity;

import java.util.List;

import org.nines.analysis.system.Json;

/** JSON form of continuity results and test plans (hours; infinite values as null). */
public final class ContinuityJson {
    private ContinuityJson() {
    }

    /** @return the base result and scenario results as one object {@code {"model":..., "results":[...]}} */
    public static String of(List<ContinuityResult> results) {
        Json j = new Json().beginObject().name("model").value(results.get(0).modelName()).name("results").beginArray();
        results.forEach(r -> result(j, r));
        return j.endArray().endObject().toString();
    }

    private static void result(Json j, ContinuityResult r) {
        j.beginObject().name("scenario").value(r.scenarioId()).name("scenarioName").value(r.scenarioName())
                .name("services").beginArray();
        for (ServiceContinuity s : r.services()) {
            ServiceTargets t = s.targets();
            j.beginObject().name("service").value(t.diagramId()).name("name").value(t.name())
                    .name("rtoTargetHours").value(t.rtoHours()).name("rpoTargetHours").value(t.rpoHours())
                    .name("maxTolerableOutageHours").value(t.maxTolerableOutageHours())
                    .name("worstRtoHours").value(s.worstRtoHours()).name("expectedRtoHours").value(s.expectedRtoHours())
                    .name("worstRpoHours").value(s.worstRpoHours()).name("expectedRpoHours").value(s.expectedRpoHours())
                    .name("rtoBreachShare").value(s.rtoBreachShare());
            j.name("breaches").beginArray();
            for (Breach b : s.breaches()) {
                j.beginObject().name("incident").value(b.incidentId()).name("objective").value(b.objective().name())
                        .name("valueHours").value(b.valueHours()).name("targetHours").value(b.targetHours())
                        .name("message").value(b.message()).endObject();
            }
            j.endArray().name("incidents").beginArray();
            for (IncidentRecovery i : s.incidents()) {
                j.beginObject().name("kind").value(i.incident().kind().name()).name("id").value(i.incident().id())
                        .name("label").value(i.incident().label()).name("components").strings(i.incident().componentIds())
                        .name("frequencyPerYear").value(i.incident().frequencyPerYear())
                        .name("serviceDown").value(i.serviceDown()).name("path").value(i.path())
                        .name("switchFailureProbability").value(i.switchFailureProbability())
                        .name("expectedRtoHours").value(i.expectedRtoHours()).name("worstRtoHours").value(i.worstRtoHours())
                        .name("expectedRpoHours").value(i.expectedRpoHours()).name("worstRpoHours").value(i.worstRpoHours())
                        .name("steps").beginArray();
                for (RecoveryStep st : i.steps()) {
                    j.beginObject().name("kind").value(st.kind().name()).name("element").value(st.elementId())
                            .name("description").value(st.description()).name("hours").value(st.hours())
                            .name("expectedLossHours").value(st.expectedLossHours())
                            .name("worstLossHours").value(st.worstLossHours()).endObject();
                }
                j.endArray().endObject();
            }
            j.endArray().endObject();
        }
        j.endArray().endObject();
    }

    /** @return the test plan as one JSON object */
    public static String of(TestPlan plan) {
        Json j = new Json().beginObject().name("model").value(plan.modelName()).name("service").value(plan.serviceName())
                .name("serviceUnavailability").value(plan.serviceUnavailability())
                .name("singlePointsOfFailure").strings(plan.singlePointsOfFailure()).name("tests").beginArray();
        for (FailoverTest t : plan.tests()) {
            j.beginObject().name("number").value(t.number()).name("id").value(t.id()).name("title").value(t.title())
                    .name("components").strings(t.componentIds()).name("outcome").value(t.outcome().name())
                    .name("doNotRunInProduction").value(t.doNotRunInProduction())
                    .name("expectedInterruptionHours").value(t.expectedInterruptionHours())
                    .name("dataLossWindowHours").value(t.dataLossWindowHours())
                    .name("expectedBehaviour").value(t.expectedBehaviour())
                    .name("newSinglePointsOfFailure").strings(t.newSinglePointsOfFailure())
                    .name("preconditions").strings(t.preconditions())
                    .name("serviceDownProbability").value(t.serviceDownProbability())
                    .name("riskAchievementWorth").value(t.riskAchievementWorth())
                    .name("frequency").value(t.frequency().name()).endObject();
        }
        return j.endArray().endObject().toString();
    }
}
