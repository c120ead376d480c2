package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.byId;
import static org.nines.ui.tests.driver.Ui.clickAt;
import static org.nines.ui.tests.driver.Ui.drag;
import static org.nines.ui.tests.driver.Ui.find;
import static org.nines.ui.tests.driver.Ui.flushUi;
import static org.nines.ui.tests.driver.Ui.key;
import static org.nines.ui.tests.driver.Ui.screenshot;
import static org.nines.ui.tests.driver.Ui.screenshotDir;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.syncRun;
import static org.nines.ui.tests.driver.Ui.type;
import static org.nines.ui.tests.driver.Ui.waitUntil;
import static org.nines.ui.tests.driver.Ui.workbenchShell;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nines.model.Block;
import org.nines.model.Bounds;
import org.nines.model.DiagramNode;
import org.nines.ui.diagram.DiagramCanvas;
import org.nines.ui.diagram.DiagramClipboard;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.tests.driver.ScreenshotOnFailure;

/**
 * Editing the diagram with the mouse and keyboard in the real workbench: connect by dragging from a port, rubber-band
 * selection, in-place rename, copy and paste, resize with a handle. Each change is one undoable command.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DiagramInteractionTest {
    @RegisterExtension
    final ExampleEditor example = new ExampleEditor(ExampleEditor.WEB_CLUSTER);
    private ModelEditor editor;
    private DiagramCanvas canvas;

    @BeforeEach
    void useExampleWithAnEmptyClipboard() {
        editor = example.editor();
        canvas = example.canvas();
        flushUi();
        syncRun(DiagramClipboard::clear);
    }

    private DiagramNode node(String id) {
        return sync(() -> canvas.diagram().getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow());
    }

    private int connectors() {
        return sync(() -> canvas.diagram().getConnectors().size());
    }

    private void clickOn(DiagramNode node) {
        Point at = sync(() -> canvas.toDisplay(canvas.toControl(node)));
        clickAt(at.x, at.y);
    }

    @Test
    void draggingFromAnOutputPortConnectsAndUndoRemovesTheConnector() {
        DiagramNode web1 = node("b-web1");
        DiagramNode end = node("d-web.end");
        int before = connectors();
        Point from = sync(() -> canvas.outputPortOf(web1));
        Point to = sync(() -> canvas.toControl(end));
        drag(canvas, from.x, from.y, to.x, to.y, 10);
        waitUntil("one more connector", () -> canvas.diagram().getConnectors().size() == before + 1);
        var added = sync(() -> canvas.diagram().getConnectors().get(before));
        assertEquals(web1, sync(added::getSource));
        assertEquals(end, sync(added::getTarget));
        screenshot(workbenchShell(), screenshotDir().resolve("diagram-connected-by-drag.png"));
        key(SWT.MOD1, 'z');
        waitUntil("connector undone", () -> canvas.diagram().getConnectors().size() == before);
        waitUntil("clean again", () -> !editor.isDirty());
    }

    @Test
    void draggingOntoStartIsRefused() {
        int before = connectors();
        Point from = sync(() -> canvas.outputPortOf(node("b-web1")));
        Point to = sync(() -> canvas.toControl(node("d-web.start")));
        drag(canvas, from.x, from.y, to.x, to.y, 10);
        flushUi();
        assertEquals(before, connectors());
        assertFalse(sync(editor::isDirty));
    }

    @Test
    void rubberBandSelectsTheNodesInside() {
        Bounds lb1 = sync(() -> node("b-lb1").getBounds());
        Bounds lb2 = sync(() -> node("b-lb2").getBounds());
        Point from = sync(() -> canvas.toControlPoint(lb1.getX() - 8, lb1.getY() - 8));
        Point to = sync(() -> canvas.toControlPoint(lb2.getX() + lb2.getWidth() + 8, lb2.getY() + lb2.getHeight() + 8));
        drag(canvas, from.x, from.y, to.x, to.y, 6);
        waitUntil("both load balancers selected", () -> canvas.selection().size() == 2
                && canvas.selection().containsAll(List.of(node("b-lb1"), node("b-lb2"))));
        screenshot(workbenchShell(), screenshotDir().resolve("diagram-rubber-band.png"));
    }

    @Test
    void f2RenamesInPlaceAsOneUndoableCommand() {
        Block web1 = (Block) node("b-web1");
        String oldName = sync(web1::getName);
        clickOn(web1);
        waitUntil("web node 1 selected", () -> canvas.selection().equals(List.of(web1)));
        key(0, SWT.F2);
        waitUntil("rename field open", canvas::isRenaming);
        Text field = find(Text.class, byId("diagram.rename"));
        assertEquals(oldName, sync(field::getText));
        type("Front end 1");
        screenshot(workbenchShell(), screenshotDir().resolve("diagram-rename-in-place.png"));
        key(0, SWT.CR);
        waitUntil("renamed", () -> "Front end 1".equals(web1.getName()));
        assertEquals("Front end 1", sync(() -> web1.getComponent().getName()), "its component is used by this block only");
        assertFalse(sync(canvas::isRenaming));
        key(SWT.MOD1, 'z');
        waitUntil("rename undone", () -> oldName.equals(web1.getName()));
    }

    @Test
    void copyAndPasteAddsAnIndependentCopy() {
        Block lb1 = (Block) node("b-lb1");
        int nodes = sync(() -> canvas.diagram().getNodes().size());
        int components = sync(() -> editor.model().getComponents().size());
        clickOn(lb1);
        waitUntil("load balancer selected", () -> canvas.selection().equals(List.of(lb1)));
        assertEquals(1, (int) sync(canvas::copySelection));
        assertEquals(1, (int) sync(canvas::paste));
        assertEquals(nodes + 1, (int) sync(() -> canvas.diagram().getNodes().size()));
        assertEquals(components + 1, (int) sync(() -> editor.model().getComponents().size()));
        Block pasted = sync(() -> (Block) canvas.selection().get(0));
        assertNotSame(lb1, pasted);
        assertNotSame(sync(lb1::getComponent), sync(pasted::getComponent));
        assertEquals(sync(() -> lb1.getBounds().getX() + 2 * DiagramCanvas.GRID), sync(() -> pasted.getBounds().getX()));
        flushUi();
        screenshot(workbenchShell(), screenshotDir().resolve("diagram-pasted.png"));
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        assertEquals(nodes, (int) sync(() -> canvas.diagram().getNodes().size()));
        assertEquals(components, (int) sync(() -> editor.model().getComponents().size()));
    }

    @Test
    void aClickedConnectorIsDeletedWithDelAndBendPointsAreAddedByDragging() {
        var c2 = sync(() -> canvas.diagram().getConnectors().stream().filter(c -> "d-web.c2".equals(c.getId())).findFirst().orElseThrow());
        int before = connectors();
        int nodes = sync(() -> canvas.diagram().getNodes().size());
        Point middle = sync(() -> canvas.toDisplay(canvas.segmentMiddleOf(c2, 0)));
        clickAt(middle.x, middle.y);
        waitUntil("connector selected", () -> canvas.selectedConnectors().equals(List.of(c2)) && canvas.selection().isEmpty());
        Point from = sync(() -> canvas.segmentMiddleOf(c2, 0));
        drag(canvas, from.x, from.y, from.x, from.y + 80, 6);
        waitUntil("bend point added", () -> c2.getBendPoints().size() == 1);
        assertEquals(0, sync(() -> c2.getBendPoints().get(0).getY()) % DiagramCanvas.GRID, "on the grid");
        screenshot(workbenchShell(), screenshotDir().resolve("diagram-bend-point.png"));
        key(0, SWT.DEL);
        waitUntil("connector deleted", () -> canvas.diagram().getConnectors().size() == before - 1);
        assertEquals(nodes, (int) sync(() -> canvas.diagram().getNodes().size()), "nodes stay");
        key(SWT.MOD1, 'z');
        waitUntil("connector back", () -> canvas.diagram().getConnectors().size() == before);
    }

    @Test
    void draggingAHandleResizesTheBlockOnTheGrid() {
        DiagramNode web1 = node("b-web1");
        int width = sync(() -> web1.getBounds().getWidth());
        int height = sync(() -> web1.getBounds().getHeight());
        clickOn(web1);
        waitUntil("web node 1 selected", () -> canvas.selection().equals(List.of(web1)));
        flushUi();
        Point corner = sync(() -> canvas.handleOf(web1, 4)); // bottom right
        drag(canvas, corner.x, corner.y, corner.x + 60, corner.y + 30, 6);
        waitUntil("resized", () -> web1.getBounds().getWidth() > width);
        assertTrue(sync(() -> web1.getBounds().getHeight()) > height);
        assertEquals(0, sync(() -> web1.getBounds().getWidth()) % DiagramCanvas.GRID, "snapped");
        screenshot(workbenchShell(), screenshotDir().resolve("diagram-resized.png"));
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        assertEquals(width, (int) sync(() -> web1.getBounds().getWidth()), "one command");
        assertEquals(height, (int) sync(() -> web1.getBounds().getHeight()));
    }
}
