package org.nines.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AvailabilityTest {
    @Test
    void steadyStateUnavailabilityIsMttrOverMtbfPlusMttr() {
        // MTBF 10,000 h, MTTR 8 h: 8 / 10,008
        assertEquals(8.0 / 10_008.0, Availability.steadyStateUnavailability(10_000, 8), 1e-18);
    }

    @Test
    void fourNinesAvailabilityHasFourNines() {
        assertEquals(4.0, Availability.nines(0.9999), 1e-9);
    }

    @Test
    void perfectAvailabilityHasInfinitelyManyNines() {
        assertEquals(Double.POSITIVE_INFINITY, Availability.nines(1.0));
    }

    @Test
    void downtimeOfFourNinesIsAboutFiftyTwoMinutesPerYear() {
        assertEquals(52.56, Availability.downtimeHours(1e-4, Availability.HOURS_PER_YEAR) * 60, 1e-9);
    }

    @Test
    void nonPositiveMtbfIsRejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Availability.steadyStateUnavailability(0, 8));
        assertEquals("MTBF must be a positive number of hours, got 0.0", e.getMessage());
    }

    @Test
    void availabilityOutsideUnitIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Availability.nines(1.5));
        assertThrows(IllegalArgumentException.class, () -> Availability.nines(Double.NaN));
    }
}
