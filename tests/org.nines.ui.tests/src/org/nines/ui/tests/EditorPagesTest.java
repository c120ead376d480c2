package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.byId;
import static org.nines.ui.tests.driver.Ui.byText;
import static org.nines.ui.tests.driver.Ui.click;
import static org.nines.ui.tests.driver.Ui.clickAt;
import static org.nines.ui.tests.driver.Ui.find;
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
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nines.model.Component;
import org.nines.model.ExponentialFailure;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;
import org.nines.ui.analysis.AnalysisJob;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.tests.driver.ScreenshotOnFailure;

/** The Components, Risks and Scenarios pages of the editor: filtering, adding, editing in place, deleting, adopting. */
@ExtendWith(ScreenshotOnFailure.class)
class EditorPagesTest {
    private static final int COMPONENTS = 1;
    private static final int RISKS = 2;
    private static final int SCENARIOS = 3;

    @RegisterExtension
    final ExampleEditor example = new ExampleEditor(ExampleEditor.WEB_CLUSTER);
    private ModelEditor editor;

    @BeforeEach
    void useExample() {
        editor = example.editor();
    }

    private Table showTable(int page, String id) {
        syncRun(() -> editor.showPage(page));
        Table table = find(Table.class, byId(id));
        waitShowing(table);
        return table;
    }

