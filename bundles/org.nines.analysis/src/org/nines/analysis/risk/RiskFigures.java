package org.nines.analysis.risk;

/**
 * The computed figures of a risk, inherent (before mitigation) or residual (after).
 *
 * @param likelihoodPerYear      expected occurrences per year
 * @param outageHours            how long the affected elements stay down per occurrence, hours
 * @param serviceDownProbability probability that the service is down while the affected elements are down (exact,
 *                               from the structure function conditioned on them)
 * @param downtimeHoursPerYear   expected service downtime per year caused by the risk: likelihood x outage x
 *                               that probability
 * @param lossPerYear            that downtime x the model's downtime cost per hour, in the model currency
 * @param likelihoodLevel        level 1..5 on the likelihood scale
 * @param impactLevel            level 1..5 on the impact scale (expected downtime per year)
 */
public record RiskFigures(double likelihoodPerYear, double outageHours, double serviceDownProbability,
        double downtimeHoursPerYear, double lossPerYear, int likelihoodLevel, int impactLevel) {

    static RiskFigures of(double likelihood, double outage, double probability, double costPerHour, RiskScale scale) {
        double downtime = likelihood * outage * probability;
        return new RiskFigures(likelihood, outage, probability, downtime, downtime * costPerHour,
                scale.likelihoodLevel(likelihood), scale.impactLevel(downtime));
    }

    /** @return the risk-matrix cell as "likelihood x impact", e.g. {@code 3x4} */
    public String matrixCell() {
        return likelihoodLevel + "x" + impactLevel;
    }
}
