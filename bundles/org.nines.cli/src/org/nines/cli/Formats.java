package org.nines.cli;

import java.util.Locale;

/** How the reports print availabilities, durations and money. */
final class Formats {
    private Formats() {
    }

    /** Availability in percent with as many decimals as its nines need (99.99 % has 4 nines: 6 decimals). */
    static String percent(double availability) {
        if (!Double.isFinite(availability)) {
            return "n/a";
        }
        int digits = (int) Math.max(2, Math.min(12, Math.ceil(-Math.log10(Math.max(1e-15, 1 - availability))) + 2));
        return String.format(Locale.ROOT, "%." + digits + "f %%", availability * 100);
    }

    /** Hours as minutes, hours, days or years, three significant digits. */
    static String duration(double hours) {
        if (Double.isNaN(hours)) {
            return "n/a";
        }
        if (!Double.isFinite(hours)) {
            return "infinite";
        }
        if (hours < 1) {
            return String.format(Locale.ROOT, "%.3g min", hours * 60);
        }
        if (hours < 24 * 3) {
            return String.format(Locale.ROOT, "%.3g h", hours);
        }
        if (hours < 8760 * 2) {
            return String.format(Locale.ROOT, "%.3g days", hours / 24);
        }
        return String.format(Locale.ROOT, "%.3g years", hours / 8760);
    }

    /** Whole currency units with thousands separators; "-" when not finite. */
    static String money(double amount) {
        return Double.isFinite(amount) ? String.format(Locale.ROOT, "%,.0f", amount) : "-";
    }
}
