package org.nines.ui.views;

import java.util.Locale;

import org.nines.model.Component;
import org.nines.model.ExponentialFailure;
import org.nines.model.FailureModel;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.LognormalFailure;
import org.nines.model.NormalFailure;
import org.nines.model.UniformFailure;
import org.nines.model.WeibullFailure;
import org.nines.model.NinesPackage.Literals;

/** The Failure tab: the component's failure law and its parameters (hours, shape, probability). */
final class FailureTab {
    private FailureTab() {
    }

    static void fill(PropertyForm form, Component c) {
        double mission = LawChoice.missionHours(c);
        LawChoice.add(form, "properties.failure.law", "Failure law", FailureLaw.values(), () -> FailureLaw.of(c.getFailure()),
                c, Literals.COMPONENT__FAILURE, law -> law.createFrom(c.getFailure(), mission));
        FailureModel failure = c.getFailure();
        switch (failure) {
            case null -> form.note("No failure model: choose a law to give the component one (analysis needs it).");
            case ExponentialFailure e -> form.text("properties.failure.mtbf", "MTBF", e, Literals.EXPONENTIAL_FAILURE__MTBF_HOURS, "h");
            case WeibullFailure w -> {
                form.text("properties.failure.shape", "Shape \u03B2", w, Literals.WEIBULL_FAILURE__SHAPE, "<1 early, >1 wear-out");
                form.text("properties.failure.scale", "Scale \u03B7", w, Literals.WEIBULL_FAILURE__SCALE_HOURS, "h");
                form.text("properties.failure.location", "Location \u03B3", w, Literals.WEIBULL_FAILURE__LOCATION_HOURS, "h");
            }
            case LognormalFailure l -> {
                form.text("properties.failure.mean", "Mean time to failure", l, Literals.LOGNORMAL_FAILURE__MEAN_HOURS, "h");
                form.text("properties.failure.sigma", "\u03C3 of ln(time)", l, Literals.LOGNORMAL_FAILURE__SIGMA, "");
            }
            case NormalFailure n -> {
                form.text("properties.failure.mean", "Mean", n, Literals.NORMAL_FAILURE__MEAN_HOURS, "h");
                form.text("properties.failure.sd", "Standard deviation", n, Literals.NORMAL_FAILURE__SD_HOURS, "h");
            }
            case UniformFailure u -> {
                form.text("properties.failure.min", "Lower bound", u, Literals.UNIFORM_FAILURE__MIN_HOURS, "h");
                form.text("properties.failure.max", "Upper bound", u, Literals.UNIFORM_FAILURE__MAX_HOURS, "h");
            }
            case FixedProbabilityFailure f -> form.text("properties.failure.probability", "Probability failed", f,
                    Literals.FIXED_PROBABILITY_FAILURE__PROBABILITY, "0 to 1");
            default -> form.note("Unknown failure model " + failure.eClass().getName() + ".");
        }
        if (failure != null && !(failure instanceof ExponentialFailure) && !(failure instanceof FixedProbabilityFailure)) {
            form.derived("properties.failure.meanTime", "Mean time to failure", () -> hours(FailureLaw.meanHours(c.getFailure())));
        }
    }

    /** "4380 h (0.50 years)"; a dash when there is no mean. */
    static String hours(double hours) {
        return Double.isNaN(hours) ? "\u2013" : ValueRule.format(Math.round(hours * 100) / 100.0) + " h  ("
                + String.format(Locale.ROOT, "%.2f", hours / 8760) + " years)";
    }
}
