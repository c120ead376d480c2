package org.nines.ui.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.EventResult;

/**
 * Pareto chart of an importance measure: the {@value #TOP} most important components or events as bars, largest first,
 * and the cumulative share of the measure's total over all events as a line on a 0-100 % axis.
 */
public final class ImportanceChart {
    /** Bars shown at most. */
    public static final int TOP = 15;

    /** The importance measures on offer. */
    public enum Measure {
        /** Share of downtime the event takes part in, percent. */
        FUSSELL_VESELY("Fussell-Vesely", "share of downtime (%)", e -> 100 * e.fussellVesely()),
        /** dQ/dq, dimensionless. */
        BIRNBAUM("Birnbaum", "Birnbaum importance (dQ/dq)", EventResult::birnbaum);

        final String title;
        final String axis;
        final ToDoubleFunction<EventResult> value;

        Measure(String title, String axis, ToDoubleFunction<EventResult> value) {
            this.title = title;
            this.axis = axis;
            this.value = value;
        }
    }

    /** One bar: the event's label, its measure, and the cumulative share (percent) of the measure's total up to it. */
    public record Bar(String label, double value, double cumulativePercent) {
    }

    private ImportanceChart() {
    }

    /**
     * @return the largest {@value #TOP} events by the measure, largest first (ties by label), each with the cumulative
     *         percentage of the measure summed over all events; empty when every value is 0
     */
    public static List<Bar> bars(List<EventResult> events, Measure measure) {
        double total = events.stream().mapToDouble(measure.value).filter(Double::isFinite).sum();
        List<Bar> bars = new ArrayList<>();
        if (!(total > 0)) {
            return bars;
        }
        double cumulative = 0;
        List<EventResult> sorted = events.stream().sorted(Comparator.comparingDouble(measure.value).reversed()
                .thenComparing(EventResult::label)).limit(TOP).toList();
        for (EventResult e : sorted) {
            double v = measure.value.applyAsDouble(e);
            cumulative += v;
            bars.add(new Bar(e.label(), v, 100 * cumulative / total));
        }
        return bars;
    }

    /** @return the Pareto chart of the result, or null when no event has a positive measure */
    public static JFreeChart create(String modelName, AvailabilityResult result, Measure measure) {
        List<Bar> bars = bars(result.events(), measure);
        if (bars.isEmpty()) {
            return null;
        }
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset cumulative = new DefaultCategoryDataset();
        List<String> used = new ArrayList<>();
        for (Bar b : bars) {
            String key = uniqueLabel(b.label(), 24, used);
            values.addValue(b.value(), measure.title, key);
            cumulative.addValue(b.cumulativePercent(), "cumulative (% of total)", key);
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setMaximumCategoryLabelLines(1);
        x.setCategoryMargin(0.15);
        NumberAxis y = new NumberAxis(measure.axis);
        BarRenderer barRenderer = new BarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ChartStyle.PRIMARY);
        barRenderer.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(values, x, y, barRenderer);
        NumberAxis percent = new NumberAxis("cumulative (%)");
        percent.setRange(0, 105);
        plot.setRangeAxis(1, percent);
        plot.setDataset(1, cumulative);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartStyle.ACCENT);
        line.setSeriesStroke(0, ChartStyle.LINE);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart("Importance (" + measure.title + ") of " + modelName, ChartStyle.TITLE, plot, true);
        int shown = bars.size();
        ChartStyle.subtitle(chart, "Top " + shown + " of " + result.events().size() + " components and events, largest first");
        return ChartStyle.apply(chart);
    }

    /** Category keys must be unique: a repeated (shortened) label gets a counter. */
    static String uniqueLabel(String label, int max, List<String> used) {
        String base = ChartStyle.shorten(label, max);
        String key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + " (" + n + ")";
        }
        used.add(key);
        return key;
    }
}
