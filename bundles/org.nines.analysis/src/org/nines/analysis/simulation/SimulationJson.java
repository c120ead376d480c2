package org.nines.analysis.simulation;

import java.util.List;

import org.nines.analysis.system.Json;

/** The JSON form of a {@link SimulationResult}, as {@code nines simulate --json} prints it. Times in hours. */
public final class SimulationJson {
    private SimulationJson() {
    }

    public static String of(SimulationResult r) {
        Json json = new Json().beginObject();
        json.name("model").value(r.modelName());
        json.name("status").value(r.status().name());
        json.name("partial").value(r.partial());
        json.name("histories").value(r.histories());
        json.name("years").value(r.years());
        json.name("periodHours").value(r.periodHours());
        json.name("seed").value(r.seed());
        json.name("threads").value((long) r.threads());
        json.name("batchSize").value((long) r.batchSize());
        json.name("threats").value(r.threats().name().toLowerCase(java.util.Locale.ROOT));
        json.name("availability").beginObject().name("mean").value(r.availability().mean())
                .name("ciLow").value(r.availability().ciLow()).name("ciHigh").value(r.availability().ciHigh())
                .name("standardError").value(r.availability().standardError()).endObject();
        json.name("unavailability").value(r.unavailability());
        json.name("relativeCiHalfWidth").value(r.relativeCiHalfWidth());
        distribution(json.name("downtimeHoursPerYear"), r.downtimeHoursPerYear());
        distribution(json.name("outagesPerYear"), r.outagesPerYear());
        distribution(json.name("outageDurationHours"), r.outageDurationHours());
        json.name("mtbfHours").value(r.mtbfHours());
        json.name("meanDowntimeHours").value(r.meanDowntimeHours());
        json.name("componentContributions").beginArray();
        for (SimulationResult.Contribution c : r.componentContributions()) {
            json.beginObject().name("key").value(c.key()).name("component").value(c.label())
                    .name("downtimeHoursPerYear").value(c.downtimeHoursPerYear()).name("share").value(c.share()).endObject();
        }
        json.endArray();
        json.name("threatContributions").beginArray();
        for (SimulationResult.ThreatContribution t : r.threatContributions()) {
            json.beginObject().name("risk").value(t.riskId()).name("title").value(t.label())
                    .name("occurrencesPerYear").value(t.occurrencesPerYear())
                    .name("downtimeHoursPerYear").value(t.downtimeHoursPerYear()).endObject();
        }
        json.endArray();
        json.name("convergence").beginArray();
        for (SimulationResult.ConvergencePoint p : r.convergence()) {
            json.beginObject().name("histories").value(p.histories()).name("availability").value(p.availability())
                    .name("ciLow").value(p.ciLow()).name("ciHigh").value(p.ciHigh()).endObject();
        }
        json.endArray();
        json.name("events").value(r.events());
        json.name("wallSeconds").value(r.wallSeconds());
        json.name("eventsPerSecond").value(r.eventsPerSecond());
        return json.endObject().toString();
    }

    private static void distribution(Json json, SimulationResult.Distribution d) {
        json.beginObject();
        json.name("mean").value(d.mean()).name("p50").value(d.p50()).name("p90").value(d.p90()).name("p99").value(d.p99())
                .name("max").value(d.max()).name("count").value(d.count());
        json.name("histogram").beginArray();
        List<SimulationResult.Bin> bins = d.histogram();
        for (SimulationResult.Bin b : bins) {
            json.beginObject().name("lower").value(b.lower()).name("upper").value(b.upper()).name("count").value(b.count())
                    .endObject();
        }
        json.endArray();
        json.endObject();
    }
}
