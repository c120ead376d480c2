package org.nines.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.nines.io.excel.ExcelText;
import org.nines.io.excel.RiskWorkbookImporter;
import org.nines.io.excel.RiskWorkbookWriter;
import org.nines.io.excel.WorkbookData;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;

/**
 * The risk-workshop round trip from the workbench: export the risk-register workbook (a background job on a copy of
 * the model) and take a workshop's edits back (every change listed for confirmation; the model file is rewritten with
 * its previous version kept as .bak, then reopened).
 */
public final class WorkshopActions {
    /** Family of export jobs (for tests). */
    public static final Object EXPORT_FAMILY = WorkshopActions.class;

    private WorkshopActions() {
    }

    /** Asks where to write the workbook, then exports in the background. */
    static void exportWorkbook(ModelEditor editor) {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        dialog.setFileName(ExcelText.fileName(String.valueOf(editor.model().getName())) + " risk register.xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportWorkbook(editor, Path.of(chosen.endsWith(".xlsx") ? chosen : chosen + ".xlsx"));
        }
    }

    /** Exports the model's risk workbook (with scenarios and the failover test plan) to {@code target} in a job. */
    public static Job exportWorkbook(ModelEditor editor, Path target) {
        SystemModel copy = EcoreUtil.copy(editor.model());
        Job job = new Job("Export risk register to " + target.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    WorkbookData data = WorkbookData.compute(copy, true, null, true, "workbench", ZonedDateTime.now());
                    RiskWorkbookWriter.write(data, target);
                    return Status.OK_STATUS;
                } catch (IOException | IllegalArgumentException e) {
                    return Status.error(target + " was not written: " + e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == EXPORT_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Asks for an edited workbook, shows every change, and applies them to the model file when confirmed. */
    static void importEdits(ModelEditor editor) {
        Shell shell = editor.getSite().getShell();
        if (editor.isDirty()) {
            MessageDialog.openInformation(shell, "Import risk edits", "Save the model first: the workshop's edits are "
                    + "applied to the saved file (its previous version is kept as .bak).");
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        RiskWorkbookImporter.Result result;
        try {
            result = RiskWorkbookImporter.importRisks(editor.model(), Path.of(chosen));
        } catch (IOException e) {
            MessageDialog.openError(shell, "Import risk edits", chosen + " cannot be read: " + e.getMessage());
            return;
        }
        if (!result.ok()) {
            MessageDialog.openError(shell, "Import risk edits", "Nothing was changed. Fix these cells and import again:\n\n"
                    + String.join("\n", result.errors().stream().limit(20).map(Object::toString).toList()));
            return;
        }
        if (!result.changed()) {
            MessageDialog.openInformation(shell, "Import risk edits", "The workbook has no changes to the risk register.");
            return;
        }
        List<String> lines = new ArrayList<>();
        result.changes().stream().limit(25).forEach(c -> lines.add(c.toString()));
        result.added().forEach(id -> lines.add("new risk " + id));
        if (result.changes().size() > 25) {
            lines.add("... and " + (result.changes().size() - 25) + " more changes");
        }
        if (MessageDialog.openConfirm(shell, "Import risk edits", "Apply these changes to " + editor.file().getFileName()
                + "?\n\n" + String.join("\n", lines))) {
            apply(editor, result.model());
        }
    }

    /** Saves the imported model over the editor's file (keeping .bak) and reopens it. */
    static void apply(ModelEditor editor, SystemModel imported) {
        Path file = editor.file();
        try {
            ModelStore.save(imported, file);
        } catch (IOException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Import risk edits", file + " was not changed: " + e.getMessage());
            return;
        }
        IWorkbenchPage page = editor.getSite().getPage();
        page.closeEditor(editor, false);
        try {
            ModelEditor.openFile(file);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Import risk edits", e.getMessage());
        }
    }
}
