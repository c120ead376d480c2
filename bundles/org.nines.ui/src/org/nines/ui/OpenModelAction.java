package org.nines.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.nines.ui.editor.ModelEditor;

/** File &gt; Open Model: choose a .nines file and open it in the model editor. */
public class OpenModelAction extends Action {
    private final IWorkbenchWindow window;

    public OpenModelAction(IWorkbenchWindow window) {
        super("&Open Model...");
        this.window = window;
        setId("org.nines.ui.openModel");
        setAccelerator(SWT.MOD1 | 'O');
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Nines Model");
        dialog.setFilterExtensions(new String[] { "*.nines", "*.*" });
        dialog.setFilterNames(new String[] { "Nines models (*.nines)", "All files" });
        Path examples = Path.of(System.getProperty("user.dir"), "examples");
        if (Files.isDirectory(examples)) {
            dialog.setFilterPath(examples.toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                ModelEditor.openFile(Path.of(chosen));
            } catch (PartInitException e) {
                ErrorDialog.openError(window.getShell(), "Cannot open " + Path.of(chosen).getFileName(),
                        "The file is not a valid Nines model.", e.getStatus());
            }
        }
    }
}
