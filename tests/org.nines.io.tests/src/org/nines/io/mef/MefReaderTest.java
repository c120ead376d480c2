package org.nines.io.mef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.exact.FaultTreeResult;
import org.nines.analysis.structure.StructureFunction;

class MefReaderTest {

    private static double top(MefModel m) {
        return FaultTreeAnalysis.analyze(m.structure(), m.probabilities(), FaultTreeAnalysis.Options.probabilityOnly())
                .topEventProbability();
    }

    private static double probability(MefModel m, String event) {
        return m.basicEvents().stream().filter(b -> b.name().equals(event)).findFirst().orElseThrow().probability();
    }

    @Test
    void everyConnectiveHouseEventAndReferenceFormMatchesScram() throws IOException {
        MefModel m = Resources.read("/mef/formulas.xml");
        assertEquals("Top", m.topGate());
        assertEquals(7, m.structure().variableCount());
        // SCRAM 0.16.2 on the same model (with null replaced by its argument, which SCRAM lacks): 0.983404
        assertEquals(0.983404, Significant.round(top(m), 6));
        // closed form: Pass = NOT F; the rest by enumeration against the structure's own evaluation
        StructureFunction sf = m.structure();
        boolean[] s = new boolean[7];
        s[sf.variableIndex("F")] = true; // F failed, nothing else: Top = Parity = A XOR NOT(C AND F) = true
        assertTrue(sf.evaluate(s));
        s[sf.variableIndex("A")] = true; // A and F: Parity false, A AND NOT B true
        assertTrue(sf.evaluate(s));
        s[sf.variableIndex("B")] = true; // now only Switched = G could fail it
        assertFalse(sf.evaluate(s));
        s[sf.variableIndex("G")] = true;
        assertTrue(sf.evaluate(s));
    }

    @Test
    void expressionsEvaluateLikeScram() throws IOException {
        MefModel m = Resources.read("/mef/expressions.xml");
        assertTrue(m.missionTimeUsed());
        assertEquals(8760.0, m.missionTime());
        // values printed by SCRAM 0.16.2 for the same model
        assertEquals(0.125, probability(m, "Float"));
        assertEquals(0.160711, Significant.round(probability(m, "Exponential"), 6));
        assertEquals(0.0020494, Significant.round(probability(m, "Glm"), 5));
        assertEquals(0.897655, Significant.round(probability(m, "Weibull"), 6));
        assertEquals(0.00458944, Significant.round(probability(m, "PeriodicTest"), 6));
        assertEquals(0.25, probability(m, "Arithmetic"), 1e-15);
        assertEquals(0.001, probability(m, "Lognormal"));
        assertEquals(0.2, probability(m, "Uniform"), 1e-15);
        assertEquals(0.05, probability(m, "Normal"));
        assertEquals(0.0, probability(m, "Int"));
        assertEquals(0.957485, Significant.round(top(m), 6));
        // closed forms
        assertEquals(-Math.expm1(-2e-5 * 8760), probability(m, "Exponential"), 1e-16);
        double glm = (1e-4 - (1e-4 - 0.01 * (1e-4 + 0.05)) * Math.exp(-(1e-4 + 0.05) * 100)) / (1e-4 + 0.05);
        assertEquals(glm, probability(m, "Glm"), 1e-16);
        assertEquals(1 - Math.exp(-Math.pow((8760 - 100) / 5000.0, 1.5)), probability(m, "Weibull"), 1e-15);
        assertEquals(1 - Math.exp(-1e-5 * 460), probability(m, "PeriodicTest"), 1e-15);
    }

    @Test
    void missionTimeSettingIsUsedForSystemMissionTime() throws IOException {
        MefModel m = Resources.read(MefReader.Settings.defaults().withMissionTime(1000), "/mef/expressions.xml");
        assertEquals(-Math.expm1(-2e-5 * 1000), probability(m, "Exponential"), 1e-16);
    }

