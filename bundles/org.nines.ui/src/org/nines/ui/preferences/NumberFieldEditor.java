package org.nines.ui.preferences;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field for a number with a lower bound: whole numbers (stored as long) or decimals (stored as double). The
 * page shows the error message and refuses OK while the text is not such a number.
 */
final class NumberFieldEditor extends StringFieldEditor {
    private final boolean whole;
    private final double min;
    private final boolean minExclusive;

    /**
     * @param whole        true for whole numbers, false for decimals
     * @param min          lowest accepted value ({@code -Infinity} for none)
     * @param minExclusive whether {@code min} itself is refused
     * @param rule         the rule in words, for the error message (e.g. "at least 1")
     */
    NumberFieldEditor(String key, String label, Composite parent, boolean whole, double min, boolean minExclusive, String rule) {
        super(key, label, 14, parent);
        this.whole = whole;
        this.min = min;
        this.minExclusive = minExclusive;
        setErrorMessage(label.replace("&", "").replaceFirst(":$", "") + " must be " + (whole ? "a whole number " : "a number ")
                + rule + ".");
        setEmptyStringAllowed(false);
    }

    @Override
    protected boolean doCheckState() {
        return accepts(getStringValue());
    }

    /** Whether the text is a number of the right kind within the bound. */
    boolean accepts(String text) {
        return accepts(text, whole, min, minExclusive);
    }

    static boolean accepts(String text, boolean whole, double min, boolean minExclusive) {
        double value;
        try {
            value = whole ? Long.parseLong(text.strip()) : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        return Double.isFinite(value) && (minExclusive ? value > min : value >= min);
    }
}
