package org.nines.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.nines.ui.editor.ModelEditor;

/** Opens every workbench window on the Nines perspective and remembers the layout between sessions. */
public class NinesWorkbenchAdvisor extends WorkbenchAdvisor {
    private final List<Path> filesToOpen;

    public NinesWorkbenchAdvisor() {
        this(List.of());
    }

    /** @param filesToOpen model files to open once the workbench is up */
    public NinesWorkbenchAdvisor(List<Path> filesToOpen) {
        this.filesToOpen = List.copyOf(filesToOpen);
    }

    @Override
    public void postStartup() {
        for (Path file : filesToOpen) {
            try {
                ModelEditor.openFile(file);
            } catch (PartInitException e) {
                ErrorDialog.openError(null, "Cannot open " + file.getFileName(), "The file is not a valid Nines model.", e.getStatus());
            }
        }
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return NinesPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NinesWindowAdvisor(configurer);
    }
}
