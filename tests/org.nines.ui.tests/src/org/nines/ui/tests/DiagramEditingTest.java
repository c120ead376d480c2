package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nines.model.BendPoint;
import org.nines.model.Block;
import org.nines.model.Bounds;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.Element;
import org.nines.model.End;
import org.nines.model.Start;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.ui.wizards.EditedWorkbooks;
import org.nines.ui.diagram.DiagramCanvas;
import org.nines.ui.diagram.DiagramClipboard;
import org.nines.ui.diagram.DiagramEditing;

/**
 * The diagram's editing commands on the web-cluster example, without a workbench: each change is one command, and
 * undo then redo bring back exactly the model before and after it.
 */
class DiagramEditingTest {
    private SystemModel model;
    private Diagram top;
    private AdapterFactoryEditingDomain domain;
    private DiagramEditing editing;

    @BeforeEach
    void loadExample() throws Exception {
        model = load("web-cluster.nines");
        top = model.getTopDiagram();
        domain = domainFor();
        editing = new DiagramEditing(domain);
        DiagramClipboard.clear();
    }

    private static SystemModel load(String name) throws Exception {
        return EditedWorkbooks.example(name);
    }

    private static AdapterFactoryEditingDomain domainFor() {
        return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
    }

    private DiagramNode node(String id) {
        return top.getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
    }

