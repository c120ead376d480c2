package org.nines.analysis.optimization;

/**
 * One candidate design of one optimisation subsystem: {@code units} units of a component type, {@code required} of
 * them needed, active or standby, with its availability and its resources.
 *
 * @param optionId      the design option's id, or {@code current} for the block's current design (one unit of its
 *                      component)
 * @param availability  steady-state availability of the subsystem alone (k-of-n formula for active units, the
 *                      standby Markov model for standby units)
 * @param cost          cost of all units on the optimisation's cost basis ({@link CostBasis}), model currency
 * @param weightKg      total weight of the units, kg
 * @param rackUnits     total rack units
 * @param powerWatts    total power draw, W
 */
public record DesignChoice(String subsystemId, String optionId, String componentId, int units, int required,
        String mode, double availability, double cost, double weightKg, double rackUnits, double powerWatts) {

    /** @return e.g. {@code 3 x web-server (2 of 3, ACTIVE)} */
    public String describe() {
        return units + " x " + componentId + " (" + required + " of " + units + ", " + mode + ")";
    }
}
