package org.nines.ui.actions;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.nines.ui.editor.ModelEditor;

/**
 * File &gt; Export &gt; Open-PSA MEF Fault Tree: writes the active model's failure logic as an MEF file (for SCRAM,
 * XFTA). Reports the result in the status line, failures in a dialog.
 */
public class ExportMefAction extends Action {
    public static final String ID = "org.nines.ui.exportMef";
    private static final String TITLE = "Export Open-PSA MEF";
    private final IWorkbenchWindow window;

    public ExportMefAction(IWorkbenchWindow window) {
        super("Open-PSA &MEF Fault Tree...");
        this.window = window;
        setId(ID);
    }

    @Override
    public void run() {
        ModelEditor editor = ActiveEditor.of(window, TITLE);
        if (editor == null) {
            return;
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
        dialog.setText(TITLE);
        dialog.setFilterExtensions(new String[] { "*.xml" });
        dialog.setFileName(editor.file().getFileName().toString().replaceFirst("\\.nines$", "") + ".xml");
        dialog.setFilterPath(editor.file().toAbsolutePath().getParent().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(editor, Path.of(chosen.endsWith(".xml") ? chosen : chosen + ".xml"));
        }
    }

    /** Writes the editor's model (as it is now, saved or not) to {@code target}; returns whether it was written. */
    public static boolean export(ModelEditor editor, Path target) {
        try {
            String summary = MefConversions.export(editor.model(), target);
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage("Wrote " + target + " (" + summary + ").");
            return true;
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(editor.getSite().getShell(), TITLE, target + " was not written: " + e.getMessage());
            return false;
        }
    }
}
