package org.nines.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.nines.ui.actions.RecentFiles;
import org.nines.ui.actions.ShippedFiles;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.wizards.Examples;

/**
 * File &gt; Open Model: choose a .nines file and open it in the model editor (and in File &gt; Open Recent). The file
 * dialog starts in the folder of the most recent file, else in the shipped examples.
 */
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
        Path folder = startFolder();
        if (folder != null) {
            dialog.setFilterPath(folder.toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                ModelEditor.openFile(Path.of(chosen));
                RecentFiles.add(Path.of(chosen));
            } catch (PartInitException e) {
                ErrorDialog.openError(window.getShell(), "Cannot open " + Path.of(chosen).getFileName(),
                        "The file is not a valid Nines model.", e.getStatus());
            }
        }
    }

    /** The folder of the newest recent file, else the examples folder, else null (the dialog's own default). */
    private static Path startFolder() {
        List<Path> recent = RecentFiles.list();
        if (!recent.isEmpty() && recent.get(0).getParent() != null) {
            return recent.get(0).getParent();
        }
        Path examples = ShippedFiles.directory("examples", Examples.PROPERTY);
        return examples != null && Files.isDirectory(examples) ? examples : null;
    }
}
