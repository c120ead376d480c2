package org.nines.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;

/** Small building blocks the editor pages share: a page, a tool row, buttons, a context menu and a status line. */
final class PageParts {
    private PageParts() {
    }

    /** @return a composite with a one-column grid layout */
    static Composite page(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 4;
        layout.marginHeight = 4;
        page.setLayout(layout);
        return page;
    }

    /** @return a row for a filter field and buttons, filling the width */
    static Composite toolRow(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    static Button button(Composite parent, String text, String testId, String tooltip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.setData("testid", testId);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** @return a wrapping label filling the width */
    static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    /** A context menu on the control with these actions (null = separator). */
    static void contextMenu(Control control, Action... actions) {
        MenuManager menu = new MenuManager();
        for (Action action : actions) {
            if (action == null) {
                menu.add(new org.eclipse.jface.action.Separator());
            } else {
                menu.add(action);
            }
        }
        control.setMenu(menu.createContextMenu(control));
    }

    /**
     * Edit &gt; Delete (Del) while a text field has the focus (a cell editor, the filter) deletes in that field, as the
     * key would without the global action: the selected text, or the character after the caret.
     *
     * @return whether a text field had the focus (and so nothing else must be deleted)
     */
    static boolean deleteInFocusedText(Control anyControl) {
        if (!(anyControl.getDisplay().getFocusControl() instanceof org.eclipse.swt.widgets.Text text)) {
            return false;
        }
        org.eclipse.swt.graphics.Point selection = text.getSelection();
        if (selection.x == selection.y && selection.y < text.getCharCount()) {
            text.setSelection(selection.x, selection.x + 1);
        }
        text.insert("");
        return true;
    }

    static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** A status label (red for refusals) that also shows the message in the active editor's status line. */
    static final class Status {
        private final Label label;

        Status(Composite parent, String testId) {
            label = new Label(parent, SWT.WRAP);
            label.setData("testid", testId);
            label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.exclude = true;
            label.setLayoutData(data);
            label.setVisible(false);
        }

        /** Shows the message; null clears it. */
        void show(String message) {
            if (label.isDisposed()) {
                return;
            }
            boolean shown = message != null && !message.isEmpty();
            label.setText(shown ? message : "");
            ((GridData) label.getLayoutData()).exclude = !shown;
            label.setVisible(shown);
            label.getParent().layout(true);
            if (PlatformUI.isWorkbenchRunning()) {
                var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                var page = window == null ? null : window.getActivePage();
                if (page != null && page.getActiveEditor() != null) {
                    page.getActiveEditor().getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
                }
            }
        }

        String text() {
            return label.getText();
        }
    }
}
