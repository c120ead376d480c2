package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.byId;
import static org.nines.ui.tests.driver.Ui.find;
import static org.nines.ui.tests.driver.Ui.fire;
import static org.nines.ui.tests.driver.Ui.flushUi;
import static org.nines.ui.tests.driver.Ui.screenshot;
import static org.nines.ui.tests.driver.Ui.screenshotDir;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.syncRun;
import static org.nines.ui.tests.driver.Ui.waitShowing;
import static org.nines.ui.tests.driver.Ui.waitUntil;
import static org.nines.ui.tests.driver.Ui.workbenchShell;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.NinesPackage;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.tests.driver.ScreenshotOnFailure;
import org.nines.ui.views.ModelOutlinePage;
import org.nines.ui.views.ProblemsPanel;
import org.nines.ui.views.ProblemsView;

/** The Outline (diagram overview and model tree) and the Problems view of a model editor. */
@ExtendWith(ScreenshotOnFailure.class)
class OutlineAndProblemsTest {
    @RegisterExtension
    final ExampleEditor example = new ExampleEditor(ExampleEditor.WEB_CLUSTER);
    private ModelEditor editor;

    @BeforeEach
    void useExample() {
        editor = example.editor();
    }

    private ModelOutlinePage outline() {
        ContentOutline view = sync(() -> (ContentOutline) editor.getSite().getPage().showView(IPageLayout.ID_OUTLINE));
        waitUntil("outline page of the editor", () -> view.getCurrentPage() instanceof ModelOutlinePage);
        ModelOutlinePage page = sync(() -> (ModelOutlinePage) view.getCurrentPage());
        waitShowing(sync(() -> page.tree().getTree()));
        return page;
    }

    private Component component(String id) {
        return sync(() -> editor.model().getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow());
    }

    @Test
    void selectingABlockInTheOutlineTreeSelectsItInTheDiagram() {
        ModelOutlinePage page = outline();
        Block block = sync(() -> (Block) editor.model().getTopDiagram().getNodes().stream().filter(Block.class::isInstance)
                .reduce((first, second) -> second).orElseThrow());
        syncRun(() -> page.tree().setSelection(new StructuredSelection(block), true));
        waitUntil("block selected in the diagram", () -> editor.canvas().selection().contains(block));
        assertTrue(sync(() -> page.tree().getTree().getSelectionCount()) == 1);
        flushUi();
        screenshot(workbenchShell(), screenshotDir().resolve("outline.png"));
    }

    @Test
    void outlineTreeFollowsModelChanges() {
        ModelOutlinePage page = outline();
        Component web1 = component("web1");
        syncRun(() -> editor.getEditingDomain().getCommandStack()
                .execute(SetCommand.create(editor.getEditingDomain(), web1, NinesPackage.Literals.ELEMENT__NAME, "Renamed web node")));
        waitUntil("tree shows the new name", () -> page.tree().testFindItem(web1) instanceof org.eclipse.swt.widgets.TreeItem item
                && item.getText().equals("Renamed web node"));
    }

    @Test
    void overviewShowsTheVisibleAreaAndClickingItScrollsTheDiagram() {
        ModelOutlinePage page = outline();
        syncRun(() -> editor.canvas().setZoom(3));
        flushUi();
        var overview = page.overview();
        waitShowing(sync(overview::control));
        waitUntil("overview rendered", () -> overview.visibleAreaRectangle() != null);
        Rectangle before = sync(() -> editor.canvas().visibleDiagramArea());
        Rectangle rectangleBefore = sync(overview::visibleAreaRectangle);
        Rectangle overviewSize = sync(() -> overview.control().getClientArea());
        Event click = new Event();
        click.button = 1;
        click.x = overviewSize.width - 10;
        click.y = overviewSize.height / 2;
        var target = sync(() -> overview.toDiagram(click.x, click.y));
        assertNotNull(target);
        fire(sync(overview::control), SWT.MouseDown, click);
        waitUntil("diagram scrolled", () -> !editor.canvas().visibleDiagramArea().equals(before));
        Rectangle after = sync(() -> editor.canvas().visibleDiagramArea());
        assertTrue(after.x > before.x, "scrolled right: " + before + " -> " + after);
        waitUntil("rectangle follows", () -> overview.visibleAreaRectangle().x > rectangleBefore.x);
    }

    @Test
    void problemsViewListsAnInvalidValueAndDoubleClickShowsTheComponent() throws Exception {
        ProblemsView view = sync(() -> (ProblemsView) editor.getSite().getPage().showView(ProblemsView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
        ProblemsPanel panel = sync(view::panel);
        waitUntil("validated", () -> panel.model() == editor.model());
        int before = sync(() -> panel.problems().size());
        Component web1 = component("web1");
        syncRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                web1.getFailure(), NinesPackage.Literals.EXPONENTIAL_FAILURE__MTBF_HOURS, -1.0)));
        waitUntil("error listed", () -> panel.problems().size() == before + 1);
        assertTrue(sync(panel::summary).contains("1 error"), sync(panel::summary));
        assertEquals(sync(panel::summary), sync(view::getContentDescription));
        Table table = find(Table.class, byId("problems.table"));
        int row = sync(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(1).startsWith("MTBF must be > 0")) {
                    return i;
                }
            }
            return -1;
        });
        assertNotEquals(-1, row, "the MTBF problem is a row of the table");
        syncRun(() -> table.setSelection(row));
        Event doubleClick = new Event();
        doubleClick.item = sync(() -> table.getItem(row));
        fire(table, SWT.DefaultSelection, doubleClick);
        waitUntil("component shown in the editor", () -> ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                .getFirstElement() == web1);
        flushUi();
        screenshot(workbenchShell(), screenshotDir().resolve("problems.png"));
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        waitUntil("error gone after undo", () -> panel.problems().size() == before);
    }

    @Test
    void problemsViewSaysNoProblemsForAValidModelAndCountsThemWhenBroken() {
        ProblemsView view = sync(() -> (ProblemsView) editor.getSite().getPage().showView(ProblemsView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
        ProblemsPanel panel = sync(view::panel);
        waitUntil("validated", () -> panel.model() == editor.model());
        assertEquals(ProblemsPanel.NO_PROBLEMS, sync(panel::summary), "web-cluster is valid");
        assertEquals(0, (int) sync(() -> panel.problems().size()));
        Component web1 = component("web1");
        syncRun(() -> {
            var domain = editor.getEditingDomain();
            domain.getCommandStack().execute(SetCommand.create(domain, web1, NinesPackage.Literals.COMPONENT__CAPEX, -1.0));
            domain.getCommandStack().execute(SetCommand.create(domain, editor.model(), NinesPackage.Literals.SYSTEM_MODEL__CURRENCY, "euro"));
        });
        waitUntil("both problems listed", () -> panel.summary().equals("1 error, 1 warning"));
        assertEquals("1 error, 1 warning", sync(view::getContentDescription));
        assertTrue(sync(() -> panel.problems().get(0).isError()), "errors first");
    }
}
