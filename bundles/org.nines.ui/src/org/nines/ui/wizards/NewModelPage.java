package org.nines.ui.wizards;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.nines.ui.wizards.Examples.Example;

/**
 * The only page of the new-model wizard: the model's name, the folder and file to create, and what to start from (an
 * empty model or one of the bundled examples). The page is complete when the name is not empty, the folder exists and
 * the file name ends in .nines; an existing file is only a warning (the wizard asks before replacing it).
 */
final class NewModelPage extends WizardPage {
    private final Path initialFolder;
    private final List<Example> examples;
    private Text name;
    private Text folder;
    private Text fileName;
    private Button empty;
    private Button fromExample;
    private Table exampleTable;
    private boolean fileNameEdited;

    NewModelPage(Path initialFolder, List<Example> examples) {
        super("newModel");
        this.initialFolder = initialFolder;
        this.examples = examples;
        setTitle("New Nines Model");
        setDescription("Name the model, choose where to create it and what to start from.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        name = labelledText(page, "Model &name:", "newModel.name", "New model");
        folder = labelledText(page, "&Folder:", "newModel.folder", initialFolder.toString());
        ((GridData) folder.getLayoutData()).horizontalSpan = 1;
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.setData("testid", "newModel.browse");
        browse.addListener(SWT.Selection, e -> browseFolder());
        fileName = labelledText(page, "F&ile name:", "newModel.fileName", "New model.nines");
        name.addListener(SWT.Modify, e -> {
            if (!fileNameEdited) {
                fileName.setText(fileNameFor(name.getText()));
            }
        });
        fileName.addListener(SWT.KeyDown, e -> fileNameEdited = true);

        empty = radio(page, "&Empty model (Start connected to End; currency and risk scales from the preferences)", "newModel.empty");
        empty.setSelection(true);
        fromExample = radio(page, "From an e&xample:", "newModel.fromExample");
        fromExample.setEnabled(!examples.isEmpty());
        createExampleTable(page);
        if (examples.isEmpty()) {
            Label none = new Label(page, SWT.WRAP);
            none.setText("No examples are installed with this copy of Nines.");
            none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        }
        empty.addListener(SWT.Selection, e -> validate());
        fromExample.addListener(SWT.Selection, e -> validate());
        setControl(page);
        validate();
    }

    private Text labelledText(Composite page, String label, String testId, String value) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
        text.setText(value);
        text.setData("testid", testId);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    private Button radio(Composite page, String text, String testId) {
        Button button = new Button(page, SWT.RADIO);
        button.setText(text);
        button.setData("testid", testId);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        data.verticalIndent = 6;
        button.setLayoutData(data);
        return button;
    }

    private void createExampleTable(Composite page) {
        exampleTable = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        exampleTable.setData("testid", "newModel.examples");
        exampleTable.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        data.horizontalIndent = 20;
        data.heightHint = 120;
        data.widthHint = 560;
        exampleTable.setLayoutData(data);
        TableColumn file = new TableColumn(exampleTable, SWT.LEFT);
        file.setText("Example");
        TableColumn description = new TableColumn(exampleTable, SWT.LEFT);
        description.setText("Description");
        for (Example example : examples) {
            TableItem item = new TableItem(exampleTable, SWT.NONE);
            item.setText(new String[] { example.fileName(), example.description() });
            item.setData(example);
        }
        file.pack();
        description.pack();
        if (!examples.isEmpty()) {
            exampleTable.select(0);
        }
        exampleTable.addListener(SWT.Selection, e -> {
            fromExample.setSelection(true);
            empty.setSelection(false);
            validate();
        });
    }

    private void browseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folder.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    /** A file name for a model name: characters that file systems refuse replaced by '_', plus .nines. */
    static String fileNameFor(String modelName) {
        String base = modelName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return (base.isEmpty() ? "model" : base) + ".nines";
    }

    /** Shows the first problem of the page (or a warning that the file exists) and sets the page complete. */
    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setMessage(problem == null && Files.exists(target()) ? target().getFileName() + " exists: Finish asks before "
                + "replacing it." : null, WARNING);
        setPageComplete(problem == null);
    }

    private String problem() {
        if (name.getText().isBlank()) {
            return "Name the model.";
        }
        Path dir;
        try {
            dir = Path.of(folder.getText().strip());
        } catch (InvalidPathException e) {
            return "The folder is not a valid path: " + e.getReason() + ".";
        }
        if (folder.getText().isBlank() || !Files.isDirectory(dir)) {
            return "The folder '" + folder.getText().strip() + "' does not exist.";
        }
        String file = fileName.getText().strip();
        if (!file.endsWith(".nines") || file.equals(".nines")) {
            return "The file name must end in .nines.";
        }
        if (file.contains("/") || file.contains("\\")) {
            return "The file name must not contain a folder; choose the folder above.";
        }
        if (fromExample != null && fromExample.getSelection() && example() == null) {
            return "Choose an example.";
        }
        return null;
    }

    String modelName() {
        return name.getText().strip();
    }

    /** The file to create (valid only when the page is complete). */
    Path target() {
        try {
            return Path.of(folder.getText().strip()).resolve(fileName.getText().strip());
        } catch (InvalidPathException e) {
            return Path.of("");
        }
    }

    /** The chosen example, or null for an empty model. */
    Example example() {
        if (!fromExample.getSelection() || exampleTable.getSelectionCount() == 0) {
            return null;
        }
        return (Example) exampleTable.getSelection()[0].getData();
    }
}
