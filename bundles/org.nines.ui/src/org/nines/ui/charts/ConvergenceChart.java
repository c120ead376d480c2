package org.nines.ui.charts;

import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.SimulationResult.ConvergencePoint;

/**
 * Convergence of a simulation: the availability estimate (percent) against the number of histories (log scale) with
 * its 95 % confidence band, and the exact steady-state availability as a dashed line when known.
 */
public final class ConvergenceChart {
    private ConvergenceChart() {
    }

    /** @return the trace as a series: x histories, y availability in percent, band the 95 % CI in percent */
    public static YIntervalSeries series(SimulationResult result) {
        return series(result.convergence());
    }

    /** @return the trace as a series: x histories (or cycles), y availability in percent, band the 95 % CI in percent */
    static YIntervalSeries series(List<ConvergencePoint> trace) {
        YIntervalSeries series = new YIntervalSeries("availability estimate with 95 % CI");
        for (ConvergencePoint p : trace) {
            if (Double.isFinite(p.availability())) {
                double low = Double.isFinite(p.ciLow()) ? p.ciLow() : p.availability();
                double high = Double.isFinite(p.ciHigh()) ? p.ciHigh() : p.availability();
                series.add(p.histories(), 100 * p.availability(), 100 * low, 100 * high);
            }
        }
        return series;
    }

    /**
     * @param exactAvailability the exact engine's availability of the same model, or NaN to leave it out
     * @return the chart, or null when the trace is empty
     */
    public static JFreeChart create(SimulationResult result, double exactAvailability) {
        return create(result.modelName(), result.convergence(), "histories", exactAvailability,
                String.format(Locale.ROOT, "%,d histories of %s year(s), seed %d: availability %s \u00B1 %s (95 %%)%s",
                        result.histories(), trim(result.years()), result.seed(), org.nines.ui.UiFormats.percent(result.availability().mean()),
                        halfWidthPercent(result.availability()), result.partial() ? ", cancelled: partial result" : ""));
    }

    /**
     * The convergence of a failure-biasing run, against regenerative cycles.
     *
     * @param exactAvailability the exact engine's availability of the same model, or NaN to leave it out
     * @return the chart, or null when the trace is empty
     */
    public static JFreeChart create(RareEventResult result, double exactAvailability) {
        return create(result.modelName(), result.convergence(), "regenerative cycles (failure biasing)", exactAvailability,
                String.format(Locale.ROOT, "failure biasing, %,d cycles, seed %d: availability %s \u00B1 %s (95 %%)%s",
                        result.cycles(), result.seed(), org.nines.ui.UiFormats.percent(result.availability().mean()),
                        halfWidthPercent(result.availability()), result.partial() ? ", cancelled: partial result" : ""));
    }

    private static JFreeChart create(String modelName, List<ConvergencePoint> trace, String xLabel, double exactAvailability,
            String subtitle) {
        YIntervalSeries series = series(trace);
        if (series.getItemCount() == 0) {
            return null;
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        LogAxis x = new LogAxis(xLabel);
        x.setBase(10);
        x.setNumberFormatOverride(new DecimalFormat("#,##0"));
        x.setSmallestValue(1);
        ChartStyle.decades(x, series.getX(0).doubleValue(), series.getX(series.getItemCount() - 1).doubleValue());
        NumberAxis y = new NumberAxis("availability (%)");
        y.setAutoRangeIncludesZero(false);
        y.setAutoRangeStickyZero(false);
        y.setNumberFormatOverride(new DecimalFormat("0.00####"));
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.PRIMARY);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesFillPaint(0, ChartStyle.BAND);
        renderer.setAlpha(0.25f);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (Double.isFinite(exactAvailability)) {
            plot.addRangeMarker(ChartStyle.marker(100 * exactAvailability, "exact " + org.nines.ui.UiFormats.percent(exactAvailability),
                    RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT));
        }
        double[] range = focus(series, 100 * exactAvailability);
        y.setRange(range[0], range[1]);
        JFreeChart chart = new JFreeChart("Convergence of the simulation of " + modelName, ChartStyle.TITLE, plot, true);
        ChartStyle.subtitle(chart, subtitle);
        return ChartStyle.apply(chart);
    }

    /**
     * The y range: the band of the points after at least a twentieth of the histories (the first few histories have
     * bands so wide they would flatten the rest), the exact value when finite, plus a margin.
     */
    static double[] focus(YIntervalSeries series, double exactPercent) {
        double last = series.getX(series.getItemCount() - 1).doubleValue();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < series.getItemCount(); i++) {
            if (series.getX(i).doubleValue() >= last / 20) {
                low = Math.min(low, series.getYLowValue(i));
                high = Math.max(high, series.getYHighValue(i));
            }
        }
        if (Double.isFinite(exactPercent)) {
            low = Math.min(low, exactPercent);
            high = Math.max(high, exactPercent);
        }
        double pad = Math.max(1e-7, (high - low) * 0.1);
        return new double[] { low - pad, Math.min(100 + pad / 2, high + pad) };
    }

    static String halfWidthPercent(SimulationResult.Estimate availability) {
        double half = (availability.ciHigh() - availability.ciLow()) / 2;
        return Double.isFinite(half) ? String.format(Locale.ROOT, "%.2g %%", 100 * half) : "\u2013";
    }

    static String trim(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.format(Locale.ROOT, "%.3g", years);
    }
}
