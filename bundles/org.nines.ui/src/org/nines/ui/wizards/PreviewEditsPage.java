package org.nines.ui.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.nines.ui.wizards.EditsPreview.Row;

/** Page 2 of the risk-edits import: every change, new risk, rejected cell and note, in a table. */
final class PreviewEditsPage extends WizardPage {
    private static final String[] HEADERS = { "", "Cell", "Risk", "Field", "Old", "New / reason" };
    private Label summary;
    private final Runnable onShow;
    private Table table;

    /** @param onShow computes the preview and calls {@link #show} when the page is about to show */
    PreviewEditsPage(Runnable onShow) {
        super("previewEdits");
        this.onShow = onShow;
        setTitle("Changes to Apply");
        setDescription("Finish applies these changes to the open model as one undoable edit; save the model to keep them.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        summary = new Label(page, SWT.WRAP);
        summary.setData("testid", "importEdits.summary");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setData("testid", "importEdits.preview");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 260;
        data.widthHint = 760;
        table.setLayoutData(data);
        table.addListener(SWT.MouseHover, e -> {
            TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            table.setToolTipText(item == null ? null : item.getText(HEADERS.length - 1));
        });
        for (String header : HEADERS) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            onShow.run();
        }
        super.setVisible(visible);
    }

    /** Shows a computed preview; the page is complete when it can be applied. */
    void show(EditsPreview preview) {
        table.removeAll();
        Color red = table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        Color grey = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        for (Row row : preview.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { row.kind().label(), row.cell(), row.riskId(), row.field(), row.oldValue(), row.newValue() });
            if (row.kind() == EditsPreview.Kind.REJECTED) {
                item.setForeground(red);
            } else if (row.kind() == EditsPreview.Kind.NOTE) {
                item.setForeground(grey);
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            if (column != table.getColumn(table.getColumnCount() - 1)) { // the reason or note may be long: scroll for it
                column.setWidth(Math.min(column.getWidth(), 360));
            }
        }
        summary.setText(preview.summary());
        summary.getParent().layout(true);
        setErrorMessage(preview.canApply() || !preview.hasErrors() ? null
                : "Nothing can be applied: fix the rejected cells in the workbook and import again.");
        setMessage(preview.canApply() || preview.hasErrors() ? null : "The workbook has no changes to the risk register.", WARNING);
        setPageComplete(preview.canApply());
    }

    /** Shows why no preview could be computed (unreadable workbook); the page cannot finish. */
    void showFailure(String message) {
        table.removeAll();
        summary.setText("");
        setMessage(null, WARNING);
        setErrorMessage(message);
        setPageComplete(false);
    }
}
