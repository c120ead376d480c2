package org.nines.analysis.scenario;

import java.util.List;

/**
 * Immutable side-by-side comparison of the base design and its what-if scenarios, base first, then the scenarios in
 * model order.
 *
 * @param downtimeCostPerHour the model's cost of one hour of service downtime
 */
public record Comparison(String modelName, String currency, double downtimeCostPerHour, List<Alternative> alternatives) {
    public Comparison {
        alternatives = List.copyOf(alternatives);
    }

    /** @return the base row */
    public Alternative base() {
        return alternatives.get(0);
    }

    /** @return the row with the given id ({@code base} or a scenario id) */
    public Alternative get(String id) {
        return alternatives.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alternative " + id));
    }
}
