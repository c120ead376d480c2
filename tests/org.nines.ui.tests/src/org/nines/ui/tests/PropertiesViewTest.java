package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.activateWorkbenchShell;
import static org.nines.ui.tests.driver.Ui.byId;
import static org.nines.ui.tests.driver.Ui.find;
import static org.nines.ui.tests.driver.Ui.fire;
import static org.nines.ui.tests.driver.Ui.flushUi;
import static org.nines.ui.tests.driver.Ui.key;
import static org.nines.ui.tests.driver.Ui.screenshot;
import static org.nines.ui.tests.driver.Ui.screenshotDir;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.syncRun;
import static org.nines.ui.tests.driver.Ui.type;
import static org.nines.ui.tests.driver.Ui.waitForJobs;
import static org.nines.ui.tests.driver.Ui.waitShowing;
import static org.nines.ui.tests.driver.Ui.waitUntil;
import static org.nines.ui.tests.driver.Ui.workbenchShell;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.ExponentialFailure;
import org.nines.model.KofN;
import org.nines.model.WeibullFailure;
import org.nines.ui.analysis.AnalysisJob;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.tests.driver.ScreenshotOnFailure;
import org.nines.ui.views.PropertiesPanel;
import org.nines.ui.views.PropertiesView;

/** Editing a component in the Properties view: typed fields, rejected input, undo, law switches, risk links. */
@ExtendWith(ScreenshotOnFailure.class)
class PropertiesViewTest {
    @RegisterExtension
    final ExampleEditor example = new ExampleEditor(ExampleEditor.WEB_CLUSTER);
    private ModelEditor editor;
    private PropertiesView view;