    private Connector connector(String id) {
        return top.getConnectors().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** Executes the command as the only step; undo must restore the model before it, redo the model after it. */
    private void executeUndoRedo(AdapterFactoryEditingDomain on, SystemModel m, Command command) {
        assertNotNull(command, "a command");
        assertTrue(command.canExecute(), "executable: " + command.getLabel());
        SystemModel before = EcoreUtil.copy(m);
        on.getCommandStack().execute(command);
        assertFalse(EcoreUtil.equals(before, m), "the command changed the model");
        SystemModel after = EcoreUtil.copy(m);
        on.getCommandStack().undo();
        assertTrue(EcoreUtil.equals(before, m), "undo restores the model");
        on.getCommandStack().redo();
        assertTrue(EcoreUtil.equals(after, m), "redo repeats the change");
    }

    private void executeUndoRedo(Command command) {
        executeUndoRedo(domain, model, command);
    }

    private static Set<String> duplicateIds(SystemModel m) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        m.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null && !seen.add(e.getId())) {
                duplicates.add(e.getId());
            }
        });
        return duplicates;
    }

    @Test
    void addingABlockIsOneUndoableCommand() {
        Component web1 = ((Block) node("b-web1")).getComponent();
        int nodes = top.getNodes().size();
        executeUndoRedo(editing.addBlock(top, web1, 300, 400));
        assertEquals(nodes + 1, top.getNodes().size());
        Block added = (Block) top.getNodes().get(nodes);
        assertSame(web1, added.getComponent());
        assertEquals(0, added.getBounds().getX() % DiagramCanvas.GRID, "on the grid");
        assertTrue(duplicateIds(model).isEmpty());
    }

    @Test
    void connectingTwoNodesAddsOneConnector() {
        int connectors = top.getConnectors().size();
        executeUndoRedo(editing.connect(node("b-web1"), node("d-web.end")));
        assertEquals(connectors + 1, top.getConnectors().size());
        Connector added = top.getConnectors().get(connectors);
        assertSame(node("b-web1"), added.getSource());
        assertSame(node("d-web.end"), added.getTarget());
    }

    @Test
    void invalidConnectionsAreRefused() {
        DiagramNode start = node("d-web.start");
        DiagramNode end = node("d-web.end");
        DiagramNode web1 = node("b-web1");
        assertNull(editing.connect(web1, web1), "to itself");
        assertNull(editing.connect(web1, start), "into Start");
        assertNull(editing.connect(end, web1), "out of End");
        assertNull(editing.connect(start, node("b-fac-a")), "already connected");
        DiagramNode inOtherDiagram = model.getDiagrams().stream().filter(d -> d != top).findFirst().orElseThrow().getNodes().get(1);
        assertNull(editing.connect(web1, inOtherDiagram), "across diagrams");
    }

    @Test
    void deletingANodeDeletesItsConnectorsInOneCommand() {
        int nodes = top.getNodes().size();
        int connectors = top.getConnectors().size();
        executeUndoRedo(editing.delete(List.of(node("b-lb1"))));
        assertEquals(nodes - 1, top.getNodes().size());
        assertEquals(connectors - 2, top.getConnectors().size(), "fac-a -> lb1 and lb1 -> k-lb are gone");
        assertTrue(top.getConnectors().stream().noneMatch(c -> "b-lb1".equals(c.getSource().getId()) || "b-lb1".equals(c.getTarget().getId())));
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(model)));
    }

    @Test
    void deletingAConnectorKeepsTheNodes() {
        int nodes = top.getNodes().size();
        int connectors = top.getConnectors().size();
        executeUndoRedo(editing.delete(List.of(), List.of(connector("d-web.c3"))));
        assertEquals(nodes, top.getNodes().size());
        assertEquals(connectors - 1, top.getConnectors().size());
    }

    @Test
    void nodesAndConnectorsAreDeletedTogether() {
        int connectors = top.getConnectors().size();
        executeUndoRedo(editing.delete(List.of(node("b-lb1")), List.of(connector("d-web.c3"), connector("d-web.c2"))));
        assertEquals(connectors - 3, top.getConnectors().size(), "c2 (also lb1's), c3 and c4");
        assertNull(editing.delete(List.of(node("d-web.start"), node("d-web.end")), List.of()), "Start and End stay");
    }

    @Test
    void reconnectingMovesOneEndOfTheConnector() {
        Connector c6 = connector("d-web.c6"); // k-lb -> web1
        executeUndoRedo(editing.reconnect(c6, false, node("d-web.end")));
        assertSame(node("d-web.end"), c6.getTarget());
        assertSame(node("k-lb"), c6.getSource());
        executeUndoRedo(editing.reconnect(c6, true, node("b-web2")));
        assertSame(node("b-web2"), c6.getSource());
    }

    @Test
    void invalidReconnectionsAreRefused() {
        Connector c6 = connector("d-web.c6"); // k-lb -> web1; k-lb -> web2 exists (c7)
        assertNull(editing.reconnect(c6, false, node("b-web2")), "would duplicate c7");
        assertNull(editing.reconnect(c6, false, node("d-web.start")), "into Start");
        assertNull(editing.reconnect(c6, true, node("d-web.end")), "out of End");
        assertNull(editing.reconnect(c6, false, node("k-lb")), "onto its own source");
        assertNull(editing.reconnect(c6, false, node("b-web1")), "no change");
    }

    @Test
    void bendPointsAreAddedMovedAndRemovedOnTheGrid() {
        Connector c14 = connector("d-web.c14");
        executeUndoRedo(editing.addBendPoint(c14, 0, 333, 447));
        assertEquals(1, c14.getBendPoints().size());
        BendPoint bend = c14.getBendPoints().get(0);
        assertEquals(330, bend.getX());
        assertEquals(450, bend.getY());
        executeUndoRedo(editing.addBendPoint(c14, 0, 300, 400));
        assertEquals(300, c14.getBendPoints().get(0).getX(), "inserted before the first one");
        assertSame(bend, c14.getBendPoints().get(1));
        executeUndoRedo(editing.moveBendPoint(bend, 512, 98));
        assertEquals(510, bend.getX());
        assertEquals(100, bend.getY());
        assertNull(editing.moveBendPoint(bend, 508, 102), "snaps to where it is");
        executeUndoRedo(editing.removeBendPoint(bend));
        assertEquals(1, c14.getBendPoints().size());
        assertFalse(c14.getBendPoints().contains(bend));
    }

    @Test
    void resizingSnapsAndKeepsAMinimumSize() {
        DiagramNode web1 = node("b-web1");
        Bounds b = web1.getBounds();
        executeUndoRedo(editing.resize(web1, b.getX(), b.getY(), 203, 77));
        assertEquals(200, b.getWidth());
        assertEquals(80, b.getHeight());
        executeUndoRedo(editing.resize(web1, b.getX() + 10, b.getY(), 5, 5));
        assertEquals(DiagramEditing.MIN_WIDTH, b.getWidth());
        assertEquals(DiagramEditing.MIN_HEIGHT, b.getHeight());
        assertNull(editing.resize(web1, b.getX(), b.getY(), b.getWidth(), b.getHeight()), "no change");
    }

    @Test
    void renamingABlockRenamesItsComponentWhenNoOtherBlockUsesIt() {
        Block web1 = (Block) node("b-web1");
        executeUndoRedo(editing.renameNode(web1, "  Front end 1 "));
        assertEquals("Front end 1", web1.getName());
        assertEquals("Front end 1", web1.getComponent().getName());
    }

    @Test
    void renamingABlockOfASharedComponentKeepsTheComponentName() {
        Block web1 = (Block) node("b-web1");
        String componentName = web1.getComponent().getName();
        domain.getCommandStack().execute(editing.addBlock(top, web1.getComponent(), 600, 600));
        executeUndoRedo(editing.renameNode(web1, "Front end 1"));
        assertEquals("Front end 1", web1.getName());
        assertEquals(componentName, web1.getComponent().getName());
    }

    @Test
    void emptyNamesAreRefused() {
        assertNull(editing.renameNode(node("b-web1"), "   "));
        assertNull(editing.renameNode(node("b-web1"), ""));
    }

    @Test
    void pasteWithinTheModelCopiesNodesConnectorsAndComponents() {
        List<DiagramNode> chosen = List.of(node("b-lb1"), node("b-lb2"), node("k-lb"));
        assertEquals(3, DiagramClipboard.copy(chosen));
        int nodes = top.getNodes().size();
        int connectors = top.getConnectors().size();
        int components = model.getComponents().size();
        DiagramClipboard.Paste paste = DiagramClipboard.paste(domain, top);
        executeUndoRedo(paste.command());
        assertEquals(nodes + 3, top.getNodes().size());
        assertEquals(connectors + 2, top.getConnectors().size(), "lb1 -> k-lb and lb2 -> k-lb");
        assertEquals(components + 2, model.getComponents().size(), "one new component per pasted block");
        List<DiagramNode> pasted = paste.nodes();
        assertEquals(3, pasted.size());
        for (int i = 0; i < 3; i++) {
            assertSame(top, pasted.get(i).eContainer());
            assertNotSame(chosen.get(i), pasted.get(i));
            assertEquals(chosen.get(i).getBounds().getX() + 2 * DiagramCanvas.GRID, pasted.get(i).getBounds().getX(), "offset by two grid steps");
            assertEquals(chosen.get(i).getBounds().getY() + 2 * DiagramCanvas.GRID, pasted.get(i).getBounds().getY());
        }
        Block lb1Copy = (Block) pasted.get(0);
        Component original = ((Block) chosen.get(0)).getComponent();
        assertNotSame(original, lb1Copy.getComponent(), "an independent unit");
        assertEquals(original.getName() + " copy", lb1Copy.getComponent().getName());
        assertSame(model, lb1Copy.getComponent().eContainer());
        assertSame(original.getSite(), lb1Copy.getComponent().getSite());
        assertTrue(top.getConnectors().stream().anyMatch(c -> c.getSource() == lb1Copy && c.getTarget() == pasted.get(2)),
                "the pasted connector joins the pasted nodes");
        assertTrue(duplicateIds(model).isEmpty(), "unique ids: " + duplicateIds(model));
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(model)), String.valueOf(ModelValidator.validate(model)));
    }

    @Test
    void pastingAgainOffsetsFurtherAndKeepsIdsUnique() {
        DiagramNode web1 = node("b-web1");
        DiagramClipboard.copy(List.of(web1, node("d-web.start")));
        DiagramClipboard.Paste first = DiagramClipboard.paste(domain, top);
        domain.getCommandStack().execute(first.command());
        DiagramClipboard.Paste second = DiagramClipboard.paste(domain, top);
        domain.getCommandStack().execute(second.command());
        assertEquals(1, first.nodes().size(), "Start is never copied");
        assertEquals(web1.getBounds().getX() + 4 * DiagramCanvas.GRID, second.nodes().get(0).getBounds().getX());
        assertNotSame(((Block) first.nodes().get(0)).getComponent(), ((Block) second.nodes().get(0)).getComponent());
        assertTrue(duplicateIds(model).isEmpty(), "unique ids: " + duplicateIds(model));
    }

    @Test
    void pasteIntoAnotherModelCopiesTheComponentsWithUniqueIds() throws Exception {
        SystemModel other = load("os-standby.nines");
        AdapterFactoryEditingDomain otherDomain = domainFor();
        Diagram target = other.getTopDiagram();
        int components = other.getComponents().size();
        DiagramClipboard.copy(List.of(node("b-lb1"), node("k-lb"), node("b-db")));
        DiagramClipboard.Paste paste = DiagramClipboard.paste(otherDomain, target);
        executeUndoRedo(otherDomain, other, paste.command());
        assertEquals(components + 1, other.getComponents().size());
        Block lb1 = (Block) paste.nodes().get(0);
        assertSame(other, lb1.getComponent().eContainer());
        assertEquals(((Block) node("b-lb1")).getComponent().getName(), lb1.getComponent().getName(), "same name in another model");
        assertTrue(lb1.getComponent().getSite() == null || EcoreUtil.isAncestor(other, lb1.getComponent().getSite()),
                "no reference into the other file");
        List<EObject> outside = new ArrayList<>();
        for (DiagramNode n : paste.nodes()) {
            EcoreUtil.CrossReferencer.find(List.of(n)).keySet().stream().filter(o -> !EcoreUtil.isAncestor(other, o)).forEach(outside::add);
        }
        assertTrue(outside.isEmpty(), "pasted nodes refer only to the target model: " + outside);
        assertTrue(duplicateIds(other).isEmpty(), "unique ids: " + duplicateIds(other));
        assertEquals(top.getNodes().size(), load("web-cluster.nines").getTopDiagram().getNodes().size(), "the source is unchanged");
    }

    @Test
    void copyingOnlyStartAndEndCopiesNothing() {
        assertEquals(0, DiagramClipboard.copy(List.of(node("d-web.start"), node("d-web.end"))));
        assertTrue(DiagramClipboard.isEmpty());
        assertNull(DiagramClipboard.paste(domain, top));
        assertTrue(top.getNodes().stream().filter(n -> n instanceof Start || n instanceof End).count() == 2);
    }
}
