package org.nines.analysis.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResultJsonTest {

    @Test
    void doublesRoundTripAndStringsAreEscaped() {
        double p = 0.1 + 0.2; // 0.30000000000000004
        FaultTreeResult r = new FaultTreeResult(p,
                List.of(new Importance("a \"quoted\"\\name\n", 1e-300, 0.5, 0.25, 0.25,
                        Double.POSITIVE_INFINITY, 1.0, 0.125)),
                List.of(new CutSet(List.of("x", "y"), 2, 1.0 / 3)), false, 42, 3, 0.5);
        String json = ResultJson.toJson(r);
        assertTrue(json.contains("\"topEventProbability\": 0.30000000000000004"), json);
        assertEquals(p, Double.parseDouble("0.30000000000000004"));
        assertTrue(json.contains("\"a \\\"quoted\\\"\\\\name\\n\""), json);
        assertTrue(json.contains("\"raw\": \"Infinity\""), json);
        assertTrue(json.contains("\"probability\": 1.0E-300"), json);
        assertTrue(json.contains("\"names\": [\"x\", \"y\"]"), json);
        assertTrue(json.contains("\"probability\": " + Double.toString(1.0 / 3)), json);
        assertTrue(json.contains("\"bddNodeCount\": 42"), json);
    }

    @Test
    void emptyListsAreWrittenAsEmptyArrays() {
        String json = ResultJson.toJson(new FaultTreeResult(0, List.of(), List.of(), false, 1, 0, 0));
        assertTrue(json.contains("\"importance\": []") && json.contains("\"minimalCutSets\": []"), json);
    }
}
