package org.nines.analysis.risk;

import org.nines.analysis.system.Json;

/** The JSON form of a {@link RiskRegister}, as {@code nines risks --json} prints it. */
public final class RiskRegisterJson {
    private RiskRegisterJson() {
    }

    public static String of(RiskRegister r) {
        Json json = new Json().beginObject();
        json.name("model").value(r.modelName());
        json.name("currency").value(r.currency());
        json.name("downtimeCostPerHour").value(r.downtimeCostPerHour());
        json.name("likelihoodThresholds").beginArray();
        r.scale().likelihoodBounds().forEach(json::value);
        json.endArray();
        json.name("impactThresholds").beginArray();
        r.scale().impactBounds().forEach(json::value);
        json.endArray();
        json.name("risks").beginArray();
        for (AssessedRisk a : r.risks()) {
            json.beginObject();
            json.name("rank").value(a.rank());
            json.name("id").value(a.id());
            json.name("title").value(a.title());
            json.name("category").value(a.category());
            json.name("status").value(a.status());
            json.name("owner").value(a.owner());
            json.name("derived").value(a.derived());
            json.name("affectedComponents").strings(a.affectedComponentIds());
            json.name("inherent");
            figures(json, a.inherent());
            json.name("residual");
            figures(json, a.residual());
            json.name("reason").value(a.reason());
            json.endObject();
        }
        json.endArray();
        return json.endObject().toString();
    }

    private static void figures(Json json, RiskFigures f) {
        json.beginObject();
        json.name("likelihoodPerYear").value(f.likelihoodPerYear());
        json.name("outageHours").value(f.outageHours());
        json.name("serviceDownProbability").value(f.serviceDownProbability());
        json.name("downtimeHoursPerYear").value(f.downtimeHoursPerYear());
        json.name("lossPerYear").value(f.lossPerYear());
        json.name("likelihoodLevel").value(f.likelihoodLevel());
        json.name("impactLevel").value(f.impactLevel());
        json.endObject();
    }
}
