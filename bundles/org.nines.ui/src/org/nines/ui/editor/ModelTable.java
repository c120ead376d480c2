package org.nines.ui.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A sortable, filterable table of model elements whose cells are edited in place as undoable commands. A column is
 * read-only text, a text edit (the new text is parsed into a command or refused with a message), a choice from a combo,
 * or a dialog. Computed columns are drawn grey and italic. Numbers sort as numbers. Refresh keeps the selection and
 * the scroll position.
 *
 * @param <T> the row type (use Object for mixed rows and test the type in the column functions)
 */
final class ModelTable<T> {
    /** Turns the text a user typed into a command; throws IllegalArgumentException with a message to refuse it. */
    @FunctionalInterface
    interface TextEdit<T> {
        /** @return the command, or null when nothing changes */
        Command command(T row, String text);
    }

    /** A choice among fixed items; returns the command for the chosen index (or null when nothing changes). */
    @FunctionalInterface
    interface ChoiceEdit<T> {
        Command command(T row, int index);
    }

    private final TableViewer viewer;
    private final Class<T> type;
    private final EditingDomain domain;
    private final Consumer<String> status;
    private final TableFilter filter = new TableFilter();
    private Predicate<T> editable = row -> true;
    private ToIntFunction<Object> group = row -> 0;

