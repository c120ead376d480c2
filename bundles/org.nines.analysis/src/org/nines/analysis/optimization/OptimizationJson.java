package org.nines.analysis.optimization;

import org.nines.analysis.system.Json;

/** The JSON form of an {@link OptimizationResult}, as {@code nines optimize --json} prints it. */
public final class OptimizationJson {
    private OptimizationJson() {
    }

    public static String of(OptimizationResult r) {
        Json json = new Json().beginObject();
        json.name("goal");
        json.beginObject();
        switch (r.goal()) {
            case OptimizationGoal.TargetAvailability t -> json.name("targetAvailability").value(t.availability());
            case OptimizationGoal.Budget b -> json.name("budget").value(b.budget());
            case OptimizationGoal.ParetoFront p -> json.name("paretoFront").value(true);
        }
        json.endObject();
        json.name("costBasis").value(r.costBasis().name());
        json.name("exact").value(r.exact());
        json.name("method").value(r.method());
        json.name("availabilityBound").value(r.availabilityBound());
        json.name("designsEvaluated").value(r.designsEvaluated());
        json.name("best");
        if (r.best() == null) {
            json.nullValue();
        } else {
            design(json, r.best());
        }
        json.name("paretoFront").beginArray();
        r.paretoFront().forEach(d -> design(json, d));
        json.endArray();
        return json.endObject().toString();
    }

    private static void design(Json json, Design d) {
        json.beginObject();
        json.name("availability").value(d.availability());
        json.name("downtimeHoursPerYear").value(d.downtimeHoursPerYear());
        json.name("cost").value(d.cost());
        json.name("weightKg").value(d.weightKg());
        json.name("rackUnits").value(d.rackUnits());
        json.name("powerWatts").value(d.powerWatts());
        json.name("choices").beginArray();
        for (DesignChoice c : d.choices()) {
            json.beginObject();
            json.name("subsystem").value(c.subsystemId());
            json.name("option").value(c.optionId());
            json.name("component").value(c.componentId());
            json.name("units").value(c.units());
            json.name("required").value(c.required());
            json.name("mode").value(c.mode());
            json.name("availability").value(c.availability());
            json.name("cost").value(c.cost());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
}