    private int rowOf(Table table, int column, String text) {
        return sync(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (text.equals(table.getItem(i).getText(column))) {
                    return i;
                }
            }
            throw new AssertionError("no row '" + text + "' in " + table.getData("testid"));
        });
    }

    /** Selects the row, then clicks the cell (a click on a selected row's cell opens its editor). */
    private void clickCell(Table table, int row, int column) {
        syncRun(() -> {
            table.setSelection(row);
            table.showItem(table.getItem(row));
            table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        Point p = sync(() -> {
            Rectangle cell = table.getItem(row).getBounds(column);
            return table.toDisplay(cell.x + Math.min(20, cell.width / 2), cell.y + cell.height / 2);
        });
        clickAt(p.x, p.y);
    }

    private Component component(String id) {
        return sync(() -> editor.model().getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow());
    }

    @Test
    void filterShowsOnlyComponentsWhoseNameIdKindOrSiteMatches() {
        Table table = showTable(COMPONENTS, "components.table");
        Text filter = find(Text.class, byId("components.filter"));
        syncRun(() -> filter.setText("WEB"));
        waitUntil("four web nodes", () -> table.getItemCount() == 4);
        syncRun(() -> filter.setText("data centre b"));
        waitUntil("four components at site B", () -> table.getItemCount() == 4);
        syncRun(() -> filter.setText(""));
        waitUntil("all components", () -> table.getItemCount() == editor.model().getComponents().size());
    }

    @Test
    void addCreatesAComponentReadyToRenameAndUndoRemovesIt() {
        Table table = showTable(COMPONENTS, "components.table");
        int before = sync(() -> editor.model().getComponents().size());
        click(find(Button.class, byId("components.add")));
        waitUntil("component added", () -> editor.model().getComponents().size() == before + 1);
        waitUntil("name editor open", () -> table.getDisplay().getFocusControl() instanceof Text t && t.getParent() == table);
        type("Edge router");
        key(0, SWT.CR);
        waitUntil("renamed", () -> "Edge router".equals(editor.model().getComponents().get(before).getName()));
        Component added = sync(() -> editor.model().getComponents().get(before));
        assertEquals(50_000, sync(() -> ((ExponentialFailure) added.getFailure()).getMtbfHours()));
        assertTrue(sync(editor::isDirty));
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        waitUntil("row gone", () -> table.getItemCount() == before);
        assertFalse(sync(editor::isDirty));
    }

    @Test
    void aNegativeMtbfIsRefusedWithAMessageAndAPositiveOneIsSet() {
        Table table = showTable(COMPONENTS, "components.table");
        int row = rowOf(table, 1, "web1");
        clickCell(table, row, 4);
        waitUntil("MTBF editor open", () -> table.getDisplay().getFocusControl() instanceof Text t && t.getParent() == table);
        syncRun(() -> ((Text) table.getDisplay().getFocusControl()).selectAll());
        type("-5");
        key(0, SWT.CR);
        Label status = find(Label.class, byId("components.status"));
        waitUntil("refusal shown", () -> status.getText().contains("MTBF"));
        assertEquals(4380, sync(() -> ((ExponentialFailure) component("web1").getFailure()).getMtbfHours()));
        assertFalse(sync(editor::isDirty), "a refused value executes no command");

        clickCell(table, row, 4);
        waitUntil("MTBF editor open", () -> table.getDisplay().getFocusControl() instanceof Text t && t.getParent() == table);
        syncRun(() -> ((Text) table.getDisplay().getFocusControl()).selectAll());
        type("5000");
        key(0, SWT.CR);
        waitUntil("MTBF set", () -> ((ExponentialFailure) component("web1").getFailure()).getMtbfHours() == 5000);
        assertEquals(row, (int) sync(table::getSelectionIndex), "the refresh keeps the selection");
    }

    @Test
    void deleteAsksThenRemovesTheComponentWithItsBlocksAndKeepsTheModelValid() {
        Table table = showTable(COMPONENTS, "components.table");
        int before = sync(() -> editor.model().getComponents().size());
        int row = rowOf(table, 1, "web4");
        syncRun(() -> {
            table.setSelection(row);
            table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        click(find(Button.class, byId("components.delete")));
        Button confirm = find(Button.class, byText("Delete").and(w -> "Delete components".equals(((Button) w).getShell().getText())));
        click(confirm);
        waitUntil("component deleted", () -> editor.model().getComponents().size() == before - 1);
        assertTrue(sync(() -> editor.model().getComponents().stream().noneMatch(c -> "web4".equals(c.getId()))));
        assertEquals(java.util.List.of(), sync(() -> ModelValidator.validate(editor.model()).stream().filter(Problem::isError)
                .map(Problem::message).toList()));
    }

    @Test
    void derivedRisksAreListedBelowTheRegisterAndCanBeAdopted() {
        syncRun(editor::analyze);
        waitForJobs(AnalysisJob.FAMILY, 30_000);
        waitUntil("analysis shown", () -> editor.lastRun() != null && editor.lastRun().risks() != null);
        Table table = showTable(RISKS, "risks.table");
        int all = sync(() -> editor.lastRun().risks().risks().size());
        waitUntil("register and derived risks", () -> table.getItemCount() == all);
        int modelRisks = sync(() -> editor.model().getRisks().size());
        int derivedRow = sync(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(1).startsWith("D-")) {
                    return i;
                }
            }
            throw new AssertionError("no derived risk shown");
        });
        syncRun(() -> {
            table.setSelection(derivedRow);
            table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        click(find(Button.class, byId("risks.adopt")));
        waitUntil("risk adopted", () -> editor.model().getRisks().size() == modelRisks + 1);
        assertTrue(sync(() -> editor.model().getRisks().get(modelRisks).isDerived()));
        Label header = find(Label.class, byId("risks.header"));
        waitUntil("figures marked stale", () -> header.getText().contains("stale"));
        flushUi();
        screenshot(workbenchShell(), screenshotDir().resolve("editor-risks-adopted.png"));
    }

    @Test
    void aScenarioCanBeAddedAndGivenAChange() {
        showTable(SCENARIOS, "scenarios.list");
        int before = sync(() -> editor.model().getScenarios().size());
        click(find(Button.class, byId("scenarios.add")));
        waitUntil("scenario added", () -> editor.model().getScenarios().size() == before + 1);
        key(0, SWT.CR); // keep the proposed name
        click(find(Button.class, byId("scenarios.addChange")));
        waitUntil("change added", () -> editor.model().getScenarios().get(before).getChanges().size() == 1);
        Table changes = find(Table.class, byId("scenarios.changes"));
        waitUntil("change shown", () -> changes.getItemCount() == 1);
        flushUi();
        screenshot(workbenchShell(), screenshotDir().resolve("editor-scenarios.png"));
    }
}
