package org.nines.ui.views;

import org.eclipse.emf.ecore.EClass;
import org.nines.model.ExponentialRepair;
import org.nines.model.FixedRepair;
import org.nines.model.LognormalRepair;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage.Literals;
import org.nines.model.NormalRepair;
import org.nines.model.RepairModel;
import org.nines.model.UniformRepair;

/**
 * The repair laws a component can have, as offered by the Properties view's law combo. Switching law creates a new
 * repair model with the same mean time to repair (hours) as the old one.
 */
public enum RepairLaw implements Law {
    EXPONENTIAL("Exponential (MTTR)", Literals.EXPONENTIAL_REPAIR),
    LOGNORMAL("Lognormal", Literals.LOGNORMAL_REPAIR),
    NORMAL("Normal", Literals.NORMAL_REPAIR),
    UNIFORM("Uniform", Literals.UNIFORM_REPAIR),
    FIXED("Fixed time", Literals.FIXED_REPAIR),
    NON_REPAIRABLE("Non-repairable", Literals.NON_REPAIRABLE);

    /** Mean time to repair assumed when the old model has none (missing or non-repairable), hours. */
    public static final double DEFAULT_MEAN_HOURS = 8;
    private final String label;
    private final EClass eClass;

    RepairLaw(String label, EClass eClass) {
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

    /** @return the law of a repair model; null for null (no repair model yet) */
    public static RepairLaw of(RepairModel model) {
        return Law.of(values(), model, "repair");
    }

    /** @return the mean time to repair in hours, or {@link Double#NaN} when there is none or it is not valid */
    public static double meanHours(RepairModel model) {
        return Law.validMean(switch (model) {
            case null -> Double.NaN;
            case ExponentialRepair e -> e.getMttrHours();
            case LognormalRepair l -> l.getMeanHours();
            case NormalRepair n -> n.getMeanHours();
            case UniformRepair u -> (u.getMinHours() + u.getMaxHours()) / 2;
            case FixedRepair f -> f.getHours();
            default -> Double.NaN;
        });
    }

    /** Creates a repair model of this law with the old model's mean, or {@link #DEFAULT_MEAN_HOURS} if it has none. */
    public RepairModel createFrom(RepairModel old) {
        double mean = Law.meanOr(meanHours(old), DEFAULT_MEAN_HOURS);
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