    @BeforeEach
    void showProperties() {
        editor = example.editor();
        // the editor analyses on opening and then brings the Results view up: let that happen before showing Properties
        waitForJobs(AnalysisJob.FAMILY, 30_000);
        waitUntil("first analysis shown", () -> editor.lastRun() != null);
        view = sync(() -> (PropertiesView) editor.getSite().getPage().showView(PropertiesView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
        syncRun(() -> editor.getSite().getPage().activate(editor)); // the workbench passes on the active part's selection
        activateWorkbenchShell();
        waitShowing(editor.canvas());
    }

    private PropertiesPanel panel() {
        return sync(view::panel);
    }

    private Component component(String id) {
        return sync(() -> editor.model().getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow());
    }

    /** Selects a component's block in the diagram and opens a tab of the Properties view. */
    private Block selectBlockOf(String componentId, String tab) {
        Block block = sync(() -> (Block) editor.model().getTopDiagram().getNodes().stream()
                .filter(n -> n instanceof Block b && b.getComponent() != null && componentId.equals(b.getComponent().getId()))
                .findFirst().orElseThrow());
        syncRun(() -> editor.reveal(block));
        waitUntil("properties of " + componentId, () -> panel().element() == block);
        syncRun(() -> panel().selectTab(tab));
        return block;
    }

    /** Types into a field as the user does (focus, select all, type, Enter). */
    private void enter(String testId, String text) {
        syncRun(() -> {
            try {
                editor.getSite().getPage().showView(PropertiesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        Text field = find(Text.class, byId(testId));
        waitShowing(field);
        syncRun(field::setFocus);
        waitUntil("focus in " + testId, () -> field.getDisplay().getFocusControl() == field);
        syncRun(field::selectAll);
        type(text);
        key(0, SWT.CR);
    }

    private double mtbf(Component c) {
        return sync(() -> ((ExponentialFailure) c.getFailure()).getMtbfHours());
    }

    @Test
    void editingTheMtbfInPropertiesChangesTheAnalysedAvailability() {
        double before = sync(() -> editor.lastRun().result().availability());
        Component lb1 = component("lb1");
        selectBlockOf("lb1", "Failure");
        enter("properties.failure.mtbf", "500");
        waitUntil("MTBF applied", () -> mtbf(lb1) == 500);
        assertTrue(sync(editor::isDirty));
        var previous = sync(editor::lastRun);
        syncRun(editor::analyze);
        waitForJobs(AnalysisJob.FAMILY, 30_000);
        waitUntil("new analysis shown", () -> editor.lastRun() != previous && editor.lastRun().result() != null);
        double after = sync(() -> editor.lastRun().result().availability());
        assertTrue(after < before, "a less reliable load balancer lowers availability: " + before + " -> " + after);
        flushUi();
        screenshot(workbenchShell(), screenshotDir().resolve("properties-failure.png"));
    }

    @Test
    void negativeOrNonNumericMtbfIsMarkedAndNotApplied() {
        Component lb1 = component("lb1");
        selectBlockOf("lb1", "Failure");
        enter("properties.failure.mtbf", "-5");
        Label message = find(Label.class, byId("properties.failure.mtbf.message"));
        waitUntil("error shown", () -> message.isVisible() && message.getText().contains("must be > 0"));
        enter("properties.failure.mtbf", "abc");
        waitUntil("error shown", () -> message.getText().contains("not a number"));
        flushUi();
        assertEquals(100_000, mtbf(lb1));
        assertFalse(sync(editor::isDirty));
        assertFalse(sync(() -> editor.getEditingDomain().getCommandStack().canUndo()));
        screenshot(workbenchShell(), screenshotDir().resolve("properties-rejected.png"));
    }

    @Test
    void undoInTheEditorShowsTheOldValueInTheField() {
        Component web1 = component("web1");
        selectBlockOf("web1", "Failure");
        enter("properties.failure.mtbf", "5000");
        waitUntil("MTBF applied", () -> mtbf(web1) == 5000);
        Text field = find(Text.class, byId("properties.failure.mtbf"));
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        waitUntil("field shows the undone value", () -> field.getText().equals("4380"));
        assertEquals(4380, mtbf(web1));
        assertFalse(sync(editor::isDirty));
    }

    @Test
    void switchingToWeibullKeepsTheMeanAndUndoesInOneStep() {
        Component web1 = component("web1");
        selectBlockOf("web1", "Failure");
        Combo law = find(Combo.class, byId("properties.failure.law"));
        syncRun(() -> {
            law.select(1); // Weibull
            law.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        waitUntil("Weibull law", () -> web1.getFailure() instanceof WeibullFailure);
        WeibullFailure weibull = assertInstanceOf(WeibullFailure.class, sync(web1::getFailure));
        assertEquals(4380, sync(weibull::getScaleHours), 1e-9, "shape 1 and scale = old MTBF: the same mean");
        assertEquals(1, sync(weibull::getShape));
        Text shape = find(Text.class, byId("properties.failure.shape"));
        waitShowing(shape);
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        waitUntil("exponential again", () -> web1.getFailure() instanceof ExponentialFailure);
        assertEquals(4380, mtbf(web1));
        Text mtbf = find(Text.class, byId("properties.failure.mtbf"));
        assertEquals("4380", sync(mtbf::getText));
    }

    @Test
    void kOfNRejectsKLargerThanItsIncomingPaths() {
        KofN node = sync(() -> (KofN) editor.model().getTopDiagram().getNodes().stream().filter(KofN.class::isInstance)
                .filter(n -> ((KofN) n).getK() == 2).findFirst().orElseThrow());
        int k = sync(node::getK);
        syncRun(() -> editor.reveal(node));
        waitUntil("properties of the k-of-n node", () -> panel().element() == node);
        enter("properties.kofn.k", "9");
        Label message = find(Label.class, byId("properties.kofn.k.message"));
        waitUntil("error shown", () -> message.isVisible() && message.getText().contains("between 1 and n"));
        assertEquals(k, (int) sync(node::getK));
        enter("properties.kofn.k", "1");
        waitUntil("k applied", () -> node.getK() == 1);
        waitUntil("error gone", () -> !message.isVisible());
    }

    @Test
    void riskLinksListTheRisksOfTheComponentAndItsSite() {
        selectBlockOf("web1", "Risk links");
        Table table = find(Table.class, byId("properties.risks.table"));
        int expected = sync(() -> (int) editor.model().getRisks().stream().filter(r -> r.getAffectedComponents().contains(component("web1"))
                || r.getAffectedSites().contains(component("web1").getSite())).count());
        assertTrue(expected > 0, "the example has risks for web node 1 or its site");
        waitUntil("risk rows", () -> table.getItemCount() == expected);
        syncRun(() -> table.setSelection(0));
        var doubleClick = new org.eclipse.swt.widgets.Event();
        doubleClick.item = sync(() -> table.getItem(0));
        fire(table, SWT.DefaultSelection, doubleClick);
        Table risksPage = find(Table.class, byId("risks.table"));
        waitUntil("Risks page shown", risksPage::isVisible);
    }

    @Test
    void selectingAConnectorShowsItsEnabledFlagAndDisablesItAsOneCommand() {
        var connector = sync(() -> editor.model().getTopDiagram().getConnectors().get(0));
        syncRun(() -> editor.getSite().getSelectionProvider().setSelection(new org.eclipse.jface.viewers.StructuredSelection(connector)));
        waitUntil("properties of the connector", () -> panel().element() == connector);
        var combo = find(org.eclipse.swt.widgets.Combo.class, byId("properties.connector.enabled"));
        assertEquals(0, (int) sync(combo::getSelectionIndex), "shown as enabled");
        syncRun(() -> {
            combo.select(1);
            combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        waitUntil("connector disabled", () -> !connector.isEnabled());
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        waitUntil("shown as enabled again", () -> sync(combo::getSelectionIndex) == 0);
    }
}
