package org.nines.analysis.scenario;

import org.nines.analysis.simulation.PairedSimulation;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.system.Json;

/** The JSON form of a {@link Comparison}, as {@code nines compare --json} prints it (non-finite numbers are null). */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    public static String of(Comparison c) {
        return body(c).endObject().toString();
    }

    /**
     * The same with a {@code simulation} object: histories, seed, partial flag, and per alternative the simulated
     * availability with its 95 % confidence interval and the paired difference to the base (availability points,
     * alternative - base) with its interval and the half-width of an unpaired comparison.
     */
    public static String of(SimulatedComparison c) {
        Json json = body(c.exact());
        SimulationResult first = c.alternatives().get(0).simulation();
        json.name("simulation").beginObject();
        json.name("histories").value(first.histories());
        json.name("years").value(first.years());
        json.name("seed").value(first.seed());
        json.name("commonRandomNumbers").value(true);
        json.name("partial").value(c.partial());
        json.name("alternatives").beginArray();
        for (SimulatedComparison.SimulatedAlternative a : c.alternatives()) {
            SimulationResult.Estimate e = a.simulation().availability();
            json.beginObject();
            json.name("id").value(a.id());
            json.name("histories").value(a.simulation().histories());
            json.name("availability").value(e.mean());
            json.name("ciLow").value(e.ciLow());
            json.name("ciHigh").value(e.ciHigh());
            PairedSimulation.PairedDifference d = a.differenceToBase();
            if (d != null) {
                json.name("differenceToBase").beginObject();
                json.name("mean").value(d.mean());
                json.name("ciLow").value(d.ciLow());
                json.name("ciHigh").value(d.ciHigh());
                json.name("unpairedHalfWidth").value(d.unpairedHalfWidth());
                json.name("pairs").value(d.pairs());
                json.endObject();
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
        return json.endObject().toString();
    }

    private static Json body(Comparison c) {
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
        return json;
    }
}
