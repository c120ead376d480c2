package org.nines.ui.actions;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.editor.WorkshopActions;

/**
 * File &gt; Export &gt; Risk Register Workbook... and File &gt; Import &gt; Risk Edits from Workbook...: the risk-workshop
 * round trip of {@link WorkshopActions} on the active model editor.
 */
public final class WorkbookActions {
    private WorkbookActions() {
    }

    /** Exports the active model's risk-register workbook. */
    public static Action export(IWorkbenchWindow window) {
        return action(window, "org.nines.ui.exportWorkbook", "&Risk Register Workbook (Excel)...", "Export Risk Register",
                WorkshopActions::exportWorkbook);
    }

    /** Imports a workshop's edits into the active model (the preview wizard). */
    public static Action importEdits(IWorkbenchWindow window) {
        return action(window, "org.nines.ui.importRiskEdits", "&Risk Edits from Workbook (Excel)...", "Import Risk Edits",
                WorkshopActions::importEdits);
    }

    private static Action action(IWorkbenchWindow window, String id, String text, String title,
            java.util.function.Consumer<ModelEditor> run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                ModelEditor editor = ActiveEditor.of(window, title);
                if (editor != null) {
                    run.accept(editor);
                }
            }
        };
        action.setId(id);
        return action;
    }
}
