package org.nines.analysis.scenario;

import org.nines.analysis.system.Json;

/** The JSON form of a {@link Comparison}, as {@code nines compare --json} prints it (non-finite numbers are null). */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    public static String of(Comparison c) {
        Json json = new Json().beginObject();
        json.name("model").value(c.modelName());
        json.name("currency").value(c.currency());
        json.name("downtimeCostPerHour").value(c.downtimeCostPerHour());
        json.name("alternatives").beginArray();
        for (Alternative a : c.alternatives()) {
            json.beginObject();
            json.name("id").value(a.id());
            json.name("name").value(a.name());
            json.name("base").value(a.base());
            json.name("availability").value(a.availability());
            json.name("unavailability").value(a.unavailability());
            json.name("downtimeHoursPerYear").value(a.downtimeHoursPerYear());
            json.name("outagesPerYear").value(a.outagesPerYear());
            json.name("capex").value(a.capex());
            json.name("opexPerYear").value(a.opexPerYear());
            json.name("costOfOwnershipPerYear").value(a.costOfOwnershipPerYear());
            json.name("downtimeCostPerYear").value(a.downtimeCostPerYear());
            json.name("totalCostPerYear").value(a.totalCostPerYear());
            json.name("paybackYears").value(a.paybackYears());
            json.name("paybackNever").value(a.paybackYears() == Double.POSITIVE_INFINITY);
            json.name("paretoEfficient").value(a.paretoEfficient());
            json.endObject();
        }
        json.endArray();
        return json.endObject().toString();
    }
}
