package org.nines.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** Keeps the rows of which one of the given texts contains the filter text, ignoring case. */
final class TableFilter extends ViewerFilter {
    private final List<Function<Object, String>> texts = new ArrayList<>();
    private String needle = "";

    /** Adds a text of a row that the filter searches. */
    void add(Function<Object, String> text) {
        texts.add(text);
    }

    void setText(String text) {
        needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object row) {
        return matches(row);
    }

    boolean matches(Object row) {
        if (needle.isEmpty()) {
            return true;
        }
        for (Function<Object, String> text : texts) {
            String value = text.apply(row);
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** @return a search field that filters as you type; {@code onChange} gets its text */
    static Text field(Composite parent, String testId, String hint, java.util.function.Consumer<String> onChange) {
        Text field = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        field.setMessage(hint);
        field.setData("testid", testId);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        field.addModifyListener(e -> onChange.accept(field.getText()));
        return field;
    }
}
