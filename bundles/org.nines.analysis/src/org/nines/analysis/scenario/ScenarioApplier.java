package org.nines.analysis.scenario;

import java.util.Objects;

import org.apache.commons.numbers.gamma.Gamma;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nines.model.Change;
import org.nines.model.CommonCauseChange;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.DiagramElement;
import org.nines.model.EnablementChange;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FailureModel;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.FixedRepair;
import org.nines.model.KofN;
import org.nines.model.KofNChange;
import org.nines.model.LognormalFailure;
import org.nines.model.LognormalRepair;
import org.nines.model.NinesFactory;
import org.nines.model.NonRepairable;
import org.nines.model.NormalFailure;
import org.nines.model.NormalRepair;
import org.nines.model.ParameterChange;
import org.nines.model.RepairModel;
import org.nines.model.Scenario;
import org.nines.model.StandbyChange;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.WeibullFailure;

/**
 * Applies a what-if {@link Scenario} to a copy of its base model. The base is never modified: the whole model is
 * copied with {@link EcoreUtil.Copier} and the scenario's changes, which refer to elements of the base, are applied in
 * order to the corresponding elements of the copy.
 *
 * <p>Parameter changes of a mean time ({@code MTBF_HOURS}, {@code MTTR_HOURS}) keep the component's law and its
 * shape and set its mean: exponential laws take the value as their mean; Weibull failure keeps shape and location and
 * rescales so that location + scale·Γ(1 + 1/shape) equals the value; lognormal keeps σ; normal sets the mean of the
 * untruncated law; uniform keeps its width and centres on the value (its lower bound is clamped at 0); a fixed repair
 * time takes the value. The exact engine only uses the mean of a repaired component's laws, so its result does not
 * depend on this choice; simulation sees the same law shape at the new mean. {@code MTTR_HOURS} on a non-repairable
 * component makes it repairable with an exponential repair of that mean. {@code FAILURE_PROBABILITY} replaces the
 * failure law by a fixed probability; the Weibull parameters need a Weibull failure law; MTBF of a fixed-probability
 * component is an error.
 */
public final class ScenarioApplier {
    private ScenarioApplier() {
    }

    /**
     * @param base     the base model (not modified)
     * @param scenario a scenario of {@code base} (its changes refer to elements of {@code base}); null = the base
     * @return an independent copy of {@code base} with the scenario's changes applied in order
     * @throws IllegalArgumentException naming the scenario and element when a change cannot be applied
     */
    public static SystemModel apply(SystemModel base, Scenario scenario) {
        Objects.requireNonNull(base, "base model");
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        SystemModel copy = (SystemModel) copier.copy(base);
        copier.copyReferences();
        if (scenario != null) {
            for (Change change : scenario.getChanges()) {
                try {
                    applyChange(change, copier);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("scenario " + scenario.getId() + ": " + e.getMessage(), e);
                }
            }
        }
        return copy;
    }

    private static void applyChange(Change change, EcoreUtil.Copier copier) {
        switch (change) {
            case ParameterChange p -> setParameter(target(copier, p.getComponent(), "parameter change", Component.class), p);
            case EnablementChange e -> target(copier, e.getElement(), "enablement change", DiagramElement.class).setEnabled(e.isEnabled());
            case KofNChange k -> target(copier, k.getNode(), "k-of-n change", KofN.class).setK(k.getK());
            case StandbyChange s -> {
                StandbyGroup group = target(copier, s.getGroup(), "standby change", StandbyGroup.class);
                group.setMode(s.getMode());
                group.setSwitchoverHours(s.getSwitchoverHours());
                group.setSwitchFailureProbability(s.getSwitchFailureProbability());
            }
            case CommonCauseChange c -> target(copier, c.getGroup(), "common-cause change", CommonCauseGroup.class).setBeta(c.getBeta());
            default -> throw new IllegalArgumentException("unknown change type " + change.eClass().getName());
        }
    }

    private static <T> T target(EcoreUtil.Copier copier, EObject original, String what, Class<T> type) {
        if (original == null) {
            throw new IllegalArgumentException(what + " has no target element");
        }
        EObject copied = copier.get(original);
        if (!type.isInstance(copied)) {
            throw new IllegalArgumentException(what + " refers to an element that is not in the base model");
        }
        return type.cast(copied);
    }

