package org.nines.ui.charts;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.scenario.Comparison;

/**
 * Cost of ownership per year against availability of the what-if alternatives: every alternative as a labelled point,
 * the base design highlighted, the Pareto-efficient ones (no other is both cheaper to own and more available) joined
 * by a line in order of availability.
 */
public final class CostAvailabilityChart {
    static final int ALTERNATIVES = 0;
    static final int FRONT = 1;
    static final int BASE = 2;

    private CostAvailabilityChart() {
    }

    /** @return the Pareto-efficient alternatives in ascending order of availability (then cost) */
    public static List<Alternative> front(Comparison comparison) {
        return comparison.alternatives().stream().filter(Alternative::paretoEfficient)
                .sorted(Comparator.comparingDouble(Alternative::availability).thenComparingDouble(Alternative::costOfOwnershipPerYear))
                .toList();
    }

    /** @return the chart, or null with fewer than two alternatives (nothing to compare) */
    public static JFreeChart create(Comparison comparison) {
        if (comparison == null || comparison.alternatives().size() < 2) {
            return null;
        }
        XYSeries all = new XYSeries("scenarios", false, true);
        XYSeries front = new XYSeries("Pareto-efficient", false, true);
        XYSeries base = new XYSeries("base design", false, true);
        for (Alternative a : comparison.alternatives()) {
            (a.base() ? base : all).add(100 * a.availability(), a.costOfOwnershipPerYear());
        }
        for (Alternative a : front(comparison)) {
            front.add(100 * a.availability(), a.costOfOwnershipPerYear());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(front);
        data.addSeries(base);
        List<Alternative> scenarios = comparison.alternatives().stream().filter(a -> !a.base()).toList();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(ALTERNATIVES, false);
        renderer.setSeriesPaint(ALTERNATIVES, ChartStyle.PRIMARY);
        renderer.setSeriesShape(ALTERNATIVES, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesLinesVisible(FRONT, true);
        renderer.setSeriesShapesVisible(FRONT, false);
        renderer.setSeriesStroke(FRONT, ChartStyle.LINE);
        renderer.setSeriesPaint(FRONT, ChartStyle.ACCENT);
        renderer.setSeriesLinesVisible(BASE, false);
        renderer.setSeriesPaint(BASE, java.awt.Color.BLACK);
        renderer.setSeriesShape(BASE, new Rectangle2D.Double(-6, -6, 12, 12));
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> switch (series) {
            case ALTERNATIVES -> ChartStyle.shorten(scenarios.get(item).name(), 22);
            case BASE -> "base";
            default -> null;
        });
        renderer.setDefaultItemLabelFont(ChartStyle.TICK);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        NumberAxis x = new NumberAxis("availability (%)");
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new DecimalFormat("0.00####"));
        x.setUpperMargin(0.3); // room for the labels right of the points (a 22-character name is about 130 px)
        NumberAxis y = new NumberAxis("cost of ownership per year (" + comparison.currency() + ")");
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(1);
        y.setUpperMargin(0.1); // a label on the top point stays inside the plot
        y.setLowerMargin(0.1);
        y.setNumberFormatOverride(new DecimalFormat("#,##0"));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart("Cost against availability of the scenarios of " + comparison.modelName(),
                ChartStyle.TITLE, plot, true);
        ChartStyle.subtitle(chart, front(comparison).size() + " of " + comparison.alternatives().size()
                + " alternatives are Pareto-efficient (no other is both cheaper to own and more available)");
        return ChartStyle.apply(chart);
    }
}
