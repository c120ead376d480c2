package org.nines.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.nines.ui.TextColumn;

/**
 * A read-only, sortable table of result records (risks, alternatives): columns are a title, a width and how to print
 * a row. Numbers sort as numbers.
 */
final class RecordTable<T> {
    private final TableViewer viewer;
    private final Class<T> type;

    RecordTable(Composite parent, Class<T> type, String testId) {
        this.type = type;
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("testid", testId);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    RecordTable<T> column(String title, int width, Function<T, String> text) {
        TableViewerColumn column = TextColumn.add(viewer, title, width, type, text);
        column.getColumn().addListener(SWT.Selection, e -> {
            Table table = viewer.getTable();
            boolean ascending = table.getSortColumn() != column.getColumn() || table.getSortDirection() == SWT.DOWN;
            table.setSortColumn(column.getColumn());
            table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
            viewer.setComparator(new ViewerComparator() {
                @Override
                public int compare(Viewer v, Object a, Object b) {
                    int order = ComponentsPage.compareText(text.apply(type.cast(a)), text.apply(type.cast(b)));
                    return ascending ? order : -order;
                }
            });
        });
        return this;
    }

    void setRows(List<T> rows) {
        viewer.setInput(rows == null ? new Object[0] : rows.toArray());
    }

    Table table() {
        return viewer.getTable();
    }
}
