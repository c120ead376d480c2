package org.nines.ui.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.EventResult;

/**
 * Downtime contribution per component, hours per year, horizontal bars largest first: the exact downtime each event
 * takes part in (Fussell-Vesely x system downtime) and, when a simulation of the same model is given, the simulated
 * hours per year it was down while critical.
 */
public final class DowntimeChart {
    /** Bars shown at most. */
    public static final int TOP = 15;
    static final String EXACT = "exact (Fussell-Vesely share of downtime)";
    static final String SIMULATED = "simulated (down while critical)";

    private DowntimeChart() {
    }

    /**
     * @return per component label, its exact hours per year and the simulated ones (NaN without a simulation or when
     *         the simulation has no such variable), for the {@value #TOP} largest exact contributions with downtime
     */
    public static Map<String, double[]> rows(AvailabilityResult exact, List<SimulationResult.Contribution> simulated) {
        Map<String, Double> simulatedByKey = new LinkedHashMap<>();
        if (simulated != null) {
            simulated.forEach(c -> simulatedByKey.put(c.key(), c.downtimeHoursPerYear()));
        }
        Map<String, double[]> rows = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        exact.events().stream().filter(e -> e.downtimeHoursPerYear() > 0)
                .sorted(Comparator.comparingDouble(EventResult::downtimeHoursPerYear).reversed().thenComparing(EventResult::label))
                .limit(TOP).forEach(e -> rows.put(ImportanceChart.uniqueLabel(e.label(), 30, used),
                        new double[] { e.downtimeHoursPerYear(), simulatedByKey.getOrDefault(e.key(), Double.NaN) }));
        return rows;
    }

    /**
     * @param simulated         contributions of a simulation of the same model (plain or failure biasing), or null
     * @param simulatedModelName name of the simulated model (for the subtitle), or null without a simulation
     * @return the chart, or null when no component contributes downtime
     */
    public static JFreeChart create(String modelName, AvailabilityResult exact, List<SimulationResult.Contribution> simulated,
            String simulatedModelName) {
        Map<String, double[]> rows = rows(exact, simulated);
        if (rows.isEmpty()) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        rows.forEach((label, hours) -> {
            data.addValue(hours[0], EXACT, label);
            if (simulated != null) {
                data.addValue(Double.isNaN(hours[1]) ? null : hours[1], SIMULATED, label);
            }
        });
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.PRIMARY);
        renderer.setSeriesPaint(1, ChartStyle.ACCENT);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.1);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis("downtime (hours per year)"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = new JFreeChart("Downtime contribution per component of " + modelName, ChartStyle.TITLE, plot,
                simulated != null);
        ChartStyle.subtitle(chart, String.format(java.util.Locale.ROOT, "System downtime %.3g h per year (exact)%s; shares overlap",
                exact.downtimeHoursPerYear(), simulated == null ? "" : ", simulation of " + simulatedModelName));
        return ChartStyle.apply(chart);
    }
}
