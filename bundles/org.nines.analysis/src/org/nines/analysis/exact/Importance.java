package org.nines.analysis.exact;

/**
 * Importance measures of one basic event (variable) for the top event T, all exact.
 *
 * <p>With {@code p} the event's probability, {@code P = P(T)}, {@code P1 = P(T | x = 1)} and
 * {@code P0 = P(T | x = 0)} (so {@code P = p P1 + (1 - p) P0} because P is multilinear):
 * <ul>
 * <li>{@code birnbaum = P1 - P0 = dP/dp} — SCRAM's MIF (marginal importance factor);</li>
 * <li>{@code criticality = birnbaum * p / P} — SCRAM's CIF (critical importance factor);</li>
 * <li>{@code fussellVesely = (P - P0) / P}; for exact probabilities this equals the criticality (it is not the
 * cut-set-based Fussell-Vesely approximation; SCRAM does not report it separately);</li>
 * <li>{@code raw = P1 / P} — risk achievement worth, SCRAM's RAW;</li>
 * <li>{@code rrw = P / P0} — risk reduction worth, SCRAM's RRW; {@code +Infinity} when {@code P0 = 0};</li>
 * <li>{@code dif = p * P1 / P = P(x = 1 | T)} — diagnosis importance factor, SCRAM's DIF.</li>
 * </ul>
 * Degenerate ratios: when {@code P = 0}, criticality, Fussell-Vesely and DIF are 0 and RAW is
 * {@code +Infinity} if {@code P1 > 0}, else 1; a ratio 0/0 of RAW or RRW is 1 (the event changes nothing).
 *
 * @param name basic event name
 * @param probability the event's probability {@code p}
 * @param birnbaum Birnbaum (marginal) importance
 * @param criticality critical importance
 * @param fussellVesely Fussell-Vesely importance (exact form)
 * @param raw risk achievement worth
 * @param rrw risk reduction worth
 * @param dif diagnosis importance
 */
public record Importance(String name, double probability, double birnbaum, double criticality,
        double fussellVesely, double raw, double rrw, double dif) {

    /** Computes all measures from P(T), p and the Birnbaum importance. */
    static Importance of(String name, double p, double top, double birnbaum) {
        double p1 = clamp(top + (1.0 - p) * birnbaum);
        double p0 = clamp(top - p * birnbaum);
        double crit = top > 0.0 ? birnbaum * p / top : 0.0;
        double raw = ratio(p1, top);
        double rrw = ratio(top, p0);
        double dif = top > 0.0 ? p * p1 / top : 0.0;
        return new Importance(name, p, birnbaum, crit, crit, raw, rrw, dif);
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }

    private static double ratio(double a, double b) {
        if (b > 0.0) {
            return a / b;
        }
        return a > 0.0 ? Double.POSITIVE_INFINITY : 1.0;
    }
}
