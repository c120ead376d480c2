package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.drag;
import static org.nines.ui.tests.driver.Ui.flushUi;
import static org.nines.ui.tests.driver.Ui.key;
import static org.nines.ui.tests.driver.Ui.screenshot;
import static org.nines.ui.tests.driver.Ui.screenshotDir;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.syncRun;
import static org.nines.ui.tests.driver.Ui.waitForJobs;
import static org.nines.ui.tests.driver.Ui.waitUntil;
import static org.nines.ui.tests.driver.Ui.workbenchShell;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nines.model.Block;
import org.nines.model.DiagramNode;
import org.nines.model.SubDiagramBlock;
import org.nines.ui.analysis.AnalysisJob;
import org.nines.ui.diagram.DiagramCanvas;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.tests.driver.ScreenshotOnFailure;
import org.nines.ui.views.ResultsView;

/** Opening, analysing, editing with the mouse, undoing and saving an example model in the real workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class ModelEditorTest {
    @RegisterExtension
    final ExampleEditor example = new ExampleEditor(ExampleEditor.WEB_CLUSTER);
    private ModelEditor editor;
    private Path file;
    private Path dir;

    @BeforeEach
    void useExample() {
        editor = example.editor();
        file = example.file();
        dir = example.dir();
    }

    private Block firstBlock() {
        return sync(() -> (Block) editor.canvas().diagram().getNodes().stream().filter(Block.class::isInstance).findFirst().orElseThrow());
    }

    @Test
    void exampleOpensOnItsTopDiagram() {
        assertEquals("web-cluster.nines", sync(editor::getPartName));
        assertEquals(sync(() -> editor.model().getTopDiagram()), sync(() -> editor.canvas().diagram()));
        assertFalse(sync(editor::isDirty));
    }

    @Test
    void analysisShowsTheExactAvailabilityInTheResultsView() throws Exception {
        syncRun(editor::analyze);
        waitForJobs(AnalysisJob.FAMILY, 30_000);
        waitUntil("analysis shown", () -> editor.lastRun() != null);
        ResultsView view = sync(() -> (ResultsView) editor.getSite().getPage().findView(ResultsView.ID));
        assertNotNull(view);
        // web-cluster.md: unavailability 1.3785e-4
        assertTrue(sync(view::availabilityText).startsWith("99.98621"), sync(view::availabilityText));
        assertTrue(sync(view::message).contains("exact analysis"), sync(view::message));
        Path shot = screenshot(workbenchShell(), screenshotDir().resolve("editor-analysed.png"));
        assertTrue(Files.size(shot) > 1000);
    }

    @Test
    void analysisFillsTheRisksAndScenariosPages() {
        syncRun(editor::analyze);
        waitForJobs(AnalysisJob.FAMILY, 30_000);
        waitUntil("analysis shown", () -> editor.lastRun() != null && editor.lastRun().risks() != null);
        var risks = org.nines.ui.tests.driver.Ui.find(org.eclipse.swt.widgets.Table.class, org.nines.ui.tests.driver.Ui.byId("risks.table"));
        var scenarios = org.nines.ui.tests.driver.Ui.find(org.eclipse.swt.widgets.Table.class, org.nines.ui.tests.driver.Ui.byId("scenarios.table"));
        int riskCount = sync(() -> editor.lastRun().risks().risks().size());
        assertTrue(riskCount >= sync(() -> editor.model().getRisks().size()), "every model risk, plus derived ones");
        waitUntil("risk rows", () -> risks.getItemCount() == riskCount);
        assertEquals(sync(() -> editor.model().getScenarios().size() + 1), (int) sync(scenarios::getItemCount));
        assertEquals("base", sync(() -> scenarios.getItem(0).getText(0)));
        syncRun(() -> editor.showPage(2));
        flushUi();
        screenshot(workbenchShell(), screenshotDir().resolve("editor-risks.png"));
    }

    @Test
    void chartsViewShowsTheImportanceParetoAndTheScenarioScatter() throws Exception {
        syncRun(editor::analyze);
        waitForJobs(AnalysisJob.FAMILY, 30_000);
        waitUntil("analysis shown", () -> editor.lastRun() != null);
        var view = sync(() -> (org.nines.ui.views.ChartsView) editor.getSite().getPage().showView(org.nines.ui.views.ChartsView.ID));
        waitUntil("pareto chart", () -> view.chart() != null);
        // the chooser starts on the Fussell-Vesely Pareto; its bars carry labels shortened to 24 characters
        assertTrue(sync(() -> view.chart().getTitle().getText()).startsWith("Importance (Fussell-Vesely)"));
        var bars = sync(() -> view.chart().getCategoryPlot().getDataset());
        assertEquals(org.nines.ui.charts.ChartStyle.shorten("Colocation A power and cooling", 24), sync(() -> bars.getColumnKey(0).toString()),
                "largest share first");
        var chooser = org.nines.ui.tests.driver.Ui.find(org.eclipse.swt.widgets.Combo.class, org.nines.ui.tests.driver.Ui.byId("charts.chooser"));
        syncRun(() -> {
            chooser.select(org.nines.ui.views.ChartsView.Kind.COST.ordinal());
            chooser.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        waitUntil("scatter chart", () -> view.chart().getTitle().getText().startsWith("Cost against availability"));
        var points = sync(() -> view.chart().getXYPlot().getDataset());
        assertEquals(3, (int) sync(() -> points.getItemCount(0)), "the three scenarios");
        assertEquals(1, (int) sync(() -> points.getItemCount(2)), "and the base design");
        flushUi();
        screenshot(workbenchShell(), screenshotDir().resolve("charts-scatter.png"));
    }

    @Test
    void draggingABlockMovesItOnGridAndUndoPutsItBack() {
        DiagramCanvas canvas = editor.canvas();
        Block block = firstBlock();
        int x0 = sync(() -> block.getBounds().getX());
        int y0 = sync(() -> block.getBounds().getY());
        Point from = sync(() -> canvas.toControl(block));
        Point to = new Point(from.x + 63, from.y + 38);
        drag(canvas, from.x, from.y, to.x, to.y, 8);
        waitUntil("block moved", () -> block.getBounds().getX() != x0);
        // the block moves by the mouse's movement in whole diagram units (the canvas converts pixels at its zoom),
        // rounded to the grid: the fitted zoom (about 0.84 here) can put that movement right on a half grid step
        Point a = sync(() -> canvas.toDiagramPoint(from.x, from.y));
        Point b = sync(() -> canvas.toDiagramPoint(to.x, to.y));
        assertEquals(x0 + onGrid(b.x - a.x), (int) sync(() -> block.getBounds().getX()));
        assertEquals(y0 + onGrid(b.y - a.y), (int) sync(() -> block.getBounds().getY()));
        waitUntil("editor dirty", editor::isDirty);
        key(SWT.MOD1, 'z');
        waitUntil("undone", () -> block.getBounds().getX() == x0 && block.getBounds().getY() == y0);
        waitUntil("clean again", () -> !editor.isDirty());
    }

    /** A distance in diagram units rounded to the nearest multiple of the grid (half steps round up). */
    private static int onGrid(int units) {
        return Math.round(units / (float) DiagramCanvas.GRID) * DiagramCanvas.GRID;
    }

    @Test
    void automaticLayoutIsOneUndoableCommand() {
        Block block = firstBlock();
        int x0 = sync(() -> block.getBounds().getX());
        int y0 = sync(() -> block.getBounds().getY());
        syncRun(editor::autoLayout);
        flushUi();
        assertTrue(sync(editor::isDirty));
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        assertEquals(x0, (int) sync(() -> block.getBounds().getX()));
        assertEquals(y0, (int) sync(() -> block.getBounds().getY()));
        assertFalse(sync(editor::isDirty));
    }

    @Test
    void subDiagramOpensOnDoubleClickAndBreadcrumbLeadsBack() {
        DiagramCanvas canvas = editor.canvas();
        SubDiagramBlock sub = sync(() -> (SubDiagramBlock) canvas.diagram().getNodes().stream()
                .filter(SubDiagramBlock.class::isInstance).findFirst().orElseThrow());
        Point at = sync(() -> canvas.toControl(sub));
        Point display = sync(() -> canvas.toDisplay(at));
        org.nines.ui.tests.driver.Ui.mouseMove(display.x, display.y);
        org.nines.ui.tests.driver.Ui.fire(canvas, SWT.MouseDoubleClick, mouseEvent(at));
        waitUntil("sub-diagram shown", () -> canvas.diagram() == sub.getDiagram());
        var crumb = org.nines.ui.tests.driver.Ui.find(org.eclipse.swt.widgets.Link.class, org.nines.ui.tests.driver.Ui.byId("diagram.breadcrumb"));
        assertTrue(sync(crumb::getText).contains("<a href=\"0\">"), "the top diagram is a link: " + sync(crumb::getText));
        var click = new org.eclipse.swt.widgets.Event();
        click.text = "0";
        org.nines.ui.tests.driver.Ui.fire(crumb, SWT.Selection, click);
        waitUntil("back on the top diagram", () -> canvas.diagram() == editor.model().getTopDiagram());
    }

    @Test
    void savingWritesAValidFileAndClearsTheDirtyFlag() throws Exception {
        Block block = firstBlock();
        syncRun(() -> {
            editor.canvas().setFocus();
            editor.canvas().selectAll();
            editor.canvas().moveSelection(20, 0);
        });
        assertTrue(sync(editor::isDirty));
        syncRun(() -> editor.doSave(null));
        assertFalse(sync(editor::isDirty));
        int saved = sync(() -> block.getBounds().getX());
        var reloaded = org.nines.io.model.ModelStore.load(file).model();
        DiagramNode same = reloaded.getTopDiagram().getNodes().stream().filter(n -> n.getId().equals(block.getId())).findFirst().orElseThrow();
        assertEquals(saved, same.getBounds().getX());
        assertTrue(Files.exists(dir.resolve("web-cluster.nines.bak")), "previous version kept");
        assertNotEquals(Files.readString(file), Files.readString(dir.resolve("web-cluster.nines.bak")));
    }

    @Test
    void blockAddedConnectedAndDeletedWithTheKeyboardUndoesStepByStep() {
        DiagramCanvas canvas = editor.canvas();
        var editing = new org.nines.ui.diagram.DiagramEditing(editor.getEditingDomain());
        int nodes = sync(() -> canvas.diagram().getNodes().size());
        int connectors = sync(() -> canvas.diagram().getConnectors().size());
        syncRun(() -> {
            var component = editor.model().getComponents().get(0);
            editor.getEditingDomain().getCommandStack().execute(editing.addBlock(canvas.diagram(), component, 100, 80));
            var added = canvas.diagram().getNodes().get(canvas.diagram().getNodes().size() - 1);
            var start = canvas.diagram().getNodes().stream().filter(org.nines.model.Start.class::isInstance).findFirst().orElseThrow();
            editor.getEditingDomain().getCommandStack().execute(editing.connect(start, added));
        });
        assertEquals(nodes + 1, (int) sync(() -> canvas.diagram().getNodes().size()));
        assertEquals(connectors + 1, (int) sync(() -> canvas.diagram().getConnectors().size()));
        DiagramNode added = sync(() -> canvas.diagram().getNodes().get(canvas.diagram().getNodes().size() - 1));
        Point at = sync(() -> canvas.toControl(added));
        syncRun(canvas::setFocus);
        org.nines.ui.tests.driver.Ui.click(canvas); // focus the canvas with a real click first
        Point display = sync(() -> canvas.toDisplay(at));
        org.nines.ui.tests.driver.Ui.clickAt(display.x, display.y);
        waitUntil("added block selected", () -> canvas.selection().equals(java.util.List.of(added)));
        key(0, SWT.DEL);
        waitUntil("block and its connector deleted", () -> canvas.diagram().getNodes().size() == nodes
                && canvas.diagram().getConnectors().size() == connectors);
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        assertEquals(nodes + 1, (int) sync(() -> canvas.diagram().getNodes().size()));
        syncRun(() -> {
            editor.getEditingDomain().getCommandStack().undo();
            editor.getEditingDomain().getCommandStack().undo();
        });
        assertEquals(nodes, (int) sync(() -> canvas.diagram().getNodes().size()));
        assertFalse(sync(editor::isDirty));
    }

    /** Regression: deleting a block a scenario switches on used to leave the scenario pointing at nothing. */
    @Test
    void deletingABlockAlsoRemovesTheScenarioChangesThatNameIt() {
        var editing = new org.nines.ui.diagram.DiagramEditing(editor.getEditingDomain());
        int changes = sync(() -> editor.model().getScenarios().stream().mapToInt(s -> s.getChanges().size()).sum());
        DiagramNode web4 = sync(() -> editor.model().getTopDiagram().getNodes().stream()
                .filter(n -> "b-web4".equals(n.getId())).findFirst().orElseThrow());
        syncRun(() -> editor.getEditingDomain().getCommandStack().execute(editing.delete(java.util.List.of(web4))));
        int after = sync(() -> editor.model().getScenarios().stream().mapToInt(s -> s.getChanges().size()).sum());
        assertTrue(after < changes, "the changes enabling web node 4 are gone: " + changes + " -> " + after);
        assertFalse(sync(() -> org.nines.model.validation.ModelValidator.hasErrors(
                org.nines.model.validation.ModelValidator.validate(editor.model()))), "the model stays valid");
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        assertEquals(changes, (int) sync(() -> editor.model().getScenarios().stream().mapToInt(s -> s.getChanges().size()).sum()));
    }

    @Test
    void diagramExportsAsPng() throws Exception {
        Path png = dir.resolve("diagram.png");
        syncRun(() -> editor.exportDiagramPng(png));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals(0x89, head[0] & 0xff);
        assertEquals('P', head[1]);
        var image = sync(() -> new org.eclipse.swt.graphics.ImageData(png.toString()));
        assertTrue(image.width > 600 && image.height > 300, image.width + "x" + image.height);
    }

    @Test
    void riskRegisterWorkbookIsExportedFromTheWorkbench() throws Exception {
        Path xlsx = dir.resolve("workshop.xlsx");
        syncRun(() -> org.nines.ui.editor.WorkshopActions.exportWorkbook(editor, xlsx));
        waitForJobs(org.nines.ui.editor.WorkshopActions.EXPORT_FAMILY, 60_000);
        byte[] bytes = Files.readAllBytes(xlsx);
        assertEquals('P', bytes[0]);
        assertEquals('K', bytes[1]);
        assertTrue(bytes.length > 10_000, "a full workbook: " + bytes.length + " bytes");
    }

    private static org.eclipse.swt.widgets.Event mouseEvent(Point at) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.x = at.x;
        e.y = at.y;
        e.button = 1;
        return e;
    }
}
