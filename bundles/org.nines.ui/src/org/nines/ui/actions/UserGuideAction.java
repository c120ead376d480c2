package org.nines.ui.actions;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchWindow;

/** Help &gt; User Guide (F1): the shipped docs in a {@link UserGuideWindow}. */
public class UserGuideAction extends Action {
    public static final String ID = "org.nines.ui.userGuide";
    private final IWorkbenchWindow window;

    public UserGuideAction(IWorkbenchWindow window) {
        super("&User Guide");
        this.window = window;
        setId(ID);
        setAccelerator(SWT.F1);
    }

    @Override
    public void run() {
        UserGuideWindow.show(window.getShell());
    }
}
