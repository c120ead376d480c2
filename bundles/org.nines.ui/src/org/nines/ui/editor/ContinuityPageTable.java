package org.nines.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.nines.ui.TextColumn;

/**
 * A read-only, sortable table of continuity records whose rows that miss a target are red. Unlike {@link RecordTable},
 * a column may sort by a value of its own (hours as numbers, not as "15 min" / "4 h" text).
 */
final class ContinuityPageTable<T> {
    private static final int LONG_TEXT = 30;
    private final TableViewer viewer;
    private final Class<T> type;
    private final Predicate<T> red;

    /** @param red which rows are shown in red (breaches, tests that take the service down) */
    ContinuityPageTable(Composite parent, Class<T> type, String testId, Predicate<T> red) {
        this.type = type;
        this.red = red;
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("testid", testId);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    /** A column sorted by its text (numbers in the text compare as numbers). */
    ContinuityPageTable<T> column(String title, int width, Function<T, String> text) {
        return column(title, width, text, null);
    }

    /** A column sorted by {@code key} (e.g. hours), or by its text when {@code key} is null. */
    ContinuityPageTable<T> column(String title, int width, Function<T, String> text, Function<T, Double> key) {
        Color redText = viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_RED);
        TableViewerColumn column = TextColumn.add(viewer, title, width, type, text, row -> {
            String shown = text.apply(row);
            return shown != null && shown.length() > LONG_TEXT ? shown : null; // long cells are cut by the column
        }, row -> red.test(row) ? redText : null);
        Comparator<T> order = key != null ? Comparator.comparing(key, Comparator.nullsFirst(Double::compare))
                : (a, b) -> ComponentsPage.compareText(text.apply(a), text.apply(b));
        column.getColumn().addListener(SWT.Selection, e -> sortBy(column, order));
        return this;
    }

    private void sortBy(TableViewerColumn column, Comparator<T> order) {
        Table table = viewer.getTable();
        boolean ascending = table.getSortColumn() != column.getColumn() || table.getSortDirection() == SWT.DOWN;
        table.setSortColumn(column.getColumn());
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int result = order.compare(type.cast(a), type.cast(b));
                return ascending ? result : -result;
            }
        });
    }

    void setRows(List<T> rows) {
        viewer.setInput(rows == null ? new Object[0] : rows.toArray());
    }

    /** @return the selected row, or null */
    T selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first == null ? null : type.cast(first);
    }

    void select(T row) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
    }

    void onSelection(Runnable listener) {
        viewer.addSelectionChangedListener(e -> listener.run());
    }

    Table table() {
        return viewer.getTable();
    }
}
