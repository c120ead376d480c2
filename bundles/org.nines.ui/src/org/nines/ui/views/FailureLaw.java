package org.nines.ui.views;

import org.eclipse.emf.ecore.EClass;
import org.nines.analysis.system.Reliability;
import org.nines.model.ExponentialFailure;
import org.nines.model.FailureModel;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.LognormalFailure;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage.Literals;
import org.nines.model.NormalFailure;
import org.nines.model.UniformFailure;
import org.nines.model.WeibullFailure;

/**
 * The failure laws a component can have, as offered by the Properties view's law combo. Switching law creates a new
 * failure model with the same mean time to failure (hours) as the old one, so that a switch alone changes the
 * analysis as little as possible.
 */
public enum FailureLaw implements Law {
    EXPONENTIAL("Exponential (MTBF)", Literals.EXPONENTIAL_FAILURE),
    WEIBULL("Weibull", Literals.WEIBULL_FAILURE),
    LOGNORMAL("Lognormal", Literals.LOGNORMAL_FAILURE),
    NORMAL("Normal", Literals.NORMAL_FAILURE),
    UNIFORM("Uniform", Literals.UNIFORM_FAILURE),
    FIXED_PROBABILITY("Fixed probability", Literals.FIXED_PROBABILITY_FAILURE);

    /** Mean time to failure assumed when the old model has none (missing or fixed probability), hours. */
    public static final double DEFAULT_MEAN_HOURS = 10_000;
    private final String label;
    private final EClass eClass;

    FailureLaw(String label, EClass eClass) {
        this.label = label;
        this.eClass = eClass;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public EClass eClass() {
        return eClass;
    }

    /** @return the law of a failure model; null for null (no failure model yet) */
    public static FailureLaw of(FailureModel model) {
        return Law.of(values(), model, "failure");
    }

    /**
     * @return the mean time to failure of a model in hours, or {@link Double#NaN} when it has none (null model, fixed
     *         probability) or its parameters are not valid numbers
     */
    public static double meanHours(FailureModel model) {
        return Law.validMean(switch (model) {
            case null -> Double.NaN;
            case ExponentialFailure e -> e.getMtbfHours();
            case WeibullFailure w -> new Reliability.Weibull(w.getShape(), w.getScaleHours(), w.getLocationHours()).mean();
            case LognormalFailure l -> l.getMeanHours();
            case NormalFailure n -> n.getMeanHours();
            case UniformFailure u -> (u.getMinHours() + u.getMaxHours()) / 2;
            default -> Double.NaN;
        });
    }

    /**
     * Creates a failure model of this law from the old one: same mean where the law has one; otherwise
     * {@link #DEFAULT_MEAN_HOURS}. A fixed probability becomes the probability of failing within the mission time
     * under an exponential law with that mean.
     *
     * @param old              the current failure model (may be null)
     * @param missionTimeHours the model's mission time, hours (> 0)
     */
    public FailureModel createFrom(FailureModel old, double missionTimeHours) {
        double mean = Law.meanOr(meanHours(old), DEFAULT_MEAN_HOURS);
        NinesFactory factory = NinesFactory.eINSTANCE;
        return switch (this) {
            case EXPONENTIAL -> {
                ExponentialFailure e = factory.createExponentialFailure();
                e.setMtbfHours(mean);
                yield e;
            }
            case WEIBULL -> { // shape 1 is the exponential law: same mean, the user then sets the wear-out shape
                WeibullFailure w = factory.createWeibullFailure();
                w.setShape(1);
                w.setScaleHours(mean);
                w.setLocationHours(0);
                yield w;
            }
            case LOGNORMAL -> {
                LognormalFailure l = factory.createLognormalFailure();
                l.setMeanHours(mean);
                l.setSigma(1);
                yield l;
            }
            case NORMAL -> {
                NormalFailure n = factory.createNormalFailure();
                n.setMeanHours(mean);
                n.setSdHours(mean / 4);
                yield n;
            }
            case UNIFORM -> {
                UniformFailure u = factory.createUniformFailure();
                u.setMinHours(0);
                u.setMaxHours(2 * mean);
                yield u;
            }
            case FIXED_PROBABILITY -> {
                FixedProbabilityFailure f = factory.createFixedProbabilityFailure();
                double time = missionTimeHours > 0 ? missionTimeHours : 8760;
                f.setProbability(1 - Math.exp(-time / mean));
                yield f;
            }
        };
    }
}
