package org.nines.ui.charts;

import java.text.DecimalFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.SimulationResult.Bin;
import org.nines.analysis.simulation.SimulationResult.Distribution;

/**
 * Histogram of the service downtime per year over the simulated histories, on a logarithmic hours axis, with the P90
 * and P99 as labelled vertical markers. Histories without downtime cannot sit on a log axis; the subtitle counts them.
 */
public final class DowntimeHistogramChart {
    private DowntimeHistogramChart() {
    }

    /**
     * @return the bins with a positive lower bound: x from lower to upper (hours per year), y the percentage of all
     *         histories in the bin
     */
    public static XYIntervalSeries bins(Distribution downtime) {
        XYIntervalSeries series = new XYIntervalSeries("histories");
        for (Bin b : downtime.histogram()) {
            if (b.lower() > 0 && b.upper() > b.lower()) {
                double percent = 100.0 * b.count() / downtime.count();
                series.add(Math.sqrt(b.lower() * b.upper()), b.lower(), b.upper(), percent, percent, percent);
            }
        }
        return series;
    }

    /** @return histories whose downtime is not shown as a bar (none, or below the histogram's first bin) */
    public static long historiesOffAxis(Distribution downtime) {
        return downtime.histogram().stream().filter(b -> !(b.lower() > 0 && b.upper() > b.lower())).mapToLong(Bin::count).sum();
    }

    /** @return the chart, or null when no history had downtime */
    public static JFreeChart create(SimulationResult result) {
        Distribution d = result.downtimeHoursPerYear();
        XYIntervalSeries series = bins(d);
        if (series.getItemCount() == 0) {
            return null;
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        LogAxis x = new LogAxis("downtime per year (hours, log scale)");
        x.setBase(10);
        x.setNumberFormatOverride(new DecimalFormat("#,##0.####"));
        x.setSmallestValue(1e-6);
        ChartStyle.decades(x, series.getXLowValue(0), series.getXHighValue(series.getItemCount() - 1));
        NumberAxis y = new NumberAxis("share of histories (%)");
        XYBarRenderer renderer = new XYBarRenderer(0.05);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.PRIMARY);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        marker(plot, "P90", d.p90(), RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT);
        marker(plot, "P99", d.p99(), RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT);
        JFreeChart chart = new JFreeChart("Downtime per year over the simulated histories of " + result.modelName(),
                ChartStyle.TITLE, plot, false);
        long off = historiesOffAxis(d);
        ChartStyle.subtitle(chart, String.format(Locale.ROOT, "Mean %s, P50 %s, P90 %s, P99 %s, max %s per year; %,d of %,d histories (%.1f %%) without downtime%s",
                hours(d.mean()), hours(d.p50()), hours(d.p90()), hours(d.p99()), hours(d.max()), off, d.count(),
                100.0 * off / d.count(), result.partial() ? " (cancelled: partial result)" : ""));
        return ChartStyle.apply(chart);
    }

    private static void marker(XYPlot plot, String name, double hours, RectangleAnchor anchor, TextAnchor text) {
        if (!(hours > 0) || !Double.isFinite(hours)) {
            return;
        }
        plot.addDomainMarker(ChartStyle.marker(hours, name + " " + hours(hours), anchor, text));
    }

    /** Hours shown as minutes below one hour. */
    static String hours(double h) {
        if (!Double.isFinite(h)) {
            return "\u2013";
        }
        return h < 1 ? String.format(Locale.ROOT, "%.3g min", h * 60) : String.format(Locale.ROOT, "%.3g h", h);
    }
}
