package org.nines.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** A small dialog that lets the user tick some of the given items (e.g. the components and sites a risk affects). */
final class ChecklistDialog<T> extends Dialog {
    private final String title;
    private final String message;
    private final List<T> items;
    private final Function<T, String> label;
    private List<T> checked;
    private CheckboxTableViewer list;

    /** @param checked the items ticked when the dialog opens */
    ChecklistDialog(Shell shell, String title, String message, List<T> items, Function<T, String> label, List<T> checked) {
        super(shell);
        this.title = title;
        this.message = message;
        this.items = List.copyOf(items);
        this.label = label;
        this.checked = List.copyOf(checked);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(message);
        list = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.V_SCROLL);
        list.getTable().setData("testid", "checklist.items");
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                @SuppressWarnings("unchecked")
                T item = (T) element;
                return label.apply(item);
            }
        });
        list.setInput(items);
        list.setCheckedElements(checked.toArray());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 380;
        data.heightHint = 320;
        list.getTable().setLayoutData(data);
        return area;
    }

    @Override
    protected void okPressed() {
        checked = items.stream().filter(list::getChecked).toList();
        super.okPressed();
    }

    /** @return the ticked items in list order (after OK), or the initial ones */
    List<T> checked() {
        return checked;
    }
}
