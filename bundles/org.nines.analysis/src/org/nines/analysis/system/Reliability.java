package org.nines.analysis.system;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Gamma;

/**
 * Time-to-failure and time-to-repair laws as the exact engine needs them: means, distribution functions and densities.
 * Times in hours. Sealed: every law the model offers, nothing else.
 */
public sealed interface Reliability {
    /** Mean time, hours. */
    double mean();

    /** Probability of having failed by time t (hours): F(t). */
    double cdf(double t);

    /** Density f(t) per hour. */
    double density(double t);

    /** Exponential law with the given mean (MTBF or MTTR), hours. */
    record Exponential(double meanHours) implements Reliability {
        @Override
        public double mean() {
            return meanHours;
        }

        @Override
        public double cdf(double t) {
            return t <= 0 ? 0 : -Math.expm1(-t / meanHours);
        }

        @Override
        public double density(double t) {
            return t < 0 ? 0 : Math.exp(-t / meanHours) / meanHours;
        }
    }

    /** Weibull law F(t) = 1 - exp(-((t - location)/scale)^shape). */
    record Weibull(double shape, double scaleHours, double locationHours) implements Reliability {
        @Override
        public double mean() {
            return locationHours + scaleHours * Gamma.value(1 + 1 / shape);
        }

        @Override
        public double cdf(double t) {
            double x = (t - locationHours) / scaleHours;
            return x <= 0 ? 0 : -Math.expm1(-Math.pow(x, shape));
        }

        @Override
        public double density(double t) {
            double x = (t - locationHours) / scaleHours;
            if (x <= 0) {
                return shape < 1 && x == 0 ? Double.POSITIVE_INFINITY : 0;
            }
            return shape / scaleHours * Math.pow(x, shape - 1) * Math.exp(-Math.pow(x, shape));
        }
    }

    /** Lognormal law given by its mean (hours) and the standard deviation sigma of ln(t). */
    record Lognormal(double meanHours, double sigma) implements Reliability {
        /** Mean of ln(t): mu = ln(mean) - sigma^2 / 2. */
        public double mu() {
            return Math.log(meanHours) - sigma * sigma / 2;
        }

        @Override
        public double mean() {
            return meanHours;
        }

        @Override
        public double cdf(double t) {
            return t <= 0 ? 0 : 0.5 * Erfc.value(-(Math.log(t) - mu()) / (sigma * Math.sqrt(2)));
        }

        @Override
        public double density(double t) {
            if (t <= 0) {
                return 0;
            }
            double z = (Math.log(t) - mu()) / sigma;
            return Math.exp(-z * z / 2) / (t * sigma * Math.sqrt(2 * Math.PI));
        }
    }

    /** Normal law with mean mu and standard deviation sigma (hours), truncated at 0 (no negative times). */
    record TruncatedNormal(double muHours, double sigmaHours) implements Reliability {
        private static double phi(double z) {
            return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        }

        private static double bigPhi(double z) {
            return 0.5 * Erfc.value(-z / Math.sqrt(2));
        }

        /** Probability mass of the untruncated law above 0. */
        private double kept() {
            return 1 - bigPhi(-muHours / sigmaHours);
        }

        @Override
        public double mean() {
            return muHours + sigmaHours * phi(-muHours / sigmaHours) / kept();
        }

        @Override
        public double cdf(double t) {
            return t <= 0 ? 0 : (bigPhi((t - muHours) / sigmaHours) - bigPhi(-muHours / sigmaHours)) / kept();
        }

        @Override
        public double density(double t) {
            return t < 0 ? 0 : phi((t - muHours) / sigmaHours) / sigmaHours / kept();
        }
    }

    /** Uniform law between two bounds, hours. */
    record Uniform(double minHours, double maxHours) implements Reliability {
        @Override
        public double mean() {
            return (minHours + maxHours) / 2;
        }

        @Override
        public double cdf(double t) {
            return t <= minHours ? 0 : t >= maxHours ? 1 : (t - minHours) / (maxHours - minHours);
        }

        @Override
        public double density(double t) {
            return t < minHours || t > maxHours ? 0 : 1 / (maxHours - minHours);
        }
    }

    /** Always the same time (fixed repair time), hours. */
    record Fixed(double hours) implements Reliability {
        @Override
        public double mean() {
            return hours;
        }

        @Override
        public double cdf(double t) {
            return t >= hours ? 1 : 0;
        }

        @Override
        public double density(double t) {
            return 0;
        }
    }
}
