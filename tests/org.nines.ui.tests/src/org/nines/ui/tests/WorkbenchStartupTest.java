package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.byId;
import static org.nines.ui.tests.driver.Ui.find;
import static org.nines.ui.tests.driver.Ui.screenshot;
import static org.nines.ui.tests.driver.Ui.screenshotDir;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.waitUntil;
import static org.nines.ui.tests.driver.Ui.workbenchShell;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nines.ui.NinesPerspective;
import org.nines.ui.tests.driver.ScreenshotOnFailure;
import org.nines.ui.views.ResultsView;

/** The real workbench starts on the Nines perspective with the editor area and the Results view showing. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchStartupTest {
    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void workbenchOpensOnTheNinesPerspective() {
        assertNull(Display.getCurrent(), "UI tests drive the workbench from a non-UI thread");
        assertEquals(NinesPerspective.ID, sync(() -> page().getPerspective().getId()));
        assertEquals("Nines", sync(() -> page().getPerspective().getLabel()));
        assertTrue(sync(() -> page().isEditorAreaVisible()), "editor area visible");
    }

    @Test
    void resultsViewIsOpenAndExplainsWhatToDo() {
        ResultsView view = sync(() -> (ResultsView) page().findView(ResultsView.ID));
        assertNotNull(view, "Results view is part of the perspective");
        Label message = find(Label.class, byId("results.message"));
        waitUntil("results message visible", () -> sync(() -> message.isVisible() && message.getSize().x > 0));
        assertEquals(ResultsView.NO_RESULT, sync(message::getText));
    }

    @Test
    void screenshotOfTheWorkbenchIsSaved() throws Exception {
        Path shot = screenshot(workbenchShell(), screenshotDir().resolve("workbench-startup.png"));
        assertTrue(Files.size(shot) > 1000, "a real PNG was written: " + shot);
    }
}
