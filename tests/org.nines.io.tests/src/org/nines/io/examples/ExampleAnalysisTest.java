package org.nines.io.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.io.model.ModelStore;

/**
 * The example models analysed exactly, against figures worked out by hand in examples/*.md (closed forms and state
 * enumeration, given there to five significant digits).
 */
class ExampleAnalysisTest {
    private static AvailabilityResult analyze(String example) throws Exception {
        Path file = Path.of(System.getProperty("nines.examples", "../../examples"), example);
        return AvailabilityAnalysis.analyze(SnapshotBuilder.of(ModelStore.load(file).model()),
                AvailabilityAnalysis.Options.defaults());
    }

    private static void assertFiveDigits(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 5e-5, "expected " + expected + ", got " + actual);
    }

    /**
     * web-cluster.md: facility A (series) x load balancers 1-of-2 x web 2-of-3 with beta 0.1 x geo-redundant database:
     * unavailability 1.3785e-4.
     */
    @Test
    void webClusterMatchesItsClosedForm() throws Exception {
        AvailabilityResult r = analyze("web-cluster.nines");
        assertFiveDigits(1.3785e-4, r.unavailability());
        assertTrue(r.singlePointsOfFailure().contains("Colocation A power and cooling"), r.singlePointsOfFailure().toString());
    }

    /** meshed-network.md: two halls sharing both core switches, not series-parallel: 7.8485e-6 by enumeration. */
    @Test
    void meshedNetworkMatchesEnumeration() throws Exception {
        assertFiveDigits(7.8485e-6, analyze("meshed-network.nines").unavailability());
    }

    /** plant-mes.md: 31.95 hours of downtime per year in the base design. */
    @Test
    void plantMesDowntimeMatchesTheHandCalculation() throws Exception {
        AvailabilityResult r = analyze("plant-mes.nines");
        assertEquals(31.95, r.downtimeHoursPerYear(), 0.005);
        assertEquals(r.downtimeHoursPerYear() * 18_000, r.downtimeCostPerYear(), 1e-6);
    }

    /** os-standby.md: everything but the standby group gives 4.4499e-4; the OS pair can only add to it. */
    @Test
    void osStandbyIsWorseThanItsSeriesPartAlone() throws Exception {
        AvailabilityResult r = analyze("os-standby.nines");
        assertTrue(r.unavailability() > 4.4499e-4 && r.unavailability() < 1e-3, String.valueOf(r.unavailability()));
    }
}
