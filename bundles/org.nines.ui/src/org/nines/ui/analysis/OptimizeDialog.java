package org.nines.ui.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.swt.ChartComposite;
import org.nines.analysis.optimization.CostBasis;
import org.nines.analysis.optimization.Design;
import org.nines.analysis.optimization.DesignApplier;
import org.nines.analysis.optimization.DesignChoice;
import org.nines.analysis.optimization.OptimizationGoal;
import org.nines.analysis.optimization.OptimizationResult;
import org.nines.analysis.optimization.RedundancyOptimizer;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.model.files.ModelFiles;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;
import org.nines.ui.TextColumn;
import org.nines.ui.UiFormats;
import org.nines.ui.charts.OptimizationChart;
import org.nines.ui.editor.ModelEditor;
import org.eclipse.ui.PartInitException;

/**
 * Redundancy optimisation of a model's optimisation subsystems: the cheapest design reaching a target availability,
 * the most available design within a budget, or the Pareto front alone; cost as CAPEX or annual cost of ownership of
 * the optimised units. The optimiser runs as a background job on a copy of the model taken when the dialog opens; the
 * dialog shows the best design, the front as a table and as a chart. It never changes the model: Save Design As
 * writes the design selected in the table as a new model file and opens it.
 */
public final class OptimizeDialog extends TitleAreaDialog {
    /** Family of the optimisation jobs (for tests). */
    public static final Object FAMILY = OptimizeDialog.class;
    private final SystemModel copy;
    /** Folder of the model's file (where Save Design As starts), or null. */
    private final Path folder;
    private Button targetGoal;
    private Button budgetGoal;
    private Text target;
    private Text budget;
    private Combo basis;
    private Button optimize;
    private Button saveDesign;
    private Label summary;
    private TableViewer front;
    private ChartComposite chart;
    private OptimizationResult result;

