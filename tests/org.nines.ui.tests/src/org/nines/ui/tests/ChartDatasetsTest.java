package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.risk.RiskFigures;
import org.nines.analysis.risk.RiskRegister;
import org.nines.analysis.risk.RiskScale;
import org.nines.analysis.optimization.CostBasis;
import org.nines.analysis.optimization.Design;
import org.nines.analysis.optimization.OptimizationGoal;
import org.nines.analysis.optimization.OptimizationResult;
import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.scenario.Comparison;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.SimulationResult.Bin;
import org.nines.analysis.simulation.SimulationResult.ConvergencePoint;
import org.nines.analysis.simulation.SimulationResult.Distribution;
import org.nines.analysis.simulation.SimulationResult.Estimate;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.analysis.system.BasicEvent;
import org.nines.analysis.system.EventResult;
import org.nines.ui.analysis.SimulationRun;
import org.nines.ui.charts.ChartExport;
import org.nines.ui.charts.ConvergenceChart;
import org.nines.ui.charts.CostAvailabilityChart;
import org.nines.ui.charts.DowntimeHistogramChart;
import org.nines.ui.charts.ImportanceChart;
import org.nines.ui.charts.OptimizationChart;
import org.nines.ui.charts.RiskMatrixChart;

/** The data behind each chart, from hand-made results with known answers, and the PNG/SVG export. Plain JUnit. */
class ChartDatasetsTest {
    @TempDir
    Path dir;

    /** 1,000 histories: 100 without downtime, the rest in three log bins; P90 = 20 h, P99 = 60 h. */
    static SimulationResult knownSimulation(SimulationResult.Status status, long histories) {
        Distribution downtime = new Distribution(1000, 12.5, 8, 20, 60, 95,
                List.of(new Bin(0, 0, 100), new Bin(1, 10, 400), new Bin(10, 100, 490), new Bin(100, 1000, 10)));
        Distribution outages = new Distribution(1000, 2.5, 2, 4, 6, 9, List.of(new Bin(2, 2, 1000)));
        List<ConvergencePoint> trace = List.of(new ConvergencePoint(250, 0.9980, 0.9970, 0.9990),
                new ConvergencePoint(500, 0.9985, 0.9979, 0.9991), new ConvergencePoint(1000, 0.9986, 0.9982, 0.9990));
        return new SimulationResult("Known", status, histories, 1, 8760, 7, 2, 250, ThreatMode.OFF,
                new Estimate(0.9986, 0.9982, 0.9990, 0.0002), 0.29, downtime, outages, outages, 3000, 4, List.of(),
                List.of(), trace, 123_456, 0.5);
    }

    private static EventResult event(String label, double fv, double birnbaum) {
        return new EventResult(label, label, BasicEvent.Kind.COMPONENT, 1e-3, 1, birnbaum, fv, fv, 2, 1.5, 10 * fv);
    }

    private static Alternative alternative(String id, boolean base, double availability, double cost, boolean pareto) {
        return new Alternative(id, "Alternative " + id, base, availability, 1 - availability, 8760 * (1 - availability), 1,
                1000, 100, cost, 0, cost, base ? Double.NaN : 2, pareto);
    }

    private static AssessedRisk risk(String id, int likelihood, int impact, int residualLikelihood, int residualImpact) {
        return new AssessedRisk(1, id, "Risk " + id, "it", "open", "ops", false, List.of(),
                new RiskFigures(1, 1, 1, 1, 100, likelihood, impact),
                new RiskFigures(0.1, 1, 1, 0.1, 10, residualLikelihood, residualImpact), "because");
    }

    @Test
    void histogramBinsLeaveOutHistoriesWithoutDowntimeAndGiveSharesOfAllHistories() {
        XYIntervalSeries bins = DowntimeHistogramChart.bins(knownSimulation(SimulationResult.Status.COMPLETED, 1000).downtimeHoursPerYear());
        assertEquals(3, bins.getItemCount());
        assertEquals(1, bins.getXLowValue(0));
        assertEquals(10, bins.getXHighValue(0));
        assertEquals(40.0, bins.getYValue(0), 1e-12);
        assertEquals(49.0, bins.getYValue(1), 1e-12);
        assertEquals(1.0, bins.getYValue(2), 1e-12);
        assertEquals(100, DowntimeHistogramChart.historiesOffAxis(knownSimulation(SimulationResult.Status.COMPLETED, 1000).downtimeHoursPerYear()));
    }

