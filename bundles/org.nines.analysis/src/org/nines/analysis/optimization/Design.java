package org.nines.analysis.optimization;

import java.util.List;

/**
 * A complete design: one choice per optimisation subsystem (in model order), with the exact availability of the
 * whole service and the totals of the optimised units (the rest of the system is not counted: it is the same in
 * every design).
 */
public record Design(List<DesignChoice> choices, double availability, double cost, double weightKg, double rackUnits,
        double powerWatts) {
    public Design {
        choices = List.copyOf(choices);
    }

    /** @return expected service downtime per year of 8,760 h */
    public double downtimeHoursPerYear() {
        return org.nines.analysis.Availability.downtimeHours(1 - availability, org.nines.analysis.Availability.HOURS_PER_YEAR);
    }
}