    /** Copies the model right away (call on the UI thread). */
    public OptimizeDialog(Shell parent, SystemModel model) {
        super(parent);
        this.copy = EcoreUtil.copy(model);
        var uri = model.eResource() == null ? null : model.eResource().getURI();
        this.folder = uri != null && uri.isFile() ? Path.of(uri.toFileString()).getParent() : null;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /**
     * Opens the dialog for a model, or tells the user why it cannot be optimised (validation errors, no optimisation
     * subsystems).
     */
    public static void open(Shell parent, SystemModel model, String title) {
        List<Problem> errors = ModelValidator.validate(model).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            MessageDialog.openError(parent, "Optimise", title + " cannot be optimised: it has " + errors.size() + " error(s):\n"
                    + String.join("\n", errors.stream().limit(8).map(Problem::message).toList()));
        } else if (model.getOptimizationSubsystems().isEmpty()) {
            MessageDialog.openInformation(parent, "Optimise", title + " has no optimisation subsystems: give blocks design "
                    + "options (units, k-of-n, standby, cost) in the model to let the optimiser choose among them.");
        } else {
            new OptimizeDialog(parent, model).open();
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Optimise");
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1100, 760);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Redundancy optimisation of " + copy.getName());
        setMessage("Chooses the number of units and their mode for each of the " + copy.getOptimizationSubsystems().size()
                + " optimisation subsystems, within the model's weight, rack and power limits.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(5, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        targetGoal = radio(form, "Cheapest design reaching an availability of", "optimize.goal.target");
        target = text(form, "99.99", "optimize.target");
        new Label(form, SWT.NONE).setText("%");
        new Label(form, SWT.NONE);
        new Label(form, SWT.NONE);
        budgetGoal = radio(form, "Most available design costing at most", "optimize.goal.budget");
        budget = text(form, "", "optimize.budget");
        new Label(form, SWT.NONE).setText(copy.getCurrency() == null ? "" : copy.getCurrency());
        new Label(form, SWT.NONE);
        new Label(form, SWT.NONE);
        Button frontGoal = radio(form, "The Pareto front only (best = most available design within the limits)", "optimize.goal.front");
        ((GridData) frontGoal.getLayoutData()).horizontalSpan = 5;
        targetGoal.setSelection(true);
        new Label(form, SWT.NONE).setText("Cost:");
        basis = new Combo(form, SWT.READ_ONLY);
        basis.setItems("CAPEX (purchase cost of the optimised units)", "annual cost of ownership of the optimised units");
        basis.select(0);
        basis.setData("testid", "optimize.basis");
        basis.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
        optimize = new Button(form, SWT.PUSH);
        optimize.setText("Optimise");
        optimize.setData("testid", "optimize.run");
        optimize.addListener(SWT.Selection, e -> start());
        saveDesign = new Button(form, SWT.PUSH);
        saveDesign.setText("Save Design As...");
        saveDesign.setToolTipText("Writes the design selected in the table as a new model file and opens it; this model is"
                + " not changed");
        saveDesign.setData("testid", "optimize.saveDesign");
        saveDesign.setEnabled(false);
        saveDesign.addListener(SWT.Selection, e -> saveSelectedDesignInteractively());
        summary = new Label(area, SWT.WRAP);
        summary.setData("testid", "optimize.summary");
        summary.setText("Choose a goal and press Optimise.");
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
        summaryData.horizontalIndent = 5;
        summaryData.widthHint = 600;
        summary.setLayoutData(summaryData);
        SashForm results = new SashForm(area, SWT.HORIZONTAL);
        results.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createFrontTable(results);
        front.addSelectionChangedListener(e -> saveDesign.setEnabled(selectedDesign() != null));
        chart = new ChartComposite(results, SWT.NONE, null, true);
        chart.setData("testid", "optimize.chart");
        results.setWeights(45, 55);
        return area;
    }

    private static Button radio(Composite form, String label, String id) {
        Button b = new Button(form, SWT.RADIO);
        b.setText(label);
        b.setData("testid", id);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        return b;
    }

    private static Text text(Composite form, String value, String id) {
        Text t = new Text(form, SWT.BORDER | SWT.RIGHT);
        t.setText(value);
        t.setData("testid", id);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 110;
        t.setLayoutData(data);
        return t;
    }

    private void createFrontTable(Composite parent) {
        front = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        front.getTable().setHeaderVisible(true);
        front.getTable().setLinesVisible(true);
        front.getTable().setData("testid", "optimize.front");
        front.setContentProvider(ArrayContentProvider.getInstance());
        column("Availability", 110, d -> UiFormats.percent(d.availability()));
        column("Downtime / yr", 115, d -> hours(d.downtimeHoursPerYear()));
        column("Cost", 100, d -> String.format(Locale.ROOT, "%,.0f", d.cost()));
        column("Design", 420, OptimizeDialog::describe);
    }

    private void column(String title, int width, java.util.function.Function<Design, String> text) {
        TextColumn.add(front, title, width, Design.class, text);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }

    /** @return the goal the form describes; throws IllegalArgumentException naming the wrong field */
    OptimizationGoal goal() {
        if (targetGoal.getSelection()) {
            double percent = number(target, "The target availability");
            if (!(percent > 0 && percent <= 100)) {
                throw new IllegalArgumentException("The target availability must be a percentage above 0 and at most 100, got " + target.getText().trim());
            }
            return new OptimizationGoal.TargetAvailability(percent / 100);
        }
        if (budgetGoal.getSelection()) {
            double amount = number(budget, "The budget");
            if (!(amount >= 0)) {
                throw new IllegalArgumentException("The budget must be 0 or more, got " + budget.getText().trim());
            }
            return new OptimizationGoal.Budget(amount);
        }
        return new OptimizationGoal.ParetoFront();
    }

    private static double number(Text text, String what) {
        double v = org.nines.ui.editor.Numbers.parse(text.getText()); // "1,5" is refused, not read as 15
        if (Double.isFinite(v)) {
            return v;
        }
        throw new IllegalArgumentException(what + " must be a number, got \"" + text.getText().trim() + "\"");
    }

    private void start() {
        OptimizationGoal goal;
        try {
            goal = goal();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        setErrorMessage(null);
        CostBasis cost = basis.getSelectionIndex() == 1 ? CostBasis.ANNUAL : CostBasis.CAPEX;
        optimize.setEnabled(false);
        summary.setText("Optimising\u2026");
        var display = getShell().getDisplay();
        Job job = new Job("Optimising " + copy.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Object outcome;
                try {
                    outcome = RedundancyOptimizer.optimize(copy, goal, cost);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    outcome = e;
                }
                Object done = outcome;
                display.asyncExec(() -> finished(done));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(false);
        job.schedule();
    }

    private void finished(Object outcome) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        optimize.setEnabled(true);
        if (outcome instanceof RuntimeException e) {
            summary.setText("");
            setErrorMessage(copy.getName() + " cannot be optimised: " + e.getMessage());
            return;
        }
        result = (OptimizationResult) outcome;
        summary.setText(summary(result, copy.getCurrency()));
        front.setInput(result.paretoFront().toArray());
        if (result.best() != null) {
            front.setSelection(new org.eclipse.jface.viewers.StructuredSelection(result.best()), true);
        }
        chart.setChart(OptimizationChart.create(copy.getName(), copy.getCurrency(), result));
        chart.forceRedraw();
        summary.getParent().layout(true, true);
    }

    /** The best design in words, or why there is none. */
    static String summary(OptimizationResult r, String currency) {
        String how = "Method: " + r.method() + (r.exact() ? " (optimal)" : " (heuristic: not proven optimal)")
                + (r.designsEvaluated() > 0 ? String.format(Locale.ROOT, ", %,d designs evaluated", r.designsEvaluated()) : "");
        if (r.best() == null) {
            return "No design meets the goal within the limits; the best availability reachable is "
                    + UiFormats.percent(r.availabilityBound()) + ". " + how + ".";
        }
        Design d = r.best();
        return "Best design: availability " + UiFormats.percent(d.availability()) + ", downtime " + hours(d.downtimeHoursPerYear())
                + " per year, cost " + String.format(Locale.ROOT, "%,.0f", d.cost()) + " " + (currency == null ? "" : currency)
                + " (" + (r.costBasis() == CostBasis.CAPEX ? "CAPEX" : "per year") + ")\n" + describe(d) + "\n" + how + ".";
    }

    private static String describe(Design d) {
        return String.join("; ", d.choices().stream().map(DesignChoice::describe).toList());
    }

    private static String hours(double h) {
        return h < 1 ? String.format(Locale.ROOT, "%.3g min", 60 * h) : String.format(Locale.ROOT, "%.3g h", h);
    }

    /** @return the design selected in the front table, or null */
    Design selectedDesign() {
        return front.getStructuredSelection().getFirstElement() instanceof Design d ? d : null;
    }

    private void saveSelectedDesignInteractively() {
        Design design = selectedDesign();
        if (design == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Save Design As");
        dialog.setFilterExtensions(new String[] { "*." + ModelFiles.EXTENSION });
        dialog.setFileName(copy.getName().replaceAll("[^A-Za-z0-9._-]+", "-") + "-design." + ModelFiles.EXTENSION);
        dialog.setOverwrite(true);
        if (folder != null) {
            dialog.setFilterPath(folder.toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.endsWith("." + ModelFiles.EXTENSION) ? chosen : chosen + "." + ModelFiles.EXTENSION);
        try {
            ModelEditor.openFile(saveDesign(design, file));
        } catch (IOException | PartInitException | IllegalArgumentException e) {
            MessageDialog.openError(getShell(), "Save Design As", "Cannot save the design to " + file + ": " + e.getMessage());
        }
    }

    /**
     * Writes the model built as {@code design} says ({@link DesignApplier}) to {@code file} (atomically; the file is
     * left as it was on failure), named after the model and the design; the optimisation subsystems the design decided
     * are left out (the blocks they named are replaced), the others stay. The model being edited is not changed.
     *
     * @return the file written
     */
    public Path saveDesign(Design design, Path file) throws IOException {
        SystemModel designed = DesignApplier.apply(copy, design);
        designed.setName(copy.getName() + " (" + describe(design) + ")");
        // a subsystem whose block the design replaced is decided: it leaves the saved model (its block is gone)
        designed.getOptimizationSubsystems().removeIf(s -> s.getBlock() == null
                || EcoreUtil.getRootContainer(s.getBlock()) != designed);
        layOutNewDiagrams(designed);
        ModelStore.save(designed, file);
        return file;
    }

    /** The diagrams the design added have no positions yet: ELK lays them out, as Automatic Layout would. */
    private static void layOutNewDiagrams(SystemModel designed) {
        var domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(),
                new org.eclipse.emf.common.command.BasicCommandStack());
        for (var diagram : designed.getDiagrams()) {
            if (diagram.getNodes().stream().anyMatch(n -> n.getBounds() == null)) {
                domain.getCommandStack().execute(org.nines.ui.diagram.ElkLayout.command(domain, diagram));
            }
        }
    }

    /** @return the latest result shown, or null (for tests) */
    public OptimizationResult result() {
        return result;
    }
}