    private static void setParameter(Component c, ParameterChange change) {
        double v = change.getValue();
        switch (change.getParameter()) {
            case MTBF_HOURS -> setMeanTimeToFailure(c, positive(c, "MTBF", v));
            case MTTR_HOURS -> setMeanTimeToRepair(c, positive(c, "MTTR", v));
            case FAILURE_PROBABILITY -> {
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("component " + c.getId() + ": failure probability " + v + " not in [0, 1]");
                }
                FixedProbabilityFailure f = NinesFactory.eINSTANCE.createFixedProbabilityFailure();
                f.setProbability(v);
                c.setFailure(f);
            }
            case WEIBULL_SHAPE -> weibull(c).setShape(positive(c, "Weibull shape", v));
            case WEIBULL_SCALE_HOURS -> weibull(c).setScaleHours(positive(c, "Weibull scale", v));
            case CAPEX -> c.setCapex(v);
            case OPEX_PER_YEAR -> c.setOpexPerYear(v);
            case SERVICE_LIFE_YEARS -> c.setServiceLifeYears(positive(c, "service life", v));
        }
    }

    private static void setMeanTimeToFailure(Component c, double mean) {
        FailureModel failure = c.getFailure();
        switch (failure) {
            case ExponentialFailure e -> e.setMtbfHours(mean);
            case WeibullFailure w -> {
                double scale = (mean - w.getLocationHours()) / Gamma.value(1 + 1 / w.getShape());
                if (!(scale > 0)) {
                    throw new IllegalArgumentException("component " + c.getId() + ": MTBF " + mean
                            + " h is not above the Weibull location " + w.getLocationHours() + " h");
                }
                w.setScaleHours(scale);
            }
            case LognormalFailure l -> l.setMeanHours(mean);
            case NormalFailure n -> n.setMeanHours(mean);
            case UniformFailure u -> {
                double[] bounds = centred(u.getMinHours(), u.getMaxHours(), mean);
                u.setMinHours(bounds[0]);
                u.setMaxHours(bounds[1]);
            }
            case null -> throw new IllegalArgumentException("component " + c.getId() + " has no failure law");
            default -> throw new IllegalArgumentException("component " + c.getId()
                    + ": MTBF cannot be set on a " + failure.eClass().getName() + " (use FAILURE_PROBABILITY)");
        }
    }

    private static void setMeanTimeToRepair(Component c, double mean) {
        RepairModel repair = c.getRepair();
        switch (repair) {
            case ExponentialRepair e -> e.setMttrHours(mean);
            case LognormalRepair l -> l.setMeanHours(mean);
            case NormalRepair n -> n.setMeanHours(mean);
            case FixedRepair f -> f.setHours(mean);
            case UniformRepair u -> {
                double[] bounds = centred(u.getMinHours(), u.getMaxHours(), mean);
                u.setMinHours(bounds[0]);
                u.setMaxHours(bounds[1]);
            }
            case NonRepairable n -> {
                ExponentialRepair e = NinesFactory.eINSTANCE.createExponentialRepair();
                e.setMttrHours(mean);
                c.setRepair(e);
            }
            case null -> {
                ExponentialRepair e = NinesFactory.eINSTANCE.createExponentialRepair();
                e.setMttrHours(mean);
                c.setRepair(e);
            }
            default -> throw new IllegalArgumentException("component " + c.getId() + ": unknown repair law");
        }
    }

    /** Same width, centred on the mean; lower bound clamped at 0 (then the upper bound keeps the mean). */
    private static double[] centred(double min, double max, double mean) {
        double half = (max - min) / 2;
        double lo = Math.max(0, mean - half);
        return new double[] { lo, 2 * mean - lo };
    }

    private static WeibullFailure weibull(Component c) {
        if (c.getFailure() instanceof WeibullFailure w) {
            return w;
        }
        throw new IllegalArgumentException("component " + c.getId() + " has no Weibull failure law");
    }

    private static double positive(Component c, String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("component " + c.getId() + ": " + what + " must be > 0, got " + v);
        }
        return v;
    }
}
