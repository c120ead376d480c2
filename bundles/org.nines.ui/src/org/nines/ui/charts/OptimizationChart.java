package org.nines.ui.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.nines.analysis.optimization.CostBasis;
import org.nines.analysis.optimization.Design;
import org.nines.analysis.optimization.OptimizationGoal;
import org.nines.analysis.optimization.OptimizationResult;

/**
 * The optimiser's Pareto front of cost against availability (percent), the best design for the goal highlighted, and
 * the target availability as a dashed line when the goal has one.
 */
public final class OptimizationChart {
    private OptimizationChart() {
    }

    /** @return the chart, or null when the front is empty */
    public static JFreeChart create(String modelName, String currency, OptimizationResult result) {
        if (result.paretoFront().isEmpty()) {
            return null;
        }
        XYSeries front = new XYSeries("Pareto front", false, true);
        for (Design d : result.paretoFront()) {
            front.add(100 * d.availability(), d.cost());
        }
        XYSeries best = new XYSeries("best design for the goal", false, true);
        if (result.best() != null) {
            best.add(100 * result.best().availability(), result.best().cost());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(front);
        if (best.getItemCount() > 0) {
            data.addSeries(best);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesPaint(0, ChartStyle.PRIMARY);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesPaint(1, ChartStyle.ACCENT);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-7, -7, 14, 14));
        NumberAxis x = new NumberAxis("availability (%)");
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new DecimalFormat("0.00####"));
        NumberAxis y = new NumberAxis((result.costBasis() == CostBasis.CAPEX ? "CAPEX" : "cost of ownership per year")
                + " of the optimised units (" + currency + ")");
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeMinimumSize(1);
        y.setNumberFormatOverride(new DecimalFormat("#,##0"));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (result.goal() instanceof OptimizationGoal.TargetAvailability target) {
            plot.addDomainMarker(ChartStyle.marker(100 * target.availability(), "target " + org.nines.ui.UiFormats.percent(target.availability()),
                    RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        } else if (result.goal() instanceof OptimizationGoal.Budget budget) {
            plot.addRangeMarker(ChartStyle.marker(budget.budget(), "budget", RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT));
        }
        JFreeChart chart = new JFreeChart("Redundancy options of " + modelName, ChartStyle.TITLE, plot, true);
        ChartStyle.subtitle(chart, result.paretoFront().size() + " Pareto-efficient designs; " + result.method()
                + (result.exact() ? " (optimal)" : " (not proven optimal)"));
        chart.getLegend().setBackgroundPaint(Color.WHITE);
        return ChartStyle.apply(chart);
    }
}
