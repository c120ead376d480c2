package org.nines.io.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.io.mef.MefModel;
import org.nines.io.mef.MefReader;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;

/** Models to MEF and fault trees to models keep their numbers exactly; SCRAM agrees with Nines on every example. */
class ConvertTest {
    private static final List<String> EXAMPLES = List.of("plant-mes", "web-cluster", "os-standby", "meshed-network");

    @TempDir
    Path dir;

    private static MefModel aralia(String tree) throws IOException {
        try (InputStream in = ConvertTest.class.getResourceAsStream("/aralia/" + tree + ".xml")) {
            return MefReader.read(MefReader.Settings.defaults(), List.of(new MefReader.Source(tree + ".xml", in)));
        }
    }

    private static double topProbability(MefModel mef) {
        return FaultTreeAnalysis.analyze(mef.structure(), mef.probabilities(), FaultTreeAnalysis.Options.probabilityOnly())
                .topEventProbability();
    }

    private static double unavailability(SystemModel model) {
        return AvailabilityAnalysis.analyze(SnapshotBuilder.of(model), AvailabilityAnalysis.Options.noCutSets()).unavailability();
    }

    private static SystemSnapshot example(String name) throws Exception {
        Path file = Path.of(System.getProperty("nines.examples", "../../examples"), name + ".nines");
        return SnapshotBuilder.of(ModelStore.load(file).model());
    }

    @ParameterizedTest
    @ValueSource(strings = { "chinese", "das9201", "das9205", "isp9605", "baobab3", "edf9205", "ftr10" })
    void faultTreeBecomesAValidModelWithTheSameProbability(String tree) throws Exception {
        MefModel mef = aralia(tree);
        SystemModel model = FaultTreeToModel.convert(mef, tree);
        assertEquals(List.of(), ModelValidator.validate(model), "the generated model is valid");
        Path file = dir.resolve(tree + ".nines");
        ModelStore.save(model, file);
        double expected = topProbability(mef);
        assertEquals(expected, unavailability(ModelStore.load(file).model()), expected * 1e-12);
    }

    @Test
    void nonCoherentGateIsRefusedByName() throws Exception {
        String xml = """
                <opsa-mef><define-fault-tree name="t">
                  <define-gate name="top"><and><basic-event name="a"/><gate name="inverted"/></and></define-gate>
                  <define-gate name="inverted"><not><basic-event name="b"/></not></define-gate>
                  <define-basic-event name="a"><float value="0.1"/></define-basic-event>
                  <define-basic-event name="b"><float value="0.2"/></define-basic-event>
                </define-fault-tree></opsa-mef>
                """;
        MefModel mef = MefReader.read(MefReader.Settings.defaults(),
                List.of(new MefReader.Source("not.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
        var e = assertThrows(IllegalArgumentException.class, () -> FaultTreeToModel.convert(mef, "not"));
        assertTrue(e.getMessage().contains("gate 'inverted' is NOT"), e.getMessage());
    }

    @Test
    void exampleExportedAsMefReadsBackWithTheSameProbability() throws Exception {
        for (String name : EXAMPLES) {
            SystemSnapshot snapshot = example(name);
            Path mefFile = writeMef(snapshot, name);
            double expected = AvailabilityAnalysis.analyze(snapshot, AvailabilityAnalysis.Options.noCutSets()).unavailability();
            assertEquals(expected, topProbability(MefReader.read(mefFile)), expected * 1e-12, name);
        }
    }

    /** SCRAM 0.16.2 (installed by .ci/run) reads what Nines writes and finds the same unavailability. */
    @Test
    void scramAgreesWithNinesOnEveryExample() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/scram")), "SCRAM not installed (apt-get install scram)");
        for (String name : EXAMPLES) {
            SystemSnapshot snapshot = example(name);
            double nines = AvailabilityAnalysis.analyze(snapshot, AvailabilityAnalysis.Options.noCutSets()).unavailability();
            double scram = runScram(writeMef(snapshot, name));
            assertEquals(nines, scram, nines * 1e-5, name + ": SCRAM prints 6 significant digits");
        }
    }

    private Path writeMef(SystemSnapshot snapshot, String name) throws IOException {
        StringWriter text = new StringWriter();
        MefExport.write(snapshot, text);
        Path file = dir.resolve(name + ".xml");
        Files.writeString(file, text.toString());
        return file;
    }

    private double runScram(Path mef) throws Exception {
        Path report = dir.resolve(mef.getFileName() + ".out.xml");
        Process scram = new ProcessBuilder("/usr/bin/scram", mef.toString(), "--bdd", "--probability", "true", "-l", "1",
                "-o", report.toString()).redirectErrorStream(true).start();
        String output = new String(scram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(scram.waitFor(60, TimeUnit.SECONDS) && scram.exitValue() == 0, "scram failed: " + output);
        Matcher m = Pattern.compile("probability=\"([^\"]+)\"").matcher(Files.readString(report));
        assertTrue(m.find(), "no probability in SCRAM's report");
        return Double.parseDouble(m.group(1));
    }
}
