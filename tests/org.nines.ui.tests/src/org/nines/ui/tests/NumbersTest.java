package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nines.ui.editor.Numbers;

/** Numbers typed into the editor's tables: thousands separators and units are fine, a decimal comma is refused. */
class NumbersTest {
    @Test
    void thousandsSeparatorsAndUnitsAreIgnored() {
        assertEquals(50_000, Numbers.parse("50,000"));
        assertEquals(1_234.5, Numbers.parse("1,234.5"));
        assertEquals(4, Numbers.parse("4 h"));
        assertEquals(0.5, Numbers.parse("0.5/yr"));
        assertEquals(87_600, Numbers.parse("87_600"));
    }

    @Test
    void aDecimalCommaIsRefusedNotReadAsTenTimesTheValue() {
        assertTrue(Double.isNaN(Numbers.parse("1,5")), "1,5 must not become 15");
        assertTrue(Double.isNaN(Numbers.parse("0,5 h")));
        assertTrue(Double.isNaN(Numbers.parse("12,34,567")));
    }
}