    @Test
    void betaFactorGroupExpandsAsScramDoes() throws IOException {
        MefModel m = Resources.read("/mef/ccf-two-trains.xml");
        assertEquals(List.of("ValveA", "[PumpA PumpB]", "[PumpA]", "ValveB", "[PumpB]"),
                m.structure().variableNames());
        assertEquals(0.1 * 0.05, probability(m, "[PumpA PumpB]"), 1e-17);
        assertEquals(0.9 * 0.05, probability(m, "[PumpA]"), 1e-17);
        double q = 0.02 + 0.045 - 0.02 * 0.045; // one train's independent failure
        double ccf = 0.005;
        double expected = ccf + (1 - ccf) * q * q;
        assertEquals(expected, top(m), 1e-15);
        assertEquals(0.00908827, Significant.round(top(m), 6)); // SCRAM 0.16.2
        assertEquals("Valve of train A fails to open", m.basicEvents().get(0).description());
        FaultTreeResult r = FaultTreeAnalysis.analyze(m.structure(), m.probabilities(),
                FaultTreeAnalysis.Options.defaults());
        assertEquals(List.of("[PumpA PumpB]"), r.minimalCutSets().get(0).names());
        assertEquals(5, r.minimalCutSets().size());
    }

    @Test
    void modelSplitOverTwoFilesIsReadAsOne() throws IOException {
        MefModel m = Resources.read("/mef/split-tree.xml", "/mef/split-basic-events.xml");
        assertEquals(1 - 0.9 * (1 - 0.06), top(m), 1e-15);
    }

