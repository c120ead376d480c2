package org.nines.analysis.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The random draws of one stream: uniform, standard exponential and standard normal (Commons RNG ziggurat samplers,
 * McFarland 2016), and samples of a {@link Law}. One instance per model element and simulator, over the element's
 * {@link KeyedStream}; not thread-safe.
 */
final class Sampling {
    private final UniformRandomProvider rng;
    private final ZigguratSampler.Exponential exponential;
    private final ZigguratSampler.NormalizedGaussian gaussian;

    Sampling(UniformRandomProvider rng) {
        this.rng = rng;
        this.exponential = ZigguratSampler.Exponential.of(rng);
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return rng.nextDouble();
    }

    /** Standard exponential (mean 1). */
    double exponential() {
        return exponential.sample();
    }

    /** A time drawn from the law, hours. */
    double sample(Law law) {
        return switch (law.kind()) {
            case EXPONENTIAL -> law.a() * exponential.sample();
            case WEIBULL -> law.c() + law.a() * (law.b() == 1 ? exponential.sample() : Math.pow(exponential.sample(), law.b()));
            case LOGNORMAL -> Math.exp(law.a() + law.b() * gaussian.sample());
            case NORMAL -> {
                double x;
                do {
                    x = law.a() + law.b() * gaussian.sample();
                } while (x < 0);
                yield x;
            }
            case UNIFORM -> law.a() + law.b() * rng.nextDouble();
            case FIXED -> law.a();
            case NEVER -> Double.POSITIVE_INFINITY;
        };
    }
}
