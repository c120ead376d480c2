package org.nines.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.xy.XYSeriesCollection;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.ui.analysis.AnalysisRun;
import org.nines.ui.analysis.SimulationLauncher;
import org.nines.ui.analysis.SimulationRun;
import org.nines.ui.charts.ChartExport;
import org.nines.ui.charts.ChartStyle;
import org.nines.ui.charts.ConvergenceChart;
import org.nines.ui.charts.CostAvailabilityChart;
import org.nines.ui.charts.DowntimeChart;
import org.nines.ui.charts.DowntimeHistogramChart;
import org.nines.ui.charts.ImportanceChart;
import org.nines.ui.charts.RiskMatrixChart;
import org.nines.ui.editor.ModelEditor;

/**
 * Charts of the latest exact analysis and simulation (JFreeChart), chosen in a combo: importance Pareto
 * (Fussell-Vesely or Birnbaum), downtime contribution per component, simulation convergence, downtime-per-year
 * histogram with P90/P99, cost against availability of the scenarios with the Pareto front, and the risk matrix. A
 * chart without data says what to run. "Export Chart..." in the view toolbar saves the chart shown as PNG or SVG.
 */
public class ChartsView extends ViewPart {
    public static final String ID = "org.nines.ui.views.charts";

    /** The charts on offer, in the order of the chooser. */
    public enum Kind {
        IMPORTANCE_FV("Importance: Fussell-Vesely (Pareto)", "each component's share of the downtime"),
        IMPORTANCE_BIRNBAUM("Importance: Birnbaum (Pareto)", "each component's Birnbaum importance"),
        DOWNTIME("Downtime contribution per component", "each component's downtime per year"),
        CONVERGENCE("Simulation convergence", "how the simulated availability converges"),
        HISTOGRAM("Downtime per year (simulation histogram)", "the spread of the downtime per year with its P90 and P99"),
        COST("Cost against availability (scenarios)", "the scenarios' cost against their availability"),
        RISK_MATRIX("Risk matrix", "the risk matrix");

        /** Text in the chooser. */
        public final String title;
        /** What the chart shows, for the hint naming what to run first. */
        final String what;

        Kind(String title, String what) {
            this.title = title;
            this.what = what;
        }
    }

    /** The chooser's texts, in order. */
    public static final List<String> CHARTS = java.util.Arrays.stream(Kind.values()).map(k -> k.title).toList();
    private static final String RUN_ANALYSIS = "Run an analysis (Model > Analyse) to see ";
    private static final String RUN_SIMULATION = "Run a simulation (Ctrl+F9) to see ";

