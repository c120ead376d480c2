package org.nines.ui.actions;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.nines.model.Diagram;
import org.nines.ui.diagram.SvgExport;
import org.nines.ui.editor.ModelEditor;

/**
 * File &gt; Export &gt; Diagram as PNG / SVG: writes the diagram shown in the active model editor (with the latest
 * results' colours when they are shown).
 */
public class ExportDiagramAction extends Action {
    /** The image formats offered. */
    public enum Format {
        PNG("png", "Diagram as &PNG Image..."), SVG("svg", "Diagram as &SVG Image...");

        private final String extension;
        private final String label;

        Format(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }
    }

    private final IWorkbenchWindow window;
    private final Format format;

    public ExportDiagramAction(IWorkbenchWindow window, Format format) {
        super(format.label);
        this.window = window;
        this.format = format;
        setId("org.nines.ui.exportDiagram." + format.extension);
    }

    @Override
    public void run() {
        String title = "Export Diagram as " + format.name();
        ModelEditor editor = ActiveEditor.of(window, title);
        if (editor == null || editor.canvas().diagram() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(window.getShell(), SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*." + format.extension });
        dialog.setFileName(editor.canvas().diagram().getName() + "." + format.extension);
        dialog.setFilterPath(editor.file().toAbsolutePath().getParent().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen.endsWith("." + format.extension) ? chosen : chosen + "." + format.extension);
        try {
            export(editor, format, target);
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage("Wrote " + target + ".");
        } catch (IOException | java.io.UncheckedIOException e) {
            MessageDialog.openError(window.getShell(), title, target + " was not written: " + e.getMessage());
        }
    }

    /** Writes the editor's shown diagram in the format. */
    public static void export(ModelEditor editor, Format format, Path target) throws IOException {
        Diagram diagram = editor.canvas().diagram();
        switch (format) {
            case PNG -> editor.exportDiagramPng(target);
            case SVG -> SvgExport.write(diagram, editor.canvas().showResults() && editor.lastRun() != null
                    ? editor.lastRun().result() : null, target);
        }
    }
}
