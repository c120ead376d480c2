package org.nines.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Page 1 of the risk-edits import: the edited .xlsx workbook (complete when the file exists). */
final class ChooseWorkbookPage extends WizardPage {
    private final String initial;
    private Text file;

    ChooseWorkbookPage(Path initial) {
        super("chooseWorkbook");
        this.initial = initial == null ? "" : initial.toString();
        setTitle("Import Risk Edits");
        setDescription("Choose the risk-register workbook the workshop edited (as File > Export > Risk "
                + "Register Workbook wrote it).");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        new Label(page, SWT.NONE).setText("&Workbook:");
        file = new Text(page, SWT.BORDER | SWT.SINGLE);
        file.setData("testid", "importEdits.file");
        file.setText(initial);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        file.setLayoutData(data);
        file.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        Label help = new Label(page, SWT.WRAP);
        help.setText("Rows are matched by risk ID; edited fields update the risk, new IDs become new risks. The next page "
                + "lists every change and every rejected cell before anything is applied.");
        GridData helpData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        helpData.widthHint = 520;
        helpData.verticalIndent = 8;
        help.setLayoutData(helpData);
        setControl(page);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.*" });
        dialog.setFilterNames(new String[] { "Excel workbooks (*.xlsx)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void validate() {
        String problem = null;
        Path path = workbook();
        if (file.getText().isBlank()) {
            problem = "Choose the edited workbook.";
        } else if (path == null || !Files.isRegularFile(path)) {
            problem = "The file '" + file.getText().strip() + "' does not exist.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The chosen workbook, or null when the text is not a path. */
    Path workbook() {
        try {
            return file.getText().isBlank() ? null : Path.of(file.getText().strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
