package org.nines.io.mef;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nines.analysis.exact.FaultTreeAnalysis;

/**
 * Every Aralia benchmark tree (except nus9601, for which no reference exists) against SCRAM 0.16.2's exact
 * BDD top-event probability, at the 6 significant digits SCRAM prints (aralia/expected.csv).
 */
class AraliaReferenceTest {

    static Stream<Arguments> trees() {
        String csv = new String(Resources.bytes("/aralia/expected.csv"), StandardCharsets.UTF_8);
        return csv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(","))
                .map(f -> Arguments.of(f[0].trim(), Double.parseDouble(f[1].trim())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trees")
    void topEventProbabilityMatchesScram(String tree, double expected) throws IOException {
        MefModel m = Resources.read("/aralia/" + tree + ".xml");
        double p = FaultTreeAnalysis.analyze(m.structure(), m.probabilities(),
                FaultTreeAnalysis.Options.probabilityOnly()).topEventProbability();
        assertEquals(expected, Significant.round(p, 6), tree + ": " + p);
    }
}
