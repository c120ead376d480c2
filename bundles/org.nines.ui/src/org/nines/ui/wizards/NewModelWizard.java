package org.nines.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.nines.io.model.ModelFileException;
import org.nines.model.SystemModel;
import org.nines.ui.NinesPreferences;
import org.nines.ui.actions.RecentFiles;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.preferences.RiskScalePreferences;
import org.nines.ui.wizards.Examples.Example;

/**
 * File &gt; New &gt; Nines Model: creates a .nines file (empty, or a copy of an example under a new name), written
 * atomically, and opens it. Use {@link #open(Shell)} from a menu action.
 */
public final class NewModelWizard extends Wizard {
    private final NewModelPage page;
    private final Consumer<Path> opener;
    private final IPreferenceStore preferences;
    private Path created;

    /**
     * @param folder initial folder of the new file
     * @param opener opens the created file (the workbench passes {@link #openInEditor})
     */
    public NewModelWizard(Path folder, Consumer<Path> opener) {
        this(folder, NinesPreferences.store(), opener);
    }

    /** As {@link #NewModelWizard(Path, Consumer)}, with the currency and risk scales of another store (tests). */
    public NewModelWizard(Path folder, IPreferenceStore preferences, Consumer<Path> opener) {
        this.preferences = preferences;
        this.opener = opener;
        page = new NewModelPage(folder, Examples.available());
        setWindowTitle("New Nines Model");
        setNeedsProgressMonitor(false);
    }

    /**
     * Opens the wizard on the folder of the most recent model (else the user's home folder), then the created model in
     * the editor.
     */
    public static void open(Shell shell) {
        List<Path> recent = RecentFiles.list();
        Path folder = !recent.isEmpty() && recent.get(0).getParent() != null ? recent.get(0).getParent()
                : Path.of(System.getProperty("user.home"));
        new WizardDialog(shell, new NewModelWizard(folder, file -> openInEditor(shell, file))).open();
    }

    /** Opens a model file in the model editor, reporting a failure in a dialog. */
    public static void openInEditor(Shell shell, Path file) {
        try {
            ModelEditor.openFile(file);
            RecentFiles.add(file);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, "New Nines Model", file + " was created but cannot be opened: " + e.getMessage());
        }
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path target = page.target();
        if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), "New Nines Model",
                target + " exists. Replace it? (Its previous version is kept as " + target.getFileName() + ".bak.)")) {
            return false;
        }
        try {
            NewModels.create(model(), target);
        } catch (ModelFileException e) {
            page.setErrorMessage("The example cannot be read: " + String.join("; ", e.messages()));
            return false;
        } catch (IOException e) {
            page.setErrorMessage(target + " was not written: " + e.getMessage());
            return false;
        }
        created = target;
        opener.accept(target);
        return true;
    }

    private SystemModel model() throws ModelFileException {
        Example example = page.example();
        if (example != null) {
            return NewModels.fromExample(example.file(), page.modelName());
        }
        return NewModels.empty(page.modelName(), preferences.getString(NinesPreferences.CURRENCY),
                RiskScalePreferences.scale(preferences));
    }

    /** The file written by Finish, or null. */
    public Path created() {
        return created;
    }
}
