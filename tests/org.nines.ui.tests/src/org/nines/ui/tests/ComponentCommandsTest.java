package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.Connector;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.ParameterChange;
import org.nines.model.Scenario;
import org.nines.ui.editor.ComponentCommands;

/** Adding, duplicating and deleting components on the Components page: undoable, unique ids, no dangling reference. */
class ComponentCommandsTest {

    @Test
    void addCreatesAServerWithAUniqueIdAndTheDefaultFailureAndRepairAndUndoRemovesIt() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        ComponentCommands commands = new ComponentCommands(f.domain, f.model);
        Component first = commands.newComponent();
        f.execute(commands.add(List.of(first)));
        Component second = commands.newComponent();
        f.execute(commands.add(List.of(second)));

        assertNotEquals(first.getId(), second.getId());
        assertSame(second, f.model.getComponents().get(f.model.getComponents().size() - 1));
        assertEquals(ComponentKind.SERVER, second.getKind());
        assertEquals(50_000, ((ExponentialFailure) second.getFailure()).getMtbfHours());
        assertEquals(4, ((ExponentialRepair) second.getRepair()).getMttrHours());
        assertEquals(List.of(), f.errors(), "a new component alone is valid");
        f.stack.undo();
        f.stack.undo();
        assertFalse(f.model.getComponents().contains(first));
        assertFalse(f.stack.isSaveNeeded());
    }

    @Test
    void duplicateCopiesTheDataWithNewIdsAndNamesEndingInCopy() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        ComponentCommands commands = new ComponentCommands(f.domain, f.model);
        Component web1 = f.component("web1");
        Component db = f.component("db-a");
        List<Component> copies = commands.copies(List.of(web1, db));
        f.execute(commands.add(copies));

        assertEquals("web1-2", copies.get(0).getId());
        assertEquals("Web node 1 copy", copies.get(0).getName());
        assertEquals(web1.getSite(), copies.get(0).getSite());
        assertEquals(((ExponentialFailure) web1.getFailure()).getMtbfHours(), ((ExponentialFailure) copies.get(0).getFailure()).getMtbfHours());
        assertNotEquals(web1.getFailure(), copies.get(0).getFailure(), "the failure model is copied, not shared");
        assertEquals(db.getCapex(), copies.get(1).getCapex());
        assertEquals(List.of(), f.errors());
    }

    @Test
    void deletingAComponentRemovesItsBlocksConnectorsAndChangesAndLeavesTheModelValid() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        var before = EcoreUtil.copy(f.model);
        ComponentCommands commands = new ComponentCommands(f.domain, f.model);
        Component web4 = f.component("web4");
        Block block = f.element(Block.class, "b-web4");
        Connector c9 = f.element(Connector.class, "d-web.c9");
        Scenario s01 = f.element(Scenario.class, "S-01");
        CommonCauseGroup ccf = f.model.getCommonCauseGroups().get(0);

        ComponentCommands.DeletePlan plan = commands.delete(List.of(web4));
        assertFalse(plan.blocked(), plan.blockers().toString());
        assertTrue(plan.consequences().stream().anyMatch(c -> c.contains("b-web4")), plan.consequences().toString());
        f.execute(plan.command());

        assertFalse(f.model.getComponents().contains(web4));
        assertNull(block.eContainer(), "its block goes");
        assertNull(c9.eContainer(), "and the block's connectors");
        assertTrue(s01.getChanges().isEmpty(), "and the scenario changes that enabled them");
        assertFalse(ccf.getMembers().contains(web4));
        assertEquals(3, ccf.getMembers().size());
        assertEquals(List.of(), f.errors(), "no dangling reference, no other error");

        f.stack.undo();
        assertTrue(EcoreUtil.equals(before, f.model), "undo restores the model exactly");
    }

    @Test
    void deletingAComponentAlsoDeletesTheParameterChangesThatNameIt() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        ComponentCommands commands = new ComponentCommands(f.domain, f.model);
        Scenario s02 = f.element(Scenario.class, "S-02");
        assertTrue(s02.getChanges().stream().anyMatch(ParameterChange.class::isInstance));

        ComponentCommands.DeletePlan plan = commands.delete(List.of(f.component("lb2")));
        assertFalse(plan.blocked(), plan.blockers().toString());
        f.execute(plan.command());

        assertFalse(s02.getChanges().stream().anyMatch(ParameterChange.class::isInstance));
        assertTrue(f.errors().stream().noneMatch(e -> e.contains("not in this model")), f.errors().toString());
    }

    @Test
    void deleteIsRefusedWhenARiskWouldAffectNothingAndNamesTheRisk() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        ComponentCommands commands = new ComponentCommands(f.domain, f.model);
        int before = f.model.getComponents().size();

        ComponentCommands.DeletePlan plan = commands.delete(List.of(f.component("dci")));

        assertTrue(plan.blocked());
        assertNull(plan.command());
        assertTrue(plan.blockers().stream().anyMatch(b -> b.contains("R-07")), plan.blockers().toString());
        assertEquals(before, f.model.getComponents().size());
    }
}
