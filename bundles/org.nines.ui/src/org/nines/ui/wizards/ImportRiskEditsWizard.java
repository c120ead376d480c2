package org.nines.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.nines.model.SystemModel;

/**
 * Import Risk Edits: page 1 chooses the edited workbook, page 2 previews every change and rejected cell (computed
 * without writing), Finish applies the edits to the open model as one undoable command (the editor becomes dirty;
 * saving keeps them). Finish is disabled while any cell is rejected or nothing changed.
 */
public final class ImportRiskEditsWizard extends Wizard {
    private final SystemModel model;
    private final EditingDomain domain;
    private final ChooseWorkbookPage choose;
    private final PreviewEditsPage preview = new PreviewEditsPage(this::computePreview);
    private EditsPreview computed;

    /**
     * @param model    the open model the edits apply to
     * @param domain   the editing domain whose command stack executes them
     * @param workbook the workbook to propose first, or null
     */
    public ImportRiskEditsWizard(SystemModel model, EditingDomain domain, Path workbook) {
        this.model = model;
        this.domain = domain;
        this.choose = new ChooseWorkbookPage(workbook);
        setWindowTitle("Import Risk Edits");
    }

    /** Opens the wizard in a dialog; returns whether the edits were applied. */
    public static boolean open(Shell shell, SystemModel model, EditingDomain domain) {
        return new WizardDialog(shell, new ImportRiskEditsWizard(model, domain, null)).open() == WizardDialog.OK;
    }

    @Override
    public void addPages() {
        addPage(choose);
        addPage(preview);
    }

    /** Reads the chosen workbook again each time page 2 is shown (the workshop may have saved it meanwhile). */
    private void computePreview() {
        Path workbook = choose.workbook();
        computed = null;
        if (workbook == null) {
            return;
        }
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                computed = EditsPreview.of(model, workbook);
                preview.show(computed);
            } catch (IOException e) {
                preview.showFailure(workbook.getFileName() + " cannot be read: " + e.getMessage());
            }
        });
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == preview && computed != null && computed.canApply();
    }

    @Override
    public boolean performFinish() {
        Command command;
        try {
            command = RiskEditsCommand.create(domain, model, computed.result().model());
        } catch (IllegalArgumentException e) {
            preview.setErrorMessage("The edits cannot be applied: " + e.getMessage());
            return false;
        }
        if (command != null) {
            domain.getCommandStack().execute(command);
        }
        return true;
    }
}
