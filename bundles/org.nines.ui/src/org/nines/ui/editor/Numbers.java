package org.nines.ui.editor;

import java.util.Locale;

/** Parses numbers typed into table cells ("50,000", "4 h", "0.5/yr" are fine) and refuses the ones out of range. */
final class Numbers {
    private Numbers() {
    }

    /** @return the finite number in the text, unit and thousands separators ignored; NaN when there is none */
    static double parse(String text) {
        String clean = text == null ? "" : text.replace(",", "").replace("_", "").replaceAll("(?i)\\s*(h|hours|/yr)$", "").strip();
        try {
            double value = Double.parseDouble(clean);
            return Double.isInfinite(value) ? Double.NaN : value;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** @throws IllegalArgumentException "&lt;what&gt; must be a number &gt; 0, got '…'" unless the text is one */
    static double positive(String what, String text) {
        double value = parse(text);
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " must be a number > 0, got '" + text + "'");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless the text is a number &gt;= 0 */
    static double nonNegative(String what, String text) {
        double value = parse(text);
        if (!(value >= 0)) {
            throw new IllegalArgumentException(what + " must be a number >= 0, got '" + text + "'");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless the text is a number in [0, 1] */
    static double probability(String what, String text) {
        double value = parse(text);
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be a number between 0 and 1, got '" + text + "'");
        }
        return value;
    }

    /** Residual figures: blank or negative means "same as before mitigation" (stored as -1). */
    static double residual(String what, String text) {
        if (text == null || text.isBlank() || text.strip().equals("-") || text.strip().equalsIgnoreCase("same")) {
            return -1;
        }
        double value = parse(text);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(what + " must be a number >= 0, or empty for 'same as before mitigation', got '" + text + "'");
        }
        return value < 0 ? -1 : value;
    }

    /** @return the value as a plain editable text (no separators), e.g. 50000 or 0.25 */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** @return an enum literal as words: NATURAL_DISASTER becomes "natural disaster" */
    static String words(Enum<?> literal) {
        return literal == null ? "" : literal.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