    @Test
    void histogramMarksP90AndP99WithLabels() {
        JFreeChart chart = DowntimeHistogramChart.create(knownSimulation(SimulationResult.Status.COMPLETED, 1000));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Object m : chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND)) {
            labels.add(((Marker) m).getLabel());
            values.add(((ValueMarker) m).getValue());
        }
        assertEquals(List.of("P90 20.0 h", "P99 60.0 h"), labels);
        assertEquals(List.of(20.0, 60.0), values);
    }

    @Test
    void histogramOfACancelledRunSaysItIsPartial() {
        JFreeChart chart = DowntimeHistogramChart.create(knownSimulation(SimulationResult.Status.CANCELLED, 1000));
        String subtitles = chart.getSubtitles().toString() + textOfSubtitles(chart);
        assertTrue(subtitles.contains("partial result"), subtitles);
    }

    private static String textOfSubtitles(JFreeChart chart) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void convergenceSeriesIsInPercentWithTheConfidenceBand() {
        YIntervalSeries series = ConvergenceChart.series(knownSimulation(SimulationResult.Status.COMPLETED, 1000));
        assertEquals(3, series.getItemCount());
        assertEquals(500.0, series.getX(1).doubleValue());
        assertEquals(99.85, series.getYValue(1), 1e-9);
        assertEquals(99.79, series.getYLowValue(1), 1e-9);
        assertEquals(99.91, series.getYHighValue(1), 1e-9);
    }

    @Test
    void paretoFrontHoldsTheEfficientAlternativesInOrderOfAvailability() {
        Comparison comparison = new Comparison("M", "EUR", 100, List.of(alternative("base", true, 0.999, 1000, true),
                alternative("b", false, 0.9999, 3000, true), alternative("c", false, 0.9995, 4000, false),
                alternative("d", false, 0.9995, 1500, true)));
        assertEquals(List.of("base", "d", "b"), CostAvailabilityChart.front(comparison).stream().map(Alternative::id).toList());
        JFreeChart chart = CostAvailabilityChart.create(comparison);
        var data = chart.getXYPlot().getDataset();
        assertEquals(3, data.getSeriesCount());
        assertEquals(3, data.getItemCount(0), "scenarios");
        assertEquals(3, data.getItemCount(1), "front");
        assertEquals(1, data.getItemCount(2), "base");
        assertEquals(99.9, data.getXValue(2, 0), 1e-9);
        assertEquals(1000, data.getYValue(2, 0), 1e-9);
    }

    @Test
    void costChartNeedsTwoAlternatives() {
        assertNull(CostAvailabilityChart.create(new Comparison("M", "EUR", 100, List.of(alternative("base", true, 0.999, 1000, true)))));
    }

    @Test
    void importanceParetoIsLargestFirstWithCumulativeShareOfTheTotal() {
        List<EventResult> events = List.of(event("small", 0.1, 0.02), event("big", 0.6, 0.01), event("middle", 0.3, 0.5));
        List<ImportanceChart.Bar> fv = ImportanceChart.bars(events, ImportanceChart.Measure.FUSSELL_VESELY);
        assertEquals(List.of("big", "middle", "small"), fv.stream().map(ImportanceChart.Bar::label).toList());
        assertEquals(60, fv.get(0).value(), 1e-9);
        assertEquals(60, fv.get(0).cumulativePercent(), 1e-9);
        assertEquals(90, fv.get(1).cumulativePercent(), 1e-9);
        assertEquals(100, fv.get(2).cumulativePercent(), 1e-9);
        List<ImportanceChart.Bar> birnbaum = ImportanceChart.bars(events, ImportanceChart.Measure.BIRNBAUM);
        assertEquals(List.of("middle", "small", "big"), birnbaum.stream().map(ImportanceChart.Bar::label).toList());
    }

    @Test
    void importanceParetoShowsAtMostFifteenBars() {
        List<EventResult> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(event("e" + i, (i + 1) / 1000.0, 0.1));
        }
        List<ImportanceChart.Bar> bars = ImportanceChart.bars(events, ImportanceChart.Measure.FUSSELL_VESELY);
        assertEquals(ImportanceChart.TOP, bars.size());
        assertEquals("e39", bars.get(0).label());
        assertTrue(bars.get(14).cumulativePercent() < 100);
    }

    @Test
    void riskMatrixCountsInherentAndResidualRisksPerCell() {
        RiskRegister register = new RiskRegister("M", "EUR", 100, RiskScale.defaults(),
                List.of(risk("a", 4, 5, 2, 3), risk("b", 4, 5, 2, 3), risk("c", 1, 1, 1, 1)));
        List<RiskMatrixChart.Cell> cells = RiskMatrixChart.cells(register);
        assertEquals(25, cells.size());
        RiskMatrixChart.Cell high = cells.stream().filter(c -> c.likelihood() == 4 && c.impact() == 5).findFirst().orElseThrow();
        RiskMatrixChart.Cell mitigated = cells.stream().filter(c -> c.likelihood() == 2 && c.impact() == 3).findFirst().orElseThrow();
        RiskMatrixChart.Cell low = cells.stream().filter(c -> c.likelihood() == 1 && c.impact() == 1).findFirst().orElseThrow();
        assertArrayEquals(new int[] { 2, 0 }, new int[] { high.inherent(), high.residual() });
        assertArrayEquals(new int[] { 0, 2 }, new int[] { mitigated.inherent(), mitigated.residual() });
        assertArrayEquals(new int[] { 1, 1 }, new int[] { low.inherent(), low.residual() });
        JFreeChart chart = RiskMatrixChart.create(register);
        List<String> texts = chart.getXYPlot().getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).sorted().toList();
        assertEquals(List.of("1 inherent", "1 residual", "2 inherent", "2 residual"), texts);
    }

    @Test
    void riskMatrixColoursGoFromGreenToRed() {
        assertTrue(RiskMatrixChart.severity(1).getGreen() > RiskMatrixChart.severity(1).getRed());
        assertTrue(RiskMatrixChart.severity(25).getRed() > RiskMatrixChart.severity(25).getGreen());
    }

    @Test
    void exportWritesPngOrSvgByExtension() throws Exception {
        JFreeChart chart = DowntimeHistogramChart.create(knownSimulation(SimulationResult.Status.COMPLETED, 1000));
        Path png = dir.resolve("histogram.png");
        Path svg = dir.resolve("histogram.SVG");
        ChartExport.save(chart, png, 400, 300);
        ChartExport.save(chart, svg, 400, 300);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 }, java.util.Arrays.copyOf(bytes, 8));
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bytes, 16, 8); // IHDR: width, height (big-endian)
        assertEquals(400, header.getInt());
        assertEquals(300, header.getInt());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg") && text.contains("P90 20.0 h"), "an SVG drawing with the P90 label");
    }

    @Test
    void exportRejectsOtherExtensions() {
        JFreeChart chart = DowntimeHistogramChart.create(knownSimulation(SimulationResult.Status.COMPLETED, 1000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartExport.save(chart, dir.resolve("chart.jpg"), 400, 300));
        assertTrue(e.getMessage().contains("chart.jpg"), e.getMessage());
    }

    @Test
    void cancelledRunSaysHowManyHistoriesItCovers() {
        SimulationRun run = new SimulationRun("Known", SimulationOptions.defaults().withHistories(10_000),
                knownSimulation(SimulationResult.Status.CANCELLED, 1000), java.time.Instant.now());
        assertEquals("cancelled after 1,000 of 10,000 histories (partial result)", run.statusText());
    }

    @Test
    void optimisationChartHighlightsTheBestDesignAndMarksTheTarget() {
        Design cheap = new Design(List.of(), 0.999, 1000, 0, 0, 0);
        Design good = new Design(List.of(), 0.9999, 3000, 0, 0, 0);
        OptimizationResult reached = new OptimizationResult(new OptimizationGoal.TargetAvailability(0.9995), CostBasis.CAPEX,
                true, "test", good, List.of(cheap, good), 0.9999, 2);
        JFreeChart chart = OptimizationChart.create("M", "EUR", reached);
        var data = chart.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(2, data.getItemCount(0), "front");
        assertEquals(99.99, data.getXValue(1, 0), 1e-9);
        assertEquals(3000, data.getYValue(1, 0), 1e-9);
        ValueMarker target = (ValueMarker) chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(99.95, target.getValue(), 1e-9);
        OptimizationResult missed = new OptimizationResult(new OptimizationGoal.TargetAvailability(0.99999), CostBasis.CAPEX,
                true, "test", null, List.of(cheap, good), 0.9999, 2);
        assertEquals(1, OptimizationChart.create("M", "EUR", missed).getXYPlot().getDataset().getSeriesCount(), "no best design");
    }
}
