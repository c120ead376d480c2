package org.nines.io.mef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.structure.StructureFunction;

class MefWriterTest {

    private static MefModel roundTrip(MefModel m) throws IOException {
        StringWriter w = new StringWriter();
        MefWriter.write(m, "RoundTrip", w);
        return MefReader.read(MefReader.Settings.defaults(), List.of(new MefReader.Source("written.xml",
                new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)))));
    }

    private static double top(MefModel m) {
        return FaultTreeAnalysis.analyze(m.structure(), m.probabilities(), FaultTreeAnalysis.Options.probabilityOnly())
                .topEventProbability();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mef/formulas.xml", "/mef/ccf-two-trains.xml", "/mef/expressions.xml",
        "/aralia/das9202.xml", "/aralia/baobab2.xml", "/aralia/isp9605.xml"})
    void writtenModelReadsBackToTheSameFunctionAndProbabilities(String resource) throws IOException {
        MefModel m = Resources.read(resource);
        MefModel back = roundTrip(m);
        assertEquals(m.topGate(), back.topGate());
        StructureFunction a = m.structure();
        StructureFunction b = back.structure();
        assertEquals(a.variableCount(), b.variableCount());
        for (int i = 0; i < a.variableCount(); i++) {
            int j = b.variableIndex(a.variableName(i));
            assertTrue(j >= 0, a.variableName(i));
            assertEquals(m.basicEvents().get(i).probability(), back.basicEvents().get(j).probability(), 0.0);
            assertEquals(m.basicEvents().get(i).description(), back.basicEvents().get(j).description());
        }
        assertEquals(top(m), top(back), 1e-15 * top(m));
        if (a.variableCount() <= 12) { // same Boolean function on every state
            boolean[] sa = new boolean[a.variableCount()];
            boolean[] sb = new boolean[b.variableCount()];
            for (int mask = 0; mask < (1 << sa.length); mask++) {
                for (int i = 0; i < sa.length; i++) {
                    sa[i] = ((mask >> i) & 1) != 0;
                    sb[b.variableIndex(a.variableName(i))] = sa[i];
                }
                assertEquals(a.evaluate(sa), b.evaluate(sb));
            }
        }
    }
}
