package org.nines.ui.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.system.EventResult;
import org.nines.ui.analysis.AnalysisRun;

/**
 * Charts of the latest analysis (JFreeChart): the importance Pareto (each component's share of the downtime, largest
 * first) and the what-if alternatives' cost of ownership per year against availability, the Pareto-efficient ones
 * joined (no other alternative is both cheaper to own and more available).
 */
public class ChartsView extends ViewPart {
    public static final String ID = "org.nines.ui.views.charts";
    /** The charts on offer, in the order of the chooser. */
    public static final List<String> CHARTS = List.of("Downtime share by component (Pareto)", "Cost against availability (scenarios)");
    private static final int MAX_BARS = 15;

    private Combo chooser;
    private ChartComposite chart;
    private Label hint;
    private AnalysisRun run;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Chart:");
        chooser = new Combo(parent, SWT.READ_ONLY);
        chooser.setItems(CHARTS.toArray(String[]::new));
        chooser.select(0);
        chooser.setData("testid", "charts.chooser");
        chooser.addListener(SWT.Selection, e -> redrawChart());
        hint = new Label(parent, SWT.WRAP);
        hint.setText("Run an analysis (Model > Analyse) to see its charts.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        chart = new ChartComposite(parent, SWT.NONE, null, true);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        chart.setData("testid", "charts.chart");
        // a view opened after the analysis shows the active editor's latest run
        if (getSite().getPage().getActiveEditor() instanceof org.nines.ui.editor.ModelEditor editor && editor.lastRun() != null) {
            show(editor.lastRun());
        }
    }

    /** Shows the charts of an analysis run. */
    public void show(AnalysisRun run) {
        this.run = run;
        redrawChart();
    }

    /** @return the chart shown, or null before any analysis (for tests and export) */
    public JFreeChart chart() {
        return chart.getChart();
    }

    private void redrawChart() {
        if (run == null || run.result() == null) {
            hint.setText(run == null ? "Run an analysis (Model > Analyse) to see its charts."
                    : "Not analysed: the model has validation errors (see the Results view).");
            chart.setChart(empty(run == null ? "No analysis yet" : "Not analysed: the model has validation errors"));
            repaint();
            hint.getParent().layout();
            return;
        }
        JFreeChart shown = chooser.getSelectionIndex() == 1 ? costAgainstAvailability() : importancePareto();
        hint.setText(shown == null ? "This model has no scenarios to compare." : "");
        hint.getParent().layout();
        chart.setChart(shown != null ? shown : empty("No scenarios to compare")); // never the previous model's chart
        repaint();
    }

    private JFreeChart importancePareto() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        run.result().events().stream().sorted(Comparator.comparingDouble(EventResult::fussellVesely).reversed())
                .limit(MAX_BARS).forEach(e -> data.addValue(100 * e.fussellVesely(), "share of downtime", shorten(e.label())));
        JFreeChart pareto = ChartFactory.createBarChart("Share of downtime (Fussell-Vesely) of " + run.modelName(), null,
                "% of downtime", data, PlotOrientation.HORIZONTAL, false, true, false);
        CategoryPlot plot = pareto.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(214, 96, 56));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(210, 214, 220));
        return pareto;
    }

    private JFreeChart costAgainstAvailability() {
        if (run.scenarios() == null || run.scenarios().alternatives().size() < 2) {
            return null;
        }
        XYSeries all = new XYSeries("alternatives", false);
        XYSeries front = new XYSeries("Pareto-efficient", true);
        for (Alternative a : run.scenarios().alternatives()) {
            all.add(100 * a.availability(), a.costOfOwnershipPerYear());
            if (a.paretoEfficient()) {
                front.add(100 * a.availability(), a.costOfOwnershipPerYear());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(front);
        JFreeChart scatter = ChartFactory.createScatterPlot("Cost of ownership per year against availability", "availability (%)",
                "cost of ownership per year (" + run.scenarios().currency() + ")", data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = scatter.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesPaint(0, new Color(40, 110, 200));
        renderer.setSeriesLinesVisible(1, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesPaint(1, new Color(214, 96, 56));
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.getRangeAxis().setAutoRangeMinimumSize(1);
        org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
        x.setAutoRangeIncludesZero(false);
        return scatter;
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

    /** A chart without data whose title says why. */
    private static JFreeChart empty(String title) {
        return ChartFactory.createScatterPlot(title, null, null, new XYSeriesCollection(), PlotOrientation.VERTICAL, false, false, false);
    }

    private static String shorten(String label) {
        return label.length() <= 40 ? label : label.substring(0, 39) + "\u2026";
    }

    @Override
    public void setFocus() {
        chooser.setFocus();
    }
}
