package org.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.io.model.ModelStore;

/** nines simulate --method failure-biasing on the five-nines example: JSON, report, refusals, Ctrl+C. */
class FailureBiasingCommandTest extends CommandTestSupport {

    private int run(String... args) {
        return new SimulateCommand(o(), e(), false).run(List.of(args));
    }

    private static double number(String json, String regex) {
        Matcher m = Pattern.compile(regex + "(-?[0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), regex + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void meshedNetworkReachesFivePercentAndCoversTheExactEngine() throws Exception {
        String file = example("meshed-network.nines");
        double exact = AvailabilityAnalysis.analyze(SnapshotBuilder.of(ModelStore.load(Path.of(file)).model()),
                AvailabilityAnalysis.Options.noCutSets()).unavailability();
        assertEquals(Main.OK, run(file, "--method", "failure-biasing", "--threats", "off", "--target-rel-ci", "0.05",
                "--histories", "100000000", "--threads", "2", "--json"));
        String json = stdout();
        assertTrue(json.contains("\"method\":\"failure-biasing\""), json);
        assertTrue(json.contains("\"status\":\"TARGET_REACHED\""), json);
        assertTrue(json.contains("\"partial\":false"), json);
        assertTrue(number(json, "\"relativeCiHalfWidth\":") <= 0.05, json);
        double low = number(json, "\"unavailabilityCi\":\\{\"mean\":[^}]*\"ciLow\":");
        double high = number(json, "\"unavailabilityCi\":\\{\"mean\":[^}]*\"ciHigh\":");
        assertTrue(low <= exact && exact <= high, exact + " in " + json);
        double availabilityLow = number(json, "\"availability\":\\{\"mean\":[^}]*\"ciLow\":");
        assertEquals(1 - high, availabilityLow, 1e-15);
        for (String key : new String[] { "\"unavailability\":", "\"downtimeHoursPerYear\":{\"mean\":", "\"outagesPerYear\":{\"mean\":",
                "\"mtbfHours\":", "\"meanDowntimeHours\":", "\"cycles\":", "\"steps\":", "\"wallSeconds\":", "\"seed\":1",
                "\"threads\":2", "\"likelihoodRatio\":{\"mean\":", "\"componentContributions\":[{\"key\":" }) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void reportSaysWhatTheMethodDoesNotGive() {
        assertEquals(Main.OK, run(example("meshed-network.nines"), "--method", "failure-biasing", "--threats", "off",
                "--histories", "2000", "--threads", "1"));
        String report = stdout();
        assertTrue(report.contains("failure biasing: 2,000 regenerative cycles"), report);
        assertTrue(report.contains("no percentiles with this method"), report);
        assertTrue(report.contains("Likelihood ratio"), report);
    }

    @Test
    void threatsMustBeOffAndUnknownMethodsAreUsageErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(example("meshed-network.nines"), "--method", "failure-biasing"));
        assertTrue(e.getMessage().contains("risk 'R-01'") && e.getMessage().contains("--threats off"), e.getMessage());
        assertThrows(UsageException.class, () -> run(example("meshed-network.nines"), "--method", "splitting"));
        assertThrows(UsageException.class, () -> new CompareCommand(o(), e()).run(List.of(example("web-cluster.nines"),
                "--simulate", "--method", "failure-biasing")));
    }

    @Test
    void anInterruptedRunPrintsThePartialCyclesAndExitsWith130() throws Exception {
        Interruption interruption = new Interruption();
        SimulateCommand command = new SimulateCommand(o(), e(), false, interruption, false);
        Thread hook = new Thread(interruption::interruptAndWait, "test-interrupt");
        hook.start();
        int code = command.run(List.of(example("meshed-network.nines"), "--method", "failure-biasing", "--threats", "off",
                "--histories", "1000000000", "--threads", "1"));
        hook.join(60_000);
        assertFalse(hook.isAlive(), "the hook returns once the output is printed");
        assertEquals(Interruption.EXIT_INTERRUPTED, code);
        Matcher m = Pattern.compile("partial: interrupted after ([\\d,]+) cycles").matcher(stdout());
        assertTrue(m.find(), stdout());
        long cycles = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(cycles % 250 == 0 && cycles < 1_000_000_000L, "whole batches: " + cycles);
    }
}