    private Combo chooser;
    private ChartComposite chart;
    private Label hint;
    private AnalysisRun run;
    private SimulationRun simulation;
    /** The command stack of the editor whose runs are shown: a change there makes the charts stale. */
    private org.eclipse.emf.common.command.CommandStack watched;
    /** Whether the model changed since the analysis run / the simulation run shown. */
    private boolean analysisStale;
    private boolean simulationStale;
    private final org.eclipse.emf.common.command.CommandStackListener staleListener = e -> getSite().getShell().getDisplay()
            .asyncExec(() -> {
                if (!hint.isDisposed()) {
                    analysisStale = true;
                    simulationStale = true;
                    redrawChart();
                }
            });

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Chart:");
        chooser = new Combo(parent, SWT.READ_ONLY);
        chooser.setItems(CHARTS.toArray(String[]::new));
        chooser.select(0);
        chooser.setVisibleItemCount(CHARTS.size());
        chooser.setData("testid", "charts.chooser");
        chooser.addListener(SWT.Selection, e -> redrawChart());
        hint = new Label(parent, SWT.WRAP);
        hint.setData("testid", "charts.hint");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        chart = new ChartComposite(parent, SWT.NONE, null, true);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        chart.setData("testid", "charts.chart");
        Action export = new Action("Export Chart...") {
            @Override
            public void run() {
                exportInteractively();
            }
        };
        export.setToolTipText("Save the chart shown as PNG or SVG");
        export.setId("org.nines.ui.charts.export");
        getViewSite().getActionBars().getToolBarManager().add(export);
        getViewSite().getActionBars().getMenuManager().add(export);
        getViewSite().getActionBars().updateActionBars();
        // a view opened after the analysis shows the active editor's latest runs
        if (getSite().getPage().getActiveEditor() instanceof ModelEditor editor) {
            simulation = SimulationLauncher.lastRun(editor);
            run = editor.lastRun();
            watchActiveEditor();
            analysisStale = run != null && editor.isResultStale();
            simulationStale = simulation != null && SimulationLauncher.currentRun(editor) == null;
        }
        getSite().getPage().addPartListener(closeListener);
        redrawChart();
    }

    /** When the editor whose runs are shown closes, its charts go (and the view lets go of its command stack). */
    private final org.eclipse.ui.IPartListener2 closeListener = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partClosed(org.eclipse.ui.IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof ModelEditor editor && watched == editor.getEditingDomain().getCommandStack()) {
                watched.removeCommandStackListener(staleListener);
                watched = null;
                run = null;
                simulation = null;
                if (!hint.isDisposed()) {
                    redrawChart();
                }
            }
        }
    };

    /** Shows the charts of an analysis run, with the active editor's latest simulation when there is one. */
    public void show(AnalysisRun run) {
        this.run = run;
        analysisStale = false;
        watchActiveEditor();
        simulation = getSite().getPage().getActiveEditor() instanceof ModelEditor editor ? SimulationLauncher.lastRun(editor) : null;
        if (simulation != null && !simulation.modelName().equals(run.modelName())) {
            simulation = null; // another model's simulation
        }
        redrawChart();
    }

    /** Shows the charts of a simulation run (convergence, histogram; downtime next to the exact figures). */
    public void showSimulation(SimulationRun run) {
        this.simulation = run;
        simulationStale = false;
        watchActiveEditor();
        redrawChart();
    }

    /** Listens to the active editor's command stack for the next change. */
    private void watchActiveEditor() {
        var stack = getSite().getPage().getActiveEditor() instanceof ModelEditor editor
                ? editor.getEditingDomain().getCommandStack() : null;
        if (watched != stack) {
            if (watched != null) {
                watched.removeCommandStackListener(staleListener);
            }
            watched = stack;
            if (stack != null) {
                stack.addCommandStackListener(staleListener);
            }
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(closeListener);
        if (watched != null) {
            watched.removeCommandStackListener(staleListener);
        }
        super.dispose();
    }

    /** @return whether the model changed since the run the chart shown is drawn from (it is then marked stale) */
    public boolean isStale() {
        return isStale(Kind.values()[Math.max(0, chooser.getSelectionIndex())]);
    }

    private boolean isStale(Kind kind) {
        return switch (kind) {
            case CONVERGENCE, HISTOGRAM -> simulationStale;
            case DOWNTIME -> analysisStale || (simulation != null && simulationStale);
            default -> analysisStale;
        };
    }

    /** Selects a chart, as the chooser does. */
    public void select(Kind kind) {
        chooser.select(kind.ordinal());
        redrawChart();
    }

    /** @return the chart shown (a titled empty chart when its data is missing), for tests and export */
    public JFreeChart chart() {
        return chart.getChart();
    }

    /**
     * @return the hint above the chart: what to run when the chart has no data, a stale note when the model changed
     *         since its runs, else empty
     */
    public String hint() {
        return hint.getText();
    }

    /** Saves the chart shown to a .png or .svg file at {@link ChartExport#WIDTH} x {@link ChartExport#HEIGHT}. */
    public void export(Path file) throws IOException {
        ChartExport.save(chart.getChart(), file, ChartExport.WIDTH, ChartExport.HEIGHT);
    }

    private void exportInteractively() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Chart");
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterNames(new String[] { "PNG image (*.png)", "SVG drawing (*.svg)" });
        dialog.setFileName(Kind.values()[Math.max(0, chooser.getSelectionIndex())].name().toLowerCase(Locale.ROOT).replace('_', '-') + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        String lower = chosen.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
            chosen += dialog.getFilterIndex() == 1 ? ".svg" : ".png";
        }
        try {
            export(Path.of(chosen));
            getViewSite().getActionBars().getStatusLineManager().setMessage("Chart saved to " + chosen);
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(getSite().getShell(), "Export Chart", "Cannot save the chart to " + chosen + ": " + e.getMessage());
        }
    }

    private void redrawChart() {
        Kind kind = Kind.values()[Math.max(0, chooser.getSelectionIndex())];
        String missing = missing(kind);
        JFreeChart shown = missing == null ? create(kind) : null;
        if (shown == null && missing == null) {
            missing = "No data for this chart: " + emptyReason(kind);
        }
        String note = missing != null ? missing
                : isStale(kind) ? "Stale: the model changed since these figures were computed; analyse (F9) or simulate (Ctrl+F9) again." : null;
        hint.setText(note == null ? "" : note);
        ((GridData) hint.getLayoutData()).exclude = note == null;
        hint.setVisible(note != null);
        hint.getParent().layout();
        chart.setChart(shown != null ? shown : empty(kind.title, missing)); // never the previous model's chart
        repaint();
    }

    /** @return what has to run first for this chart, or null when its inputs are there */
    private String missing(Kind kind) {
        boolean needsSimulation = kind == Kind.CONVERGENCE || kind == Kind.HISTOGRAM;
        if (needsSimulation) {
            if (simulation != null && kind == Kind.HISTOGRAM && simulation.result() == null) {
                return "The downtime histogram needs the plain Monte Carlo simulation (Ctrl+F9, method \"Plain\"): failure"
                        + " biasing gives steady-state means, not the spread over years.";
            }
            return simulation == null ? RUN_SIMULATION + kind.what + "." : null;
        }
        if (run == null) {
            return RUN_ANALYSIS + kind.what + ".";
        }
        if (run.result() == null) {
            return "Not analysed: the model has validation errors (see the Results view).";
        }
        return null;
    }

    private JFreeChart create(Kind kind) {
        String model = run != null ? run.modelName() : simulation.modelName();
        return switch (kind) {
            case IMPORTANCE_FV -> ImportanceChart.create(model, run.result(), ImportanceChart.Measure.FUSSELL_VESELY);
            case IMPORTANCE_BIRNBAUM -> ImportanceChart.create(model, run.result(), ImportanceChart.Measure.BIRNBAUM);
            case DOWNTIME -> DowntimeChart.create(model, run.result(), simulation == null ? null : simulation.contributions(),
                    simulation == null ? null : simulation.modelName());
            case CONVERGENCE -> simulation.result() != null
                    ? ConvergenceChart.create(simulation.result(), exactAvailabilityComparable())
                    : ConvergenceChart.create(simulation.rareEvents(), exactAvailabilityComparable());
            case HISTOGRAM -> DowntimeHistogramChart.create(simulation.result());
            case COST -> CostAvailabilityChart.create(run.scenarios());
            case RISK_MATRIX -> RiskMatrixChart.create(run.risks());
        };
    }

    /** The exact availability for the convergence chart: only comparable when the simulation had no threat shocks. */
    private double exactAvailabilityComparable() {
        boolean sameModel = run != null && run.result() != null && run.modelName().equals(simulation.modelName());
        boolean withoutThreats = simulation.result() == null || simulation.result().threats() == ThreatMode.OFF; // failure biasing: always
        return sameModel && withoutThreats ? run.result().availability() : Double.NaN;
    }

    private static String emptyReason(Kind kind) {
        return switch (kind) {
            case IMPORTANCE_FV, IMPORTANCE_BIRNBAUM, DOWNTIME -> "no component contributes to the downtime.";
            case CONVERGENCE -> "the simulation finished no history.";
            case HISTOGRAM -> "no simulated history had any downtime.";
            case COST -> "this model has no scenarios to compare (add what-if scenarios on the Scenarios page).";
            case RISK_MATRIX -> "the risk register is empty.";
        };
    }

    /**
     * ChartComposite.forceRedraw paints straight onto the screen, even while the view hides behind another tab: only
     * then paint now; a hidden view repaints (setChart marked its buffer stale) when it is shown.
     */
    private void repaint() {
        if (chart.isVisible()) {
            chart.forceRedraw();
        }
    }

    /** A chart without data or axes: its title says which chart it is, the plot why it is empty. */
    private static JFreeChart empty(String title, String why) {
        JFreeChart empty = ChartFactory.createScatterPlot(title, null, null, new XYSeriesCollection(), PlotOrientation.VERTICAL, false, false, false);
        ChartStyle.apply(empty);
        var plot = empty.getXYPlot();
        plot.setNoDataMessage(why);
        plot.setNoDataMessageFont(ChartStyle.LABEL);
        plot.setNoDataMessagePaint(java.awt.Color.DARK_GRAY);
        plot.getDomainAxis().setVisible(false);
        plot.getRangeAxis().setVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        return empty;
    }

    @Override
    public void setFocus() {
        chooser.setFocus();
    }
}
