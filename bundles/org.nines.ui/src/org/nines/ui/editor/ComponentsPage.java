package org.nines.ui.editor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.EventResult;
import org.nines.model.Component;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FailureModel;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.FixedRepair;
import org.nines.model.LognormalFailure;
import org.nines.model.LognormalRepair;
import org.nines.model.NinesPackage;
import org.nines.model.NonRepairable;
import org.nines.model.NormalFailure;
import org.nines.model.NormalRepair;
import org.nines.model.RepairModel;
import org.nines.model.SystemModel;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.WeibullFailure;

/**
 * All components of the model in a sortable table: failure and repair data, costs and, after an analysis, each one's
 * unavailability and share of the downtime. Name, MTBF and MTTR are edited in place (as undoable commands); invalid
 * numbers are refused with a message in the status line.
 */
final class ComponentsPage {
    private final TableViewer viewer;
    private final EditingDomain domain;
    private final SystemModel model;
    private final Map<String, EventResult> results = new HashMap<>();

    ComponentsPage(Composite parent, EditingDomain domain, SystemModel model) {
        this.domain = domain;
        this.model = model;
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("testid", "components.table");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Name", 200, Component::getName, new NameEditing());
        column("Id", 110, Component::getId, null);
        column("Kind", 120, c -> c.getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '), null);
        column("Site", 110, c -> c.getSite() == null ? "" : c.getSite().getName(), null);
        column("Failure", 190, c -> describe(c.getFailure()), new HoursEditing(true));
        column("Repair", 150, c -> describe(c.getRepair()), new HoursEditing(false));
        column("Unavailability", 110, c -> result(c, r -> String.format(Locale.ROOT, "%.3e", r.unavailability())), null);
        column("Downtime share (FV)", 130, c -> result(c, r -> String.format(Locale.ROOT, "%.1f %%", 100 * r.fussellVesely())), null);
        column("CAPEX", 90, c -> String.format(Locale.ROOT, "%,.0f", c.getCapex()), null);
        column("OPEX/yr", 90, c -> String.format(Locale.ROOT, "%,.0f", c.getOpexPerYear()), null);
        refresh();
    }

    Control control() {
        return viewer.getControl();
    }

    TableViewer viewer() {
        return viewer;
    }

    void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.setInput(model.getComponents().toArray());
        }
    }

    void setResult(AvailabilityResult result) {
        results.clear();
        if (result != null) {
            result.events().forEach(e -> results.put(e.key(), e));
        }
        viewer.refresh();
    }

    private String result(Component c, Function<EventResult, String> format) {
        EventResult r = results.get(c.getId());
        return r == null ? "" : format.apply(r);
    }

    private void column(String title, int width, Function<Component, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Component) element);
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
        column.getColumn().addListener(SWT.Selection, e -> sortBy(column, text));
    }

    private void sortBy(TableViewerColumn column, Function<Component, String> text) {
        Table table = viewer.getTable();
        boolean ascending = table.getSortColumn() != column.getColumn() || table.getSortDirection() == SWT.DOWN;
        table.setSortColumn(column.getColumn());
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int order = compareText(text.apply((Component) a), text.apply((Component) b));
                return ascending ? order : -order;
            }
        });
    }

    /** Numbers compare as numbers, the rest as text. */
    static int compareText(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a.replace(",", "").replace("%", "").trim()),
                    Double.parseDouble(b.replace(",", "").replace("%", "").trim()));
        } catch (NumberFormatException e) {
            return a.compareToIgnoreCase(b);
        }
    }

    static String describe(FailureModel failure) {
        return switch (failure) {
            case null -> "(none)";
            case ExponentialFailure e -> String.format(Locale.ROOT, "MTBF %,.0f h", e.getMtbfHours());
            case WeibullFailure w -> String.format(Locale.ROOT, "Weibull \u03B2 %.2f, \u03B7 %,.0f h", w.getShape(), w.getScaleHours());
            case LognormalFailure l -> String.format(Locale.ROOT, "lognormal mean %,.0f h", l.getMeanHours());
            case NormalFailure n -> String.format(Locale.ROOT, "normal mean %,.0f h", n.getMeanHours());
            case UniformFailure u -> String.format(Locale.ROOT, "uniform %,.0f-%,.0f h", u.getMinHours(), u.getMaxHours());
            case FixedProbabilityFailure f -> String.format(Locale.ROOT, "probability %.3g", f.getProbability());
            default -> failure.eClass().getName();
        };
    }

    static String describe(RepairModel repair) {
        return switch (repair) {
            case null -> "(none)";
            case ExponentialRepair e -> String.format(Locale.ROOT, "MTTR %.3g h", e.getMttrHours());
            case LognormalRepair l -> String.format(Locale.ROOT, "lognormal mean %.3g h", l.getMeanHours());
            case FixedRepair f -> String.format(Locale.ROOT, "fixed %.3g h", f.getHours());
            case NormalRepair n -> String.format(Locale.ROOT, "normal mean %.3g h", n.getMeanHours());
            case UniformRepair u -> String.format(Locale.ROOT, "uniform %.3g-%.3g h", u.getMinHours(), u.getMaxHours());
            case NonRepairable n -> "not repaired";
            default -> repair.eClass().getName();
        };
    }

    private void status(String message) {
        var site = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (site != null && site.getActivePage() != null && site.getActivePage().getActiveEditor() != null) {
            site.getActivePage().getActiveEditor().getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    /** In-place editing of the name. */
    private final class NameEditing extends EditingSupport {
        NameEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            String name = ((Component) element).getName();
            return name == null ? "" : name;
        }

        @Override
        protected void setValue(Object element, Object value) {
            String name = String.valueOf(value).strip();
            if (!name.equals(getValue(element))) {
                domain.getCommandStack().execute(SetCommand.create(domain, element, NinesPackage.Literals.ELEMENT__NAME, name));
            }
        }
    }

    /** In-place editing of MTBF (exponential failure) or MTTR (exponential repair), in hours, > 0. */
    private final class HoursEditing extends EditingSupport {
        private final boolean failure;

        HoursEditing(boolean failure) {
            super(viewer);
            this.failure = failure;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            Component c = (Component) element;
            return failure ? c.getFailure() instanceof ExponentialFailure : c.getRepair() instanceof ExponentialRepair;
        }

        @Override
        protected Object getValue(Object element) {
            Component c = (Component) element;
            double hours = failure ? ((ExponentialFailure) c.getFailure()).getMtbfHours() : ((ExponentialRepair) c.getRepair()).getMttrHours();
            return Double.toString(hours);
        }

        @Override
        protected void setValue(Object element, Object value) {
            Component c = (Component) element;
            double hours;
            try {
                hours = Double.parseDouble(String.valueOf(value).replace(",", "").replace("h", "").strip());
            } catch (NumberFormatException e) {
                hours = Double.NaN;
            }
            String what = failure ? "MTBF" : "MTTR";
            if (!(hours > 0) || Double.isInfinite(hours)) {
                status(c.getName() + ": " + what + " must be a positive number of hours, got '" + value + "'");
                return;
            }
            status(null);
            if (Double.toString(hours).equals(getValue(element))) {
                return; // unchanged: no command, no dirty flag
            }
            var command = failure
                    ? SetCommand.create(domain, c.getFailure(), NinesPackage.Literals.EXPONENTIAL_FAILURE__MTBF_HOURS, hours)
                    : SetCommand.create(domain, c.getRepair(), NinesPackage.Literals.EXPONENTIAL_REPAIR__MTTR_HOURS, hours);
            domain.getCommandStack().execute(command);
        }
    }
}
