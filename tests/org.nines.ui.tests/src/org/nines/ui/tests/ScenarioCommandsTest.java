package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nines.model.Change;
import org.nines.model.CommonCauseChange;
import org.nines.model.EnablementChange;
import org.nines.model.ParameterChange;
import org.nines.model.Scenario;
import org.nines.ui.editor.ScenarioCommands;
import org.nines.ui.editor.ScenarioCommands.ChangeKind;

/** Adding and deleting scenarios and their changes on the Scenarios page. */
class ScenarioCommandsTest {

    @Test
    void aNewScenarioWithANewChangeOfEachAvailableKindIsValid() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        ScenarioCommands commands = new ScenarioCommands(f.domain, f.model);
        Scenario scenario = commands.newScenario();
        f.execute(commands.add(scenario));
        assertEquals("S-04", scenario.getId());
        for (ChangeKind kind : ChangeKind.values()) {
            commands.newChange(kind).ifPresent(change -> f.execute(commands.addChange(scenario, change)));
        }
        assertTrue(scenario.getChanges().stream().anyMatch(EnablementChange.class::isInstance));
        assertTrue(scenario.getChanges().stream().anyMatch(ParameterChange.class::isInstance));
        assertTrue(scenario.getChanges().stream().anyMatch(CommonCauseChange.class::isInstance));
        assertEquals(List.of(), f.errors());
    }

    @Test
    void aParameterChangeStartsAtTheComponentsCurrentValue() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        ParameterChange change = (ParameterChange) new ScenarioCommands(f.domain, f.model).newChange(ChangeKind.PARAMETER).orElseThrow();
        assertEquals(43_800, change.getValue(), "MTBF of the first component, fac-a");
    }

    @Test
    void deletingChangesAndScenariosIsUndoable() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        ScenarioCommands commands = new ScenarioCommands(f.domain, f.model);
        Scenario s01 = f.model.getScenarios().get(0);
        List<Change> first = List.of(s01.getChanges().get(0));
        f.execute(commands.deleteChanges(s01, first));
        assertEquals(2, s01.getChanges().size());
        f.execute(commands.delete(List.of(s01)));
        assertFalse(f.model.getScenarios().contains(s01));
        f.stack.undo();
        f.stack.undo();
        assertEquals(3, s01.getChanges().size());
        assertEquals(s01, f.model.getScenarios().get(0));
    }
}
