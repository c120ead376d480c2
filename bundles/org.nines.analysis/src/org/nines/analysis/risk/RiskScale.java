package org.nines.analysis.risk;

import java.util.List;

import org.nines.model.SystemModel;

/**
 * The five-level likelihood and impact scales of the risk matrix. Each scale is given by four ascending upper bounds
 * of levels 1 to 4 (a value equal to a bound belongs to the lower level); level 5 lies above the last bound.
 *
 * <p>Likelihood is measured in events per year (defaults 0.01, 0.1, 1, 10: once a century or rarer, once a decade,
 * once a year, ten times a year, more). Impact is measured as the model attribute {@code impactThresholds} defines it:
 * hours of expected service downtime per year caused by the risk (likelihood x outage hours x probability that the
 * service is down while the affected elements are; defaults 0.1, 1, 8, 24 h/yr).
 */
public record RiskScale(List<Double> likelihoodBounds, List<Double> impactBounds) {
    public static final List<Double> DEFAULT_LIKELIHOOD = List.of(0.01, 0.1, 1.0, 10.0);
    public static final List<Double> DEFAULT_IMPACT = List.of(0.1, 1.0, 8.0, 24.0);

    public RiskScale {
        likelihoodBounds = check("likelihood thresholds", likelihoodBounds);
        impactBounds = check("impact thresholds", impactBounds);
    }

    /** The scales of a model: its thresholds, or the defaults where a list is empty. */
    public static RiskScale of(SystemModel model) {
        List<Double> l = model.getLikelihoodThresholds();
        List<Double> i = model.getImpactThresholds();
        return new RiskScale(l.isEmpty() ? DEFAULT_LIKELIHOOD : l, i.isEmpty() ? DEFAULT_IMPACT : i);
    }

    public static RiskScale defaults() {
        return new RiskScale(DEFAULT_LIKELIHOOD, DEFAULT_IMPACT);
    }

    /** @return the likelihood level 1..5 of a frequency in events per year */
    public int likelihoodLevel(double perYear) {
        return level(likelihoodBounds, perYear);
    }

    /** @return the impact level 1..5 of an expected service downtime in hours per year */
    public int impactLevel(double downtimeHoursPerYear) {
        return level(impactBounds, downtimeHoursPerYear);
    }

    private static int level(List<Double> bounds, double value) {
        int level = 1;
        for (double b : bounds) {
            if (value > b) {
                level++;
            }
        }
        return level;
    }

    private static List<Double> check(String what, List<Double> bounds) {
        if (bounds.size() != 4) {
            throw new IllegalArgumentException(what + " need 4 ascending values (upper bounds of levels 1-4), got "
                    + bounds.size());
        }
        for (int i = 0; i < 4; i++) {
            double b = bounds.get(i);
            if (!(b >= 0) || !Double.isFinite(b) || i > 0 && !(b > bounds.get(i - 1))) {
                throw new IllegalArgumentException(what + " must be finite, >= 0 and strictly ascending: " + bounds);
            }
        }
        return List.copyOf(bounds);
    }
}
