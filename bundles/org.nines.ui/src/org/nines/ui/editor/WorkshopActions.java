package org.nines.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.nines.io.excel.ExcelText;
import org.nines.io.excel.RiskWorkbookWriter;
import org.nines.io.excel.WorkbookData;
import org.nines.model.SystemModel;
import org.nines.ui.wizards.ImportRiskEditsWizard;

/**
 * The risk-workshop round trip from the workbench: export the risk-register workbook (a background job on a copy of
 * the model) and take a workshop's edits back with {@link ImportRiskEditsWizard} (every change previewed, applied as
 * one undoable command).
 */
public final class WorkshopActions {
    /** Family of export jobs (for tests). */
    public static final Object EXPORT_FAMILY = WorkshopActions.class;

    private WorkshopActions() {
    }

    /** Asks where to write the workbook, then exports in the background. */
    public static void exportWorkbook(ModelEditor editor) {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        dialog.setFileName(ExcelText.fileName(String.valueOf(editor.model().getName())) + " risk register.xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportWorkbook(editor, Path.of(chosen.endsWith(".xlsx") ? chosen : chosen + ".xlsx"));
        }
    }

    /**
     * Exports the model's risk workbook (with scenarios, the failover test plan and, when the latest simulation is of
     * the model as it is now, the Simulation sheet) to {@code target} in a job.
     */
    public static Job exportWorkbook(ModelEditor editor, Path target) {
        SystemModel copy = EcoreUtil.copy(editor.model());
        org.nines.ui.analysis.SimulationRun simulation = org.nines.ui.analysis.SimulationLauncher.currentRun(editor);
        Job job = new Job("Export risk register to " + target.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    WorkbookData data = simulation != null && simulation.rareEvents() != null
                            ? WorkbookData.withRareEvents(copy, true, simulation.rareEvents(), true, "workbench", ZonedDateTime.now())
                            : WorkbookData.withSimulation(copy, true, simulation == null ? null : simulation.result(), true,
                                    "workbench", ZonedDateTime.now());
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

    /**
     * Opens the Import Risk Edits wizard on the editor's model: it previews every change and rejected cell, and applies
     * the edits as one undoable command (the editor becomes dirty; nothing is written until the user saves).
     */
    public static void importEdits(ModelEditor editor) {
        ImportRiskEditsWizard.open(editor.getSite().getShell(), editor.model(), editor.getEditingDomain());
    }
}
