package org.nines.analysis.system;

/** The JSON form of an {@link AvailabilityResult}, as {@code nines analyze --json} prints it. */
public final class AvailabilityJson {
    private AvailabilityJson() {
    }

    public static String of(AvailabilityResult r) {
        Json json = new Json().beginObject();
        json.name("model").value(r.modelName());
        json.name("currency").value(r.currency());
        json.name("missionTimeHours").value(r.missionHours());
        json.name("periodHours").value(r.periodHours());
        json.name("availability").value(r.availability());
        json.name("unavailability").value(r.unavailability());
        json.name("downtimeHoursPerYear").value(r.downtimeHoursPerYear());
        json.name("downtimeMinutesPerYear").value(r.downtimeMinutesPerYear());
        json.name("failuresPerYear").value(r.failuresPerYear());
        json.name("mtbfHours").value(r.mtbfHours());
        json.name("meanDowntimeHours").value(r.meanDowntimeHours());
        json.name("nines").value(r.nines());
        json.name("reliability").value(r.reliability());
        json.name("reliabilityExact").value(r.reliabilityExact());
        json.name("downtimeCostPerYear").value(r.downtimeCostPerYear());
        json.name("singlePointsOfFailure").strings(r.singlePointsOfFailure());
        json.name("minimalCutSets").beginArray();
        r.minimalCutSets().forEach(c -> json.strings(c.labels()));
        json.endArray();
        json.name("minimalCutSetProbabilities").beginArray();
        r.minimalCutSets().forEach(c -> json.value(c.probability()));
        json.endArray();
        json.name("cutSetsTruncated").value(r.cutSetsTruncated());
        json.name("importance").beginArray();
        for (EventResult e : r.events()) {
            json.beginObject();
            json.name("component").value(e.label());
            json.name("key").value(e.key());
            json.name("kind").value(e.kind().name());
            json.name("unavailability").value(e.unavailability());
            json.name("failuresPerYear").value(e.failuresPerYear());
            json.name("birnbaum").value(e.birnbaum());
            json.name("criticality").value(e.criticality());
            json.name("fussellVesely").value(e.fussellVesely());
            json.name("raw").value(e.raw());
            json.name("rrw").value(e.rrw());
            json.name("downtimeHoursPerYear").value(e.downtimeHoursPerYear());
            json.endObject();
        }
        json.endArray();
        json.name("diagrams").beginArray(); // each diagram the top uses, on its own
        r.diagramUnavailability().forEach((id, q) -> json.beginObject().name("id").value(id).name("availability").value(1 - q)
                .name("unavailability").value(q).endObject());
        json.endArray();
        json.name("bddNodes").value(r.bddNodes());
        json.name("seconds").value(r.seconds());
        return json.endObject().toString();
    }
}
