package org.nines.ui;

import java.util.Locale;

/** How the workbench prints figures, the same in every view. */
public final class UiFormats {
    private UiFormats() {
    }

    /** Availability in percent with one decimal more than its nines need: 99.98621 %, 99.959 %. */
    public static String percent(double availability) {
        if (!Double.isFinite(availability)) {
            return "\u2013";
        }
        int digits = (int) Math.max(2, Math.min(10, Math.ceil(-Math.log10(Math.max(1e-15, 1 - availability))) + 1));
        return String.format(Locale.ROOT, "%." + digits + "f %%", availability * 100);
    }
}
