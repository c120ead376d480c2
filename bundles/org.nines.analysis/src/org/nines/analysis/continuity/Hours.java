package org.nines.analysis.continuity;

import java.util.Locale;

/** Formats durations for messages: "15 min" below one hour, "4 h" or "2.5 h" above, "never" when infinite. */
public final class Hours {
    private Hours() {
    }

    public static String format(double hours) {
        if (Double.isNaN(hours)) {
            return "-";
        }
        if (Double.isInfinite(hours)) {
            return "never";
        }
        if (hours < 1) {
            return trim(hours * 60) + " min";
        }
        return trim(hours) + " h";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e")) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
