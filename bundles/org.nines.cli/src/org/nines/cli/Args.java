package org.nines.cli;

import java.util.List;

/** Parsing of option values shared by the commands; wrong values are usage errors naming the option. */
final class Args {
    private Args() {
    }

    /** The value after an option at index {@code i}. */
    static String value(List<String> arguments, int i, String option) {
        if (i >= arguments.size()) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(i);
    }

    /** A finite number &gt; 0. */
    static double positive(String option, String text) {
        try {
            double v = Double.parseDouble(text);
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive number, got '" + text + "'");
    }

    /** A whole number &ge; min; '_' and ',' separators are allowed. */
    static long wholeNumber(String option, String text, long min) {
        try {
            long v = Long.parseLong(text.replace("_", "").replace(",", ""));
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a whole number" + (min > 0 ? " >= " + min : "") + ", got '" + text + "'");
    }
}
