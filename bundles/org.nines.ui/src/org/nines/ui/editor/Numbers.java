package org.nines.ui.editor;

import java.util.Locale;

/** Parses numbers typed into table cells ("50,000", "4 h", "0.5/yr" are fine) and refuses the ones out of range. */
public final class Numbers {
    private Numbers() {
    }

    /** Digits grouped by commas in threes ("50,000", "1,234.5"): the only commas accepted ("1,5" is not 15). */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?([eE][-+]?\\d+)?");

    /**
     * @return the finite number in the text, unit and thousands separators ignored; NaN when there is none, and for a
     *         comma that is not a thousands separator (a decimal comma would otherwise silently multiply the value)
     */
    public static double parse(String text) {
        String clean = text == null ? "" : text.replace("_", "").replaceAll("(?i)\\s*(h|hours|/yr)$", "").strip();
        if (GROUPED.matcher(clean).matches()) {
            clean = clean.replace(",", "");
        }
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
