package org.nines.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.nines.analysis.risk.RiskRegister;
import org.nines.analysis.risk.RiskScale;

/**
 * The 5x5 risk matrix as a heat map: impact (expected service downtime per year) across, likelihood (events per year)
 * up, each cell coloured by its severity (likelihood level x impact level, green to red) and labelled with the number
 * of risks in it before ("inherent") and after mitigation ("residual").
 */
public final class RiskMatrixChart {
    private RiskMatrixChart() {
    }

    /** One cell's label: levels 1..5 and the counts of inherent and residual risks in it. */
    public record Cell(int likelihood, int impact, int inherent, int residual) {
    }

    /** @return the 25 cells, likelihood 1..5 outer, impact 1..5 inner, with their counts */
    public static List<Cell> cells(RiskRegister register) {
        int[][] inherent = register.matrix(false);
        int[][] residual = register.matrix(true);
        List<Cell> cells = new ArrayList<>();
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                cells.add(new Cell(l, i, inherent[l - 1][i - 1], residual[l - 1][i - 1]));
            }
        }
        return cells;
    }

    /** @return the severity colour of a cell: likelihood level x impact level from 1 (green) to 25 (red) */
    public static Color severity(int score) {
        if (score <= 2) {
            return new Color(99, 178, 95);
        } else if (score <= 4) {
            return new Color(170, 207, 96);
        } else if (score <= 9) {
            return new Color(246, 214, 88);
        } else if (score <= 15) {
            return new Color(240, 150, 70);
        }
        return new Color(214, 68, 56);
    }

    /** @return the heat map, or null when the register is empty */
    public static JFreeChart create(RiskRegister register) {
        if (register == null || register.risks().isEmpty()) {
            return null;
        }
        List<Cell> cells = cells(register);
        double[][] xyz = new double[3][cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            xyz[0][k] = c.impact() - 1;
            xyz[1][k] = c.likelihood() - 1;
            xyz[2][k] = c.likelihood() * c.impact();
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("severity", xyz);
        LookupPaintScale scale = new LookupPaintScale(0, 26, Color.WHITE);
        for (int s = 1; s <= 25; s++) {
            scale.add(s, severity(s));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        RiskScale bounds = register.scale();
        SymbolAxis x = new SymbolAxis("impact: expected service downtime (hours per year)", labels(bounds.impactBounds()));
        SymbolAxis y = new SymbolAxis("likelihood (events per year)", labels(bounds.likelihoodBounds()));
        for (SymbolAxis axis : List.of(x, y)) {
            axis.setGridBandsVisible(false);
            axis.setRange(-0.5, 4.5);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font count = new Font(Font.SANS_SERIF, Font.BOLD, 13);
        for (Cell c : cells) {
            if (c.inherent() > 0) {
                plot.addAnnotation(text(c.inherent() + " inherent", c.impact() - 1, c.likelihood() - 1 + 0.15, count, Color.BLACK));
            }
            if (c.residual() > 0) {
                plot.addAnnotation(text(c.residual() + " residual", c.impact() - 1, c.likelihood() - 1 - 0.15, count,
                        new Color(30, 50, 110)));
            }
        }
        JFreeChart chart = new JFreeChart("Risk matrix of " + register.modelName(), ChartStyle.TITLE, plot, false);
        ChartStyle.subtitle(chart, register.risks().size() + " risks; each cell counts them before (inherent) and after "
                + "mitigation (residual); colour = likelihood level x impact level");
        return ChartStyle.apply(chart);
    }

    private static XYTextAnnotation text(String text, double x, double y, Font font, Color paint) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(font);
        a.setPaint(paint);
        return a;
    }

    /** Level labels from the four upper bounds: "1: \u2264 0.1", ..., "5: > 24". */
    static String[] labels(List<Double> bounds) {
        String[] labels = new String[5];
        for (int level = 1; level <= 5; level++) {
            String limit = level <= 4 ? "\u2264 " + number(bounds.get(level - 1)) : "> " + number(bounds.get(3));
            labels[level - 1] = level + ": " + limit;
        }
        return labels;
    }

    private static String number(double v) {
        return new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
