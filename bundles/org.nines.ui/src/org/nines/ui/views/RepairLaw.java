package org.nines.ui.views;

import org.nines.model.ExponentialRepair;
import org.nines.model.FixedRepair;
import org.nines.model.LognormalRepair;
import org.nines.model.NinesFactory;
import org.nines.model.NonRepairable;
import org.nines.model.NormalRepair;
import org.nines.model.RepairModel;
import org.nines.model.UniformRepair;

/**
 * The repair laws a component can have, as offered by the Properties view's law combo. Switching law creates a new
 * repair model with the same mean time to repair (hours) as the old one.
 */
public enum RepairLaw {
    EXPONENTIAL("Exponential (MTTR)"),
    LOGNORMAL("Lognormal"),
    NORMAL("Normal"),
    UNIFORM("Uniform"),
    FIXED("Fixed time"),
    NON_REPAIRABLE("Non-repairable");

    /** Mean time to repair assumed when the old model has none (missing or non-repairable), hours. */
    public static final double DEFAULT_MEAN_HOURS = 8;
    private final String label;

    RepairLaw(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return the law of a repair model; null for null (no repair model yet) */
    public static RepairLaw of(RepairModel model) {
        return switch (model) {
            case null -> null;
            case ExponentialRepair e -> EXPONENTIAL;
            case LognormalRepair l -> LOGNORMAL;
            case NormalRepair n -> NORMAL;
            case UniformRepair u -> UNIFORM;
            case FixedRepair f -> FIXED;
            case NonRepairable n -> NON_REPAIRABLE;
            default -> throw new IllegalArgumentException("Unknown repair model " + model.eClass().getName());
        };
    }

    /** @return the mean time to repair in hours, or {@link Double#NaN} when there is none or it is not valid */
    public static double meanHours(RepairModel model) {
        double mean = switch (model) {
            case null -> Double.NaN;
            case ExponentialRepair e -> e.getMttrHours();
            case LognormalRepair l -> l.getMeanHours();
            case NormalRepair n -> n.getMeanHours();
            case UniformRepair u -> (u.getMinHours() + u.getMaxHours()) / 2;
            case FixedRepair f -> f.getHours();
            default -> Double.NaN;
        };
        return mean > 0 && Double.isFinite(mean) ? mean : Double.NaN;
    }

    /** Creates a repair model of this law with the old model's mean, or {@link #DEFAULT_MEAN_HOURS} if it has none. */
    public RepairModel createFrom(RepairModel old) {
        double mean = meanHours(old);
        if (Double.isNaN(mean)) {
            mean = DEFAULT_MEAN_HOURS;
        }
        NinesFactory factory = NinesFactory.eINSTANCE;
        return switch (this) {
            case EXPONENTIAL -> {
                ExponentialRepair e = factory.createExponentialRepair();
                e.setMttrHours(mean);
                yield e;
            }
            case LOGNORMAL -> {
                LognormalRepair l = factory.createLognormalRepair();
                l.setMeanHours(mean);
                l.setSigma(0.5);
                yield l;
            }
            case NORMAL -> {
                NormalRepair n = factory.createNormalRepair();
                n.setMeanHours(mean);
                n.setSdHours(mean / 4);
                yield n;
            }
            case UNIFORM -> {
                UniformRepair u = factory.createUniformRepair();
                u.setMinHours(mean / 2);
                u.setMaxHours(1.5 * mean);
                yield u;
            }
            case FIXED -> {
                FixedRepair f = factory.createFixedRepair();
                f.setHours(mean);
                yield f;
            }
            case NON_REPAIRABLE -> factory.createNonRepairable();
        };
    }
}
