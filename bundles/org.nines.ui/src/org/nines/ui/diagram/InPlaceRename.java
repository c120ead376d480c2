package org.nines.ui.diagram;

import java.util.function.BiPredicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;
import org.nines.model.DiagramNode;

/**
 * A text field over a node for renaming it in place: Enter or leaving the field commits, Esc cancels. An empty name is
 * refused (the field turns red and stays open on Enter; leaving it then cancels). The text field has the test id
 * {@code diagram.rename}.
 */
final class InPlaceRename {
    private final Canvas canvas;
    /** Executes the rename of a node to a name; false when it was refused. */
    private final BiPredicate<DiagramNode, String> rename;
    private Text text;
    private DiagramNode node;
    private Color refusedBackground;

    InPlaceRename(Canvas canvas, BiPredicate<DiagramNode, String> rename) {
        this.canvas = canvas;
        this.rename = rename;
    }

    boolean isOpen() {
        return text != null && !text.isDisposed();
    }

    /** The node being renamed, or null. */
    DiagramNode node() {
        return isOpen() ? node : null;
    }

    /**
     * Opens the field over {@code area} (control coordinates) with {@code initial} text; {@code selectAll} selects it
     * (F2, double-click), else the caret goes to its end (typing started the rename).
     */
    void open(DiagramNode target, Rectangle area, String initial, boolean selectAll) {
        cancel();
        node = target;
        text = new Text(canvas, SWT.SINGLE | SWT.BORDER);
        text.setData("testid", "diagram.rename");
        text.setFont(canvas.getFont());
        text.setText(initial == null ? "" : initial);
        int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        int width = Math.max(area.width, 120);
        text.setBounds(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
        if (selectAll) {
            text.selectAll();
        } else {
            text.setSelection(text.getText().length());
        }
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                commit(true);
            } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                cancel();
            }
        });
        text.addListener(SWT.DefaultSelection, e -> commit(true));
        text.addListener(SWT.Modify, e -> text.setBackground(null));
        text.addListener(SWT.FocusOut, e -> canvas.getDisplay().asyncExec(() -> {
            if (isOpen() && !text.isFocusControl()) {
                commit(false);
            }
        }));
        text.setFocus();
    }

    /**
     * The workbench's Delete, Select All, Copy and Paste act on the open field, not on the diagram (their key bindings
     * reach the editor's global actions before the field sees the keys).
     */
    void delete() {
        Point range = text.getSelection();
        if (range.x == range.y && range.y < text.getCharCount()) {
            text.setSelection(range.x, range.x + 1);
        }
        text.insert("");
    }

    void selectAll() {
        text.selectAll();
    }

    void copy() {
        text.copy();
    }

    void paste() {
        text.paste();
    }

    /**
     * Renames the node to the text. An empty name is refused: with {@code stayOnRefusal} the field stays open and
     * turns red, else it closes without a change.
     */
    void commit(boolean stayOnRefusal) {
        if (!isOpen()) {
            return;
        }
        String name = text.getText().strip();
        if (name.isEmpty() && stayOnRefusal) {
            if (refusedBackground == null) {
                refusedBackground = new Color(canvas.getDisplay(), 255, 220, 220);
                canvas.addListener(SWT.Dispose, e -> refusedBackground.dispose());
            }
            text.setBackground(refusedBackground);
            text.setToolTipText("A name must not be empty.");
            return;
        }
        DiagramNode renamed = node;
        close();
        if (!name.isEmpty()) {
            rename.test(renamed, name);
        }
    }

    /** Closes the field without a change. */
    void cancel() {
        if (isOpen()) {
            close();
        }
    }

    private void close() {
        Text closing = text;
        text = null;
        node = null;
        boolean hadFocus = closing.isFocusControl();
        closing.dispose();
        if (hadFocus && !canvas.isDisposed()) {
            canvas.setFocus();
        }
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }
}
