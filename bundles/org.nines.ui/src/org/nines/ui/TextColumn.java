package org.nines.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A table viewer column that shows each row (of one type) as a text. */
public final class TextColumn {
    private TextColumn() {
    }

    /** Adds a column titled {@code title}, {@code width} pixels wide, showing {@code text} of each row. */
    public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
        return add(viewer, title, width, type, text, row -> null);
    }

    /** As {@link #add(TableViewer, String, int, Class, Function)}, with {@code toolTip} of the row as the cell's tool tip. */
    public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text,
            Function<T, String> toolTip) {
        return add(viewer, title, width, type, text, toolTip, row -> null);
    }

    /**
     * As {@link #add(TableViewer, String, int, Class, Function, Function)}, with {@code foreground} of the row as the
     * cell's text colour (null for the default).
     */
    public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text,
            Function<T, String> toolTip, Function<T, Color> foreground) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return toolTip.apply(type.cast(element));
            }

            @Override
            public Color getForeground(Object element) {
                return foreground.apply(type.cast(element));
            }
        });
        return column;
    }
}