    /**
     * @param status shows a refusal message (null clears it)
     */
    ModelTable(Composite parent, Class<T> type, String testId, EditingDomain domain, Consumer<String> status) {
        this.type = type;
        this.domain = domain;
        this.status = status;
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("testid", testId);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(filter);
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    /** The filter field searches these texts of a row (case-insensitive). */
    @SafeVarargs
    final ModelTable<T> filterOn(Function<T, String>... texts) {
        for (Function<T, String> text : texts) {
            filter.add(row -> type.isInstance(row) ? text.apply(type.cast(row)) : null);
        }
        return this;
    }

    /** Rows stay in groups, lowest first, whatever the sort column (e.g. the register before the derived risks). */
    ModelTable<T> groupedBy(ToIntFunction<Object> groupOfRow) {
        group = groupOfRow;
        return this;
    }

    /** Rows for which this is false (e.g. derived proposals) are never edited. */
    ModelTable<T> editableWhen(Predicate<T> condition) {
        editable = condition;
        return this;
    }

    /** A read-only column. */
    ModelTable<T> column(String title, int width, Function<T, String> text) {
        return add(title, width, text, false, null);
    }

    /** A read-only computed column, grey and italic. */
    ModelTable<T> computed(String title, int width, Function<T, String> text) {
        return add(title, width, text, true, null);
    }

    /** A column edited as text; {@code value} is the text the editor starts with. */
    ModelTable<T> text(String title, int width, Function<T, String> text, Function<T, String> value, Predicate<T> canEdit,
            TextEdit<T> edit) {
        TextCellEditor cell = new TextCellEditor(viewer.getTable()); // one per column: JFace never disposes cell editors
        return add(title, width, text, false, new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return cell;
            }

            @Override
            protected boolean canEdit(Object element) {
                return editable(element) && canEdit.test(type.cast(element));
            }

            @Override
            protected Object getValue(Object element) {
                return Objects.requireNonNullElse(value.apply(type.cast(element)), "");
            }

            @Override
            protected void setValue(Object element, Object newValue) {
                run(() -> edit.command(type.cast(element), String.valueOf(newValue).strip()));
            }
        });
    }

    /** A column edited with a combo of the items. */
    ModelTable<T> choice(String title, int width, Function<T, String> text, Function<T, String[]> items,
            Function<T, Integer> index, ChoiceEdit<T> edit) {
        ComboBoxCellEditor cell = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY); // reused
        return add(title, width, text, false, new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                cell.setItems(items.apply(type.cast(element)));
                return cell;
            }

            @Override
            protected boolean canEdit(Object element) {
                return editable(element) && items.apply(type.cast(element)).length > 0;
            }

            @Override
            protected Object getValue(Object element) {
                return index.apply(type.cast(element));
            }

            @Override
            protected void setValue(Object element, Object newValue) {
                int chosen = (Integer) newValue;
                if (chosen >= 0) {
                    run(() -> edit.command(type.cast(element), chosen));
                }
            }
        });
    }

    /** A column edited in a dialog ("..." button); the dialog returns the command, or null when cancelled. */
    ModelTable<T> dialog(String title, int width, Function<T, String> text, Function<T, Command> openDialog) {
        Object[] edited = new Object[1]; // the row the reused dialog cell editor is editing
        DialogCellEditor cell = new DialogCellEditor(viewer.getTable()) {
            @Override
            protected Object openDialogBox(Control cellEditorWindow) {
                return openDialog.apply(type.cast(edited[0]));
            }
        };
        return add(title, width, text, false, new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                edited[0] = element;
                return cell;
            }

            @Override
            protected boolean canEdit(Object element) {
                return editable(element);
            }

            @Override
            protected Object getValue(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            protected void setValue(Object element, Object newValue) {
                if (newValue instanceof Command command) {
                    run(() -> command);
                }
            }
        });
    }

    private boolean editable(Object element) {
        return type.isInstance(element) && editable.test(type.cast(element));
    }

    /** Executes the edit's command, or shows why the edit was refused. */
    private void run(Supplier<Command> edit) {
        try {
            Command command = edit.get();
            status.accept(null);
            if (command != null && command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
        }
    }

    private ModelTable<T> add(String title, int width, Function<T, String> text, boolean computed, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        Function<Object, String> safeText = element -> type.isInstance(element) ? Objects.requireNonNullElse(text.apply(type.cast(element)), "") : "";
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return safeText.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                String value = safeText.apply(element);
                return value.length() > width / 7 ? value : null;
            }

            @Override
            public Color getForeground(Object element) {
                return computed || !editable(element) ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }

            @Override
            public Font getFont(Object element) {
                return computed || !editable(element) ? JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT) : null;
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
        column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), safeText, null));
        return this;
    }

    /** Sorts by the column (toggling the direction on each click); a null direction means "ascending first". */
    private void sortBy(TableColumn column, Function<Object, String> text, Boolean ascendingOrNull) {
        Table table = viewer.getTable();
        boolean ascending = ascendingOrNull != null ? ascendingOrNull
                : table.getSortColumn() != column || table.getSortDirection() == SWT.DOWN;
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int groups = Integer.compare(group.applyAsInt(a), group.applyAsInt(b));
                if (groups != 0) {
                    return groups;
                }
                int order = ComponentsPage.compareText(text.apply(a), text.apply(b));
                return ascending ? order : -order;
            }
        });
    }

    /** Sorts by the column with that title (descending when {@code ascending} is false). */
    ModelTable<T> sortedBy(String title, boolean ascending) {
        for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
            TableColumn column = viewer.getTable().getColumn(i);
            if (column.getText().equals(title)) {
                var provider = (ColumnLabelProvider) viewer.getLabelProvider(i);
                sortBy(column, provider::getText, ascending);
            }
        }
        return this;
    }

    /** Shows only rows with a column containing the text (case-insensitive); blank shows all. */
    void setFilter(String text) {
        filter.setText(text);
        viewer.refresh();
    }

    /**
     * Shows these rows: a cheap label refresh when they are the same as before, else a new input; either way the
     * selection and scroll position stay.
     */
    void setRows(List<?> rows) {
        Object[] next = rows == null ? new Object[0] : rows.toArray();
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (viewer.getInput() instanceof Object[] current && Arrays.equals(current, next)) {
            viewer.refresh();
            return;
        }
        Table table = viewer.getTable();
        int top = table.getTopIndex();
        var selection = viewer.getStructuredSelection().toList();
        table.setRedraw(false);
        try {
            viewer.setInput(next);
            List<?> still = selection.stream().filter(o -> Arrays.asList(next).contains(o)).toList();
            viewer.setSelection(new StructuredSelection(still), false);
            table.setTopIndex(Math.min(top, Math.max(0, table.getItemCount() - 1)));
        } finally {
            table.setRedraw(true);
        }
    }

    /** @return the selected rows of the row type, in table order */
    List<T> selected() {
        return viewer.getStructuredSelection().toList().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** @return the command setting the feature, or null when the value is unchanged (no command, no dirty flag) */
    static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature,
            Object value) {
        return Objects.equals(value, owner.eGet(feature)) ? null
                : SetCommand.create(domain, owner, feature, value);
    }

    TableViewer viewer() {
        return viewer;
    }

    Table table() {
        return viewer.getTable();
    }

    /** Shows a column under another title (e.g. marked stale); the filter, sorting and editing stay. */
    void retitle(int column, String title) {
        viewer.getTable().getColumn(column).setText(title);
    }

    /**
     * Edits the cell of that row and column (used after Add: the new row's name is ready to type). The editor opens
     * after the refreshes that the command just executed has queued, since a refresh closes an open cell editor.
     */
    void edit(Object row, int column) {
        Table table = viewer.getTable();
        table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed()) {
                viewer.editElement(row, column);
            }
        });
    }
}
