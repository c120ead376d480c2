package org.nines.ui.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.nines.ui.editor.ModelEditor;

/**
 * File &gt; Import &gt; Open-PSA MEF Fault Tree: reads one or more MEF files, turns the fault tree into a model with
 * block diagrams, asks for the .nines file to create, writes it atomically and opens it.
 */
public class ImportMefAction extends Action {
    public static final String ID = "org.nines.ui.importMef";
    private static final String TITLE = "Import Open-PSA MEF";
    private final IWorkbenchWindow window;

    public ImportMefAction(IWorkbenchWindow window) {
        super("Open-PSA &MEF Fault Tree...");
        this.window = window;
        setId(ID);
    }

    @Override
    public void run() {
        FileDialog open = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        open.setText(TITLE + ": fault tree files");
        open.setFilterExtensions(new String[] { "*.xml", "*.*" });
        open.setFilterNames(new String[] { "Open-PSA MEF (*.xml)", "All files" });
        if (open.open() == null) {
            return;
        }
        Path folder = Path.of(open.getFilterPath());
        List<Path> inputs = Arrays.stream(open.getFileNames()).map(folder::resolve).toList();
        FileDialog save = new FileDialog(window.getShell(), SWT.SAVE);
        save.setText(TITLE + ": model to create");
        save.setFilterExtensions(new String[] { "*.nines" });
        save.setFilterPath(folder.toString());
        save.setFileName(MefConversions.modelName(inputs.get(0)) + ".nines");
        save.setOverwrite(true);
        String chosen = save.open();
        if (chosen != null) {
            importAndOpen(window, inputs, Path.of(chosen.endsWith(".nines") ? chosen : chosen + ".nines"));
        }
    }

    /** Converts {@code inputs} into {@code target} and opens it; failures are shown in a dialog. */
    public static boolean importAndOpen(IWorkbenchWindow window, List<Path> inputs, Path target) {
        try {
            MefConversions.importTree(inputs, target);
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(window.getShell(), TITLE, inputs.get(0).getFileName() + " was not imported: " + e.getMessage());
            return false;
        }
        try {
            ModelEditor.openFile(target);
            return true;
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), TITLE, target + " was written but cannot be opened: " + e.getMessage());
            return false;
        }
    }
}
