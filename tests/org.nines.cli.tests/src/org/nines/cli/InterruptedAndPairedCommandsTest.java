package org.nines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** nines compare --simulate (common random numbers, paired differences) and Ctrl+C during nines simulate. */
class InterruptedAndPairedCommandsTest extends CommandTestSupport {

    @Test
    void compareSimulateAddsTheSimulatedAvailabilityAndThePairedDifferenceOfEveryScenario() {
        assertEquals(Main.OK, new CompareCommand(o(), e()).run(List.of(example("web-cluster.nines"), "--simulate",
                "--histories", "2000", "--seed", "5", "--threads", "2")));
        String text = stdout();
        assertTrue(text.contains("Simulated with common random numbers: 2,000 histories of one year per alternative, seed 5"), text);
        String simulated = text.substring(text.indexOf("Simulated with"));
        assertTrue(simulated.lines().anyMatch(l -> l.startsWith("base ") && l.contains(" -  ")), simulated);
        for (String id : List.of("S-01", "S-02", "S-03")) {
            assertTrue(simulated.lines().anyMatch(l -> l.startsWith(id + " ") && l.contains(" h/yr (") && l.contains("± ")),
                    id + "\n" + simulated);
        }
    }

    @Test
    void compareSimulateJsonHasAPairedDifferenceForEveryScenarioButTheBase() {
        assertEquals(Main.OK, new CompareCommand(o(), e()).run(List.of("--json", "--simulate", "--histories", "1000",
                example("plant-mes.nines"))));
        String json = stdout();
        assertTrue(json.contains("\"commonRandomNumbers\":true"), json);
        assertTrue(json.contains("\"partial\":false"), json);
        assertEquals(3, json.split("\"differenceToBase\":").length - 1, json);
        assertEquals(3, json.split("\"unpairedHalfWidth\":").length - 1, json);
    }

    @Test
    void simulationOptionsWithoutSimulateAreAUsageError() {
        assertThrows(UsageException.class,
                () -> new CompareCommand(o(), e()).run(List.of(example("web-cluster.nines"), "--histories", "10")));
    }

    @Test
    void anInterruptedSimulationPrintsThePartialResultAndExitsWith130() throws Exception {
        Interruption interruption = new Interruption();
        SimulateCommand command = new SimulateCommand(o(), e(), false, interruption, false);
        // what the shutdown hook does on Ctrl+C: cancel, then wait until the partial result is printed
        Thread hook = new Thread(interruption::interruptAndWait, "test-interrupt");
        hook.start();
        int code = command.run(List.of(example("web-cluster.nines"), "--histories", "1000000000", "--threads", "1"));
        hook.join(60_000);
        assertFalse(hook.isAlive(), "the hook returns once the output is printed");
        assertEquals(Interruption.EXIT_INTERRUPTED, code);
        Matcher m = Pattern.compile("partial: interrupted after ([\\d,]+) histories").matcher(stdout());
        assertTrue(m.find(), stdout());
        long histories = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(histories > 0 && histories % 250 == 0 && histories < 1_000_000_000L, "whole batches: " + histories);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("partial: interrupted after"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUninterruptedSimulationLeavesNoShutdownHookBehind() {
        Interruption interruption = new Interruption();
        SimulateCommand command = new SimulateCommand(o(), e(), false, interruption, true);
        assertEquals(Main.OK, command.run(List.of(example("web-cluster.nines"), "--histories", "500", "--threads", "1")));
        assertFalse(interruption.interrupted());
        // removing the hook again fails when run() already removed it
        assertFalse(interruption.removeHookForTest());
    }
}
