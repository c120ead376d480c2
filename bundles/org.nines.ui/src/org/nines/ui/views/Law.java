package org.nines.ui.views;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A law of the Properties view's law combos ({@link FailureLaw}, {@link RepairLaw}): its label and the EMF class of
 * the models it creates, plus the rules both kinds share for finding a law and a model's mean time (hours).
 */
interface Law {
    /** The text of the law in the combo. */
    String label();

    /** The EMF class of the models of this law. */
    EClass eClass();

    /**
     * @param kind "failure" or "repair", for the error message
     * @return the law among {@code laws} whose class {@code model} is an instance of; null for a null model
     * @throws IllegalArgumentException if no law fits the model
     */
    static <L extends Law> L of(L[] laws, EObject model, String kind) {
        if (model == null) {
            return null;
        }
        for (L law : laws) {
            if (law.eClass().isInstance(model)) {
                return law;
            }
        }
        throw new IllegalArgumentException("Unknown " + kind + " model " + model.eClass().getName());
    }

    /** @return {@code hours} if it is a positive finite mean time, else {@link Double#NaN} */
    static double validMean(double hours) {
        return hours > 0 && Double.isFinite(hours) ? hours : Double.NaN;
    }

    /** @return {@code hours}, or {@code fallbackHours} when it is {@link Double#NaN} (no mean) */
    static double meanOr(double hours, double fallbackHours) {
        return Double.isNaN(hours) ? fallbackHours : hours;
    }
}
