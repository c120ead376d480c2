package org.nines.analysis.simulation;

import org.nines.analysis.system.Json;

/**
 * The JSON form of a {@link RareEventResult}, as {@code nines simulate --method failure-biasing --json} prints it.
 * Keys mean what they mean in {@link SimulationJson} where they exist there; {@code downtimeHoursPerYear} and
 * {@code outagesPerYear} are steady-state means with confidence intervals ({@code mean}, {@code ciLow}, {@code ciHigh},
 * {@code standardError}), without percentiles (a cycle is not a year). Times in hours.
 */
public final class RareEventJson {
    private RareEventJson() {
    }

    public static String of(RareEventResult r) {
        Json json = new Json().beginObject();
        json.name("model").value(r.modelName());
        json.name("method").value("failure-biasing");
        json.name("status").value(r.status().name());
        json.name("partial").value(r.partial());
        json.name("cycles").value(r.cycles());
        json.name("cyclesWithOutage").value(r.cyclesWithOutage());
        json.name("periodHours").value(r.periodHours());
        json.name("seed").value(r.seed());
        json.name("threads").value((long) r.threads());
        json.name("batchSize").value((long) r.batchSize());
        json.name("biasProbability").value(r.biasProbability());
        estimate(json.name("availability"), r.availability());
        json.name("unavailability").value(r.unavailability());
        estimate(json.name("unavailabilityCi"), r.unavailabilityEstimate());
        json.name("relativeCiHalfWidth").value(r.relativeCiHalfWidth());
        estimate(json.name("downtimeHoursPerYear"), r.downtimeHoursPerYear());
        estimate(json.name("outagesPerYear"), r.outagesPerYear());
        json.name("mtbfHours").value(r.mtbfHours());
        json.name("meanDowntimeHours").value(r.meanDowntimeHours());
        estimate(json.name("meanCycleHours"), r.meanCycleHours());
        estimate(json.name("likelihoodRatio"), r.likelihoodRatio());
        json.name("componentContributions").beginArray();
        for (SimulationResult.Contribution c : r.componentContributions()) {
            json.beginObject().name("key").value(c.key()).name("component").value(c.label())
                    .name("downtimeHoursPerYear").value(c.downtimeHoursPerYear()).name("share").value(c.share()).endObject();
        }
        json.endArray();
        json.name("convergence").beginArray();
        for (SimulationResult.ConvergencePoint p : r.convergence()) {
            json.beginObject().name("cycles").value(p.histories()).name("availability").value(p.availability())
                    .name("ciLow").value(p.ciLow()).name("ciHigh").value(p.ciHigh()).endObject();
        }
        json.endArray();
        json.name("steps").value(r.steps());
        json.name("wallSeconds").value(r.wallSeconds());
        return json.endObject().toString();
    }

    private static void estimate(Json json, SimulationResult.Estimate e) {
        json.beginObject().name("mean").value(e.mean()).name("ciLow").value(e.ciLow()).name("ciHigh").value(e.ciHigh())
                .name("standardError").value(e.standardError()).endObject();
    }
}
