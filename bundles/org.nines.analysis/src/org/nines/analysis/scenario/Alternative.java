package org.nines.analysis.scenario;

/**
 * One row of a what-if comparison: the base design or one scenario, with its exact availability figures and costs.
 * Money in the model currency, "per year" = per analysis period of the model (8,760 h by default).
 *
 * @param id                     scenario id, or {@code base}
 * @param base                   whether this is the base design
 * @param availability           exact steady-state availability of the alternative
 * @param downtimeHoursPerYear   expected service downtime per year, hours
 * @param outagesPerYear         expected service outages per year
 * @param capex                  purchase cost: every component of the model plus the scenario's extra CAPEX
 * @param opexPerYear            running cost per year: every component plus the scenario's extra OPEX
 * @param costOfOwnershipPerYear annualised cost of ownership: sum of CAPEX / service life + OPEX per year (the
 *                               scenario's extra CAPEX over {@link ScenarioComparison.Options#extraCapexLifeYears()})
 * @param downtimeCostPerYear    downtime per year x the model's downtime cost per hour
 * @param totalCostPerYear       cost of ownership + downtime cost, per year
 * @param paybackYears           years until the extra CAPEX against the base is paid back by the yearly saving in
 *                               OPEX plus downtime cost: 0 when it costs no more CAPEX and saves (or costs nothing) per
 *                               year, infinite when it never pays back; NaN for the base itself
 * @param paretoEfficient        true when no other alternative has both a cost of ownership that is not higher and an
 *                               availability that is not lower, one of them strictly
 */
public record Alternative(String id, String name, boolean base, double availability, double unavailability,
        double downtimeHoursPerYear, double outagesPerYear, double capex, double opexPerYear,
        double costOfOwnershipPerYear, double downtimeCostPerYear, double totalCostPerYear, double paybackYears,
        boolean paretoEfficient) {

    /** @return a copy with the given payback time and Pareto flag */
    Alternative with(double payback, boolean efficient) {
        return new Alternative(id, name, base, availability, unavailability, downtimeHoursPerYear, outagesPerYear, capex,
                opexPerYear, costOfOwnershipPerYear, downtimeCostPerYear, totalCostPerYear, payback, efficient);
    }
}