    @Test
    void topGateCanBeNamed() throws IOException {
        MefModel m = Resources.read(MefReader.Settings.defaults().withTopGate("Second"), "/mef/bad/ambiguous-top.xml");
        assertEquals("Second", m.topGate());
        assertEquals(0.02, top(m), 1e-16);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unsupported-element.xml | /mef/bad/unsupported-element.xml:11: element 'define-event-tree': unsupported element here
            unsupported-formula.xml | /mef/bad/unsupported-formula.xml:5: element 'imply': unsupported formula
            undefined-reference.xml | /mef/bad/undefined-reference.xml:7: element 'gate': undefined gate 'Missing'
            duplicate.xml           | /mef/bad/duplicate.xml:12: element 'define-basic-event': 'X' is defined twice (first as basic event at /mef/bad/duplicate.xml:10)
            ambiguous-top.xml       | ambiguous top gate: 2 gates are not referenced by any other gate: First, Second
            cycle.xml               | /mef/bad/cycle.xml:5: cycle in structure: gate 'G1' -> gate 'G2' -> gate 'G1'
            bad-probability.xml     | /mef/bad/bad-probability.xml:6: element 'float': probability 1.5 is not in [0, 1]
            truncated.xml           | /mef/bad/truncated.xml:13: malformed XML
            xxe.xml                 | /mef/bad/xxe.xml:4: DOCTYPE declarations are not allowed
            billion-laughs.xml      | /mef/bad/billion-laughs.xml:13: DOCTYPE declarations are not allowed
            """)
    void invalidModelsFailFastWithFileLineAndElement(String file, String expectedMessage) {
        MefException e = assertThrows(MefException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Resources.read("/mef/bad/" + file)));
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "must never leak /etc/passwd: " + e.getMessage());
    }

    @Test
    void externalEntityIsNeverResolved() {
        // even the label text must not contain the file: the DOCTYPE is refused before any entity is read
        MefException e = assertThrows(MefException.class, () -> Resources.read("/mef/bad/xxe.xml"));
        assertFalse(e.getMessage().contains("/bin/"), e.getMessage());
    }

    @Test
    void inputLargerThanTheLimitIsRefused() {
        MefException e = assertThrows(MefException.class, () -> Resources.read(
                MefReader.Settings.defaults().withMaxBytesPerFile(100), "/mef/split-tree.xml"));
        assertTrue(e.getMessage().contains("size limit of 100 bytes"), e.getMessage());
    }

    @Test
    void wrongRootAndMissingProbabilityAndWrongTypeAreErrors() {
        assertMessage("<model/>", "element 'model': expected root element 'opsa-mef'");
        assertMessage("""
                <opsa-mef><define-fault-tree name="T">
                <define-gate name="G"><or><basic-event name="X"/><basic-event name="Y"/></or></define-gate>
                <define-basic-event name="X"/>
                <define-basic-event name="Y"><float value="0.5"/></define-basic-event>
                </define-fault-tree></opsa-mef>""", "s.xml:3: element 'define-basic-event': basic event 'X' has no probability");
        assertMessage("""
                <opsa-mef><define-fault-tree name="T">
                <define-gate name="G"><or><gate name="X"/><basic-event name="X"/></or></define-gate>
                <define-basic-event name="X"><float value="0.5"/></define-basic-event>
                </define-fault-tree></opsa-mef>""", "s.xml:2: element 'gate': 'X' is a basic event, not a gate");
        assertMessage("""
                <opsa-mef><define-fault-tree name="T">
                <define-gate name="G"><or><basic-event name="X"/><basic-event name="Y"/></or></define-gate>
                <define-basic-event name="X"><float value="0.5"/></define-basic-event>
                <define-component name="C" role="private">
                <define-basic-event name="Y"><float value="0.5"/></define-basic-event>
                </define-component>
                </define-fault-tree></opsa-mef>""", "s.xml:2: element 'basic-event': undefined basic-event 'Y'");
        assertMessage("""
                <opsa-mef><define-fault-tree name="T">
                <define-gate name="G"><atleast min="3"><basic-event name="X"/><basic-event name="Y"/></atleast></define-gate>
                <define-basic-event name="X"><float value="0.5"/></define-basic-event>
                <define-basic-event name="Y"><float value="0.5"/></define-basic-event>
                </define-fault-tree></opsa-mef>""", "s.xml:2: element 'atleast': min=3 must be between 1 and the number of arguments (2)");
        assertMessage("""
                <opsa-mef><define-fault-tree name="T">
                <define-gate name="G"><or><basic-event name="X"/><basic-event name="Y"/></or></define-gate>
                <define-basic-event name="X"><float value="0.5"/></define-basic-event>
                <define-basic-event name="Y"><beta-deviate><float value="1"/><float value="2"/></beta-deviate></define-basic-event>
                </define-fault-tree></opsa-mef>""", "s.xml:4: element 'beta-deviate': unsupported expression");
        assertMessage("""
                <opsa-mef><define-fault-tree name="T">
                <define-gate name="G"><or><basic-event name="X"/><basic-event name="Y"/></or></define-gate>
                <define-basic-event name="X"><parameter name="P"/></define-basic-event>
                <define-basic-event name="Y"><float value="0.5"/></define-basic-event>
                <define-parameter name="P"><parameter name="P"/></define-parameter>
                </define-fault-tree></opsa-mef>""", "parameter 'P' is defined in terms of itself");
        assertMessage("""
                <opsa-mef><define-fault-tree name="T">
                <define-gate name="G" flavour="x"><or><basic-event name="X"/><basic-event name="Y"/></or></define-gate>
                </define-fault-tree></opsa-mef>""", "s.xml:2: element 'define-gate': unsupported attribute 'flavour'");
        assertMessage("<opsa-mef/>", "no top gate: the model defines no gate");
    }

    @Test
    void privateNamesAreLocalToTheirContainer() throws IOException {
        String xml = """
                <opsa-mef><define-fault-tree name="T">
                <define-gate name="Top"><or><gate name="C.G"/><basic-event name="X"/></or></define-gate>
                <define-basic-event name="X"><float value="0.5"/></define-basic-event>
                <define-component name="C" role="private">
                <define-gate name="G"><and><basic-event name="X"/><basic-event name="X" /><basic-event name="Y"/></and></define-gate>
                <define-basic-event name="X"><float value="0.25"/></define-basic-event>
                <define-basic-event name="Y" role="public"><float value="0.5"/></define-basic-event>
                </define-component>
                </define-fault-tree></opsa-mef>""";
        MefModel m = MefReader.read(MefReader.Settings.defaults(), List.of(
                new MefReader.Source("p.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(List.of("T.C.X", "Y", "X"), m.structure().variableNames());
        assertEquals(1 - 0.5 * (1 - 0.125), top(m), 1e-15);
    }

    private static void assertMessage(String xml, String expected) {
        MefException e = assertThrows(MefException.class, () -> MefReader.read(MefReader.Settings.defaults(),
                List.of(new MefReader.Source("s.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
