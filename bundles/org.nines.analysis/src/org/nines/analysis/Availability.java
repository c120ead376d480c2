package org.nines.analysis;

/**
 * Closed-form availability arithmetic shared by every engine. Times are in hours; rates per hour.
 * All methods are pure functions of their arguments.
 */
public final class Availability {
    /** Hours in a (non-leap) year: the default analysis period. */
    public static final double HOURS_PER_YEAR = 8760.0;

    private Availability() {
    }

    /**
     * Steady-state unavailability of a repairable component, {@code MTTR / (MTBF + MTTR)}.
     *
     * @param mtbfHours mean time between failures, hours, &gt; 0
     * @param mttrHours mean time to repair, hours, &ge; 0
     * @throws IllegalArgumentException if an argument is out of range or not finite
     */
    public static double steadyStateUnavailability(double mtbfHours, double mttrHours) {
        if (!(mtbfHours > 0) || Double.isInfinite(mtbfHours)) {
            throw new IllegalArgumentException("MTBF must be a positive number of hours, got " + mtbfHours);
        }
        if (!(mttrHours >= 0) || Double.isInfinite(mttrHours)) {
            throw new IllegalArgumentException("MTTR must be a non-negative number of hours, got " + mttrHours);
        }
        return mttrHours / (mtbfHours + mttrHours);
    }

    /**
     * Number of nines of an availability: {@code -log10(1 - A)}; 99.99 % gives 4.0.
     * Returns {@link Double#POSITIVE_INFINITY} for A = 1.
     */
    public static double nines(double availability) {
        if (!(availability >= 0 && availability <= 1)) {
            throw new IllegalArgumentException("availability must be in [0, 1], got " + availability);
        }
        return -Math.log10(1.0 - availability);
    }

    /** Expected downtime in hours per period for an unavailability, e.g. per year with {@link #HOURS_PER_YEAR}. */
    public static double downtimeHours(double unavailability, double periodHours) {
        return unavailability * periodHours;
    }
}
