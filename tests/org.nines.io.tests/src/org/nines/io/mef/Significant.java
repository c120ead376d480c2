package org.nines.io.mef;

import java.math.BigDecimal;
import java.math.MathContext;

/** Comparison at the precision SCRAM prints. */
final class Significant {

    private Significant() {
    }

    /** @return {@code x} rounded to {@code digits} significant digits */
    static double round(double x, int digits) {
        return new BigDecimal(x).round(new MathContext(digits)).doubleValue();
    }
}
