package org.nines.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The one look of every Nines chart: white background, light grid, readable fonts, a small fixed palette. */
public final class ChartStyle {
    /** Main series (bars, estimates). */
    public static final Color PRIMARY = new Color(40, 110, 200);
    /** Second series and highlights (cumulative lines, Pareto front, markers). */
    public static final Color ACCENT = new Color(214, 96, 56);
    /** Third series (simulated against exact). */
    public static final Color MUTED = new Color(120, 130, 145);
    /** Confidence bands. */
    public static final Color BAND = new Color(40, 110, 200, 60);
    /** Behind marker labels: almost opaque white. */
    public static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);
    public static final Color GRID = new Color(215, 219, 225);
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final BasicStroke LINE = new BasicStroke(2f);
    public static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 6f, 4f }, 0f);

    private ChartStyle() {
    }

    /** Applies the Nines look to a chart and returns it. */
    public static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle text) {
                text.setFont(SUBTITLE);
            } else if (t instanceof LegendTitle legend) {
                legend.setItemFont(LABEL);
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setDomainGridlinePaint(GRID);
            category.setRangeGridlinePaint(GRID);
            axis(category.getDomainAxis());
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                axis(category.getRangeAxis(i));
            }
        }
        return chart;
    }

    /**
     * A dashed accent line at {@code value} (in the units of the axis it is added to) with its label in the accent
     * colour on a white backing, placed at {@code anchor} of the line and aligned by {@code textAnchor}.
     */
    public static ValueMarker marker(double value, String label, RectangleAnchor anchor, TextAnchor textAnchor) {
        ValueMarker marker = new ValueMarker(value, ACCENT, DASHED);
        marker.setLabel(label);
        marker.setLabelFont(LABEL);
        marker.setLabelPaint(ACCENT);
        marker.setLabelBackgroundColor(LABEL_BACKGROUND);
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(textAnchor);
        return marker;
    }

    /** Adds a plain subtitle line under the title. */
    public static void subtitle(JFreeChart chart, String text) {
        TextTitle title = new TextTitle(text, SUBTITLE);
        title.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(title);
    }

    private static void axis(org.jfree.chart.axis.Axis axis) {
        if (axis != null) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
            axis.setAxisLinePaint(MUTED);
        }
    }

    /**
     * Ticks of a log axis at whole decades (1, 10, 100, ...) with minor ticks between, when the data from {@code low}
     * to {@code high} spans at least one and a half decades; narrower data keeps the automatic ticks.
     */
    public static void decades(org.jfree.chart.axis.LogAxis axis, double low, double high) {
        if (!(low > 0) || Math.log10(high / low) < 1.5) {
            return;
        }
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1, axis.getNumberFormatOverride(), 9), false, true);
        axis.setMinorTickMarksVisible(true);
    }

    /** A label cut to {@code max} characters with an ellipsis. */
    public static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "\u2026";
    }
}
