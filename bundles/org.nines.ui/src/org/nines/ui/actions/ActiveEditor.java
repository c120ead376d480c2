package org.nines.ui.actions;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.nines.ui.editor.ModelEditor;

/** The model editor a File menu action works on. */
final class ActiveEditor {
    private ActiveEditor() {
    }

    /** The active model editor of the window, or null after telling the user to open a model first. */
    static ModelEditor of(IWorkbenchWindow window, String title) {
        if (window.getActivePage() != null && window.getActivePage().getActiveEditor() instanceof ModelEditor editor) {
            return editor;
        }
        MessageDialog.openInformation(window.getShell(), title, "Open a model first (File > Open Model...).");
        return null;
    }
}
