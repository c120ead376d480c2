package org.nines.ui.actions;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchWindow;
import org.nines.ui.wizards.NewModelWizard;

/** File &gt; New Nines Model... (Ctrl+N): the new-model wizard. */
public class NewModelAction extends Action {
    public static final String ID = "org.nines.ui.newModel";
    private final IWorkbenchWindow window;

    public NewModelAction(IWorkbenchWindow window) {
        super("&New Nines Model...");
        this.window = window;
        setId(ID);
        setAccelerator(SWT.MOD1 | 'N');
    }

    @Override
    public void run() {
        NewModelWizard.open(window.getShell());
    }
}
