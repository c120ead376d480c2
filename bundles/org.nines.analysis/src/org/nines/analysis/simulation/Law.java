package org.nines.analysis.simulation;

import org.nines.analysis.system.Reliability;

/**
 * A time law (time to failure or time to repair) in the compact form the simulation samples from. Times in hours.
 *
 * <p>Sampling (in {@link Sampling}) uses one standard exponential draw E (Commons RNG's ziggurat sampler), one
 * standard normal draw Z or one uniform draw U: exponential {@code mean·E}; Weibull {@code location + scale·E^(1/shape)}
 * (inverse transform, so a Weibull law of shape 1 and scale m draws exactly the same times as an exponential law of
 * mean m from the same stream); lognormal {@code exp(mu + sigma·Z)} with {@code mu = ln(mean) - sigma²/2}; normal
 * truncated at 0 by rejection of negative draws (at most half are rejected, since the mean is positive); uniform
 * {@code min + (max-min)·U}; fixed: always the same time; never: +∞.
 *
 * @param kind which law
 * @param a    exponential: mean; Weibull: scale; lognormal: mu; normal: mean; uniform: min; fixed: hours
 * @param b    Weibull: 1/shape; lognormal: sigma; normal: standard deviation; uniform: max - min; else 0
 * @param c    Weibull: location; else 0
 * @param mean mean of the law, hours (+∞ for {@link Kind#NEVER})
 */
public record Law(Kind kind, double a, double b, double c, double mean) {

    /** The families of laws. */
    public enum Kind {
        EXPONENTIAL, WEIBULL, LOGNORMAL, NORMAL, UNIFORM, FIXED, NEVER
    }

    /** A law that never ends (a component that never fails). */
    public static final Law NEVER = new Law(Kind.NEVER, 0, 0, 0, Double.POSITIVE_INFINITY);

    /** Exponential law of the given mean, hours (&gt; 0). */
    public static Law exponential(double meanHours) {
        positive(meanHours, "exponential mean");
        return new Law(Kind.EXPONENTIAL, meanHours, 0, 0, meanHours);
    }

    /** Weibull law F(t) = 1 - exp(-((t - location)/scale)^shape). */
    public static Law weibull(double shape, double scaleHours, double locationHours) {
        positive(shape, "Weibull shape");
        positive(scaleHours, "Weibull scale");
        return new Law(Kind.WEIBULL, scaleHours, 1 / shape, locationHours,
                new Reliability.Weibull(shape, scaleHours, locationHours).mean());
    }

    /** Lognormal law given by its mean (hours) and the standard deviation sigma of ln(t). */
    public static Law lognormal(double meanHours, double sigma) {
        positive(meanHours, "lognormal mean");
        positive(sigma, "lognormal sigma");
        return new Law(Kind.LOGNORMAL, Math.log(meanHours) - sigma * sigma / 2, sigma, 0, meanHours);
    }

    /** Normal law of mean mu and standard deviation sd (hours), truncated at 0. */
    public static Law truncatedNormal(double muHours, double sdHours) {
        positive(muHours, "normal mean");
        positive(sdHours, "normal standard deviation");
        return new Law(Kind.NORMAL, muHours, sdHours, 0, new Reliability.TruncatedNormal(muHours, sdHours).mean());
    }

    /** Uniform law between two bounds, hours (0 &lt;= min &lt;= max; min = max is a fixed time). */
    public static Law uniform(double minHours, double maxHours) {
        if (!(minHours >= 0 && maxHours >= minHours && Double.isFinite(maxHours))) {
            throw new IllegalArgumentException("uniform law needs 0 <= min <= max, got " + minHours + " and " + maxHours);
        }
        return new Law(Kind.UNIFORM, minHours, maxHours - minHours, 0, (minHours + maxHours) / 2);
    }

    /** Always the same time, hours (&gt;= 0). */
    public static Law fixed(double hours) {
        if (!(hours >= 0 && Double.isFinite(hours))) {
            throw new IllegalArgumentException("fixed time must be >= 0 hours, got " + hours);
        }
        return new Law(Kind.FIXED, hours, 0, 0, hours);
    }

    private static void positive(double value, String what) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be > 0, got " + value);
        }
    }
}
