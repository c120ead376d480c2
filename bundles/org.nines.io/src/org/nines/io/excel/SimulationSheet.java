package org.nines.io.excel;

import static org.nines.io.excel.RiskWorkbookWriter.cellNumber;
import static org.nines.io.excel.RiskWorkbookWriter.cellText;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.SimulationResult.Bin;
import org.nines.analysis.simulation.SimulationResult.Distribution;

/**
 * The Simulation sheet: run settings and headline estimates, percentiles of downtime, outages and outage durations,
 * the downtime-per-year histogram as a table and a native column chart, and the largest downtime contributions.
 */
final class SimulationSheet {
    /** Row (0-based) of the histogram table's header. */
    static final int HISTOGRAM_HEADER_ROW = 18;
    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final SimulationResult r;

    SimulationSheet(SXSSFWorkbook wb, Styles styles, SimulationResult result) {
        this.wb = wb;
        this.styles = styles;
        this.r = result;
    }

    void write(String name) {
        SXSSFSheet s = wb.createSheet(name);
        s.setDisplayGridlines(false);
        int[] widths = {34, 14, 14, 14, 14, 14, 4};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        Row t = s.createRow(0);
        cellText(t, 0, "Monte Carlo simulation" + (r.partial() ? " (PARTIAL: cancelled)" : ""), styles.title);
        int n = 2;
        n = pair(s, n, "Histories", r.histories(), styles.number("#,##0"));
        n = pair(s, n, "Years per history", r.years(), styles.number("0.##"));
        n = pair(s, n, "Seed", r.seed(), styles.number("0"));
        Row status = s.createRow(n++);
        cellText(status, 0, "Stopped because", styles.label);
        cellText(status, 1, switch (r.status()) {
            case COMPLETED -> "all histories done";
            case TARGET_REACHED -> "target confidence reached";
            case CANCELLED -> "cancelled (partial result)";
        }, styles.text);
        SimulationResult.Estimate a = r.availability();
        n = pair(s, n, "Availability (mean)", a.mean(), styles.availability(a.mean()));
        n = pair(s, n, "  95 % confidence, low", a.ciLow(), styles.availability(a.mean()));
        n = pair(s, n, "  95 % confidence, high", a.ciHigh(), styles.availability(a.mean()));
        n = pair(s, n, "System MTBF (h)", r.mtbfHours(), styles.number("#,##0"));
        n = pair(s, n, "Mean outage duration (h)", r.meanDowntimeHours(), styles.number("#,##0.00"));
        n++;
        Row head = s.createRow(n++);
        String[] cols = {"Distribution over histories", "Mean", "P50", "P90", "P99", "Max"};
        for (int i = 0; i < cols.length; i++) {
            var c = head.createCell(i);
            c.setCellValue(cols[i]);
            c.setCellStyle(styles.header);
        }
        n = distribution(s, n, "Downtime per year (h)", r.downtimeHoursPerYear(), styles.number("#,##0.000"));
        n = distribution(s, n, "Outages per year", r.outagesPerYear(), styles.number("0.00"));
        n = distribution(s, n, "Outage duration (h)", r.outageDurationHours(), styles.number("#,##0.000"));
        n = Math.max(n + 1, HISTOGRAM_HEADER_ROW);
        int histHeader = n;
        Row hh = s.createRow(n++);
        String[] hcols = {"Downtime per year (bin)", "From (h)", "To (h)", "Histories", "Share"};
        for (int i = 0; i < hcols.length; i++) {
            var c = hh.createCell(i);
            c.setCellValue(hcols[i]);
            c.setCellStyle(styles.header);
        }
        List<Bin> bins = r.downtimeHoursPerYear().histogram();
        String[] labels = new String[bins.size()];
        double[] counts = new double[bins.size()];
        long total = Math.max(1, r.downtimeHoursPerYear().count());
        for (int i = 0; i < bins.size(); i++) {
            Bin b = bins.get(i);
            labels[i] = label(b);
            counts[i] = b.count();
            Row row = s.createRow(n++);
            cellText(row, 0, labels[i], styles.text);
            cellNumber(row, 1, b.lower(), styles.number("0.####"));
            cellNumber(row, 2, b.upper(), styles.number("0.####"));
            cellNumber(row, 3, b.count(), styles.number("#,##0"));
            cellNumber(row, 4, (double) b.count() / total, styles.number("0.00%"));
        }
        if (bins.isEmpty()) {
            cellText(s.createRow(n++), 0, "no histories", styles.note);
        } else {
            WorkbookCharts.columns(wb, name, new CellRangeAddress(1, 22, 7, 17), "Downtime per year over histories",
                    "Service downtime per year (h)", "Histories", labels, counts, histHeader + 1, 0, 3);
        }
        n++;
        Row ch = s.createRow(n++);
        String[] ccols = {"Largest contributions (failed while critical)", "Downtime (h/yr)", "Share"};
        for (int i = 0; i < ccols.length; i++) {
            var c = ch.createCell(i);
            c.setCellValue(ccols[i]);
            c.setCellStyle(styles.header);
        }
        for (SimulationResult.Contribution c : r.componentContributions().stream().limit(25).toList()) {
            Row row = s.createRow(n++);
            cellText(row, 0, c.label(), styles.text);
            cellNumber(row, 1, c.downtimeHoursPerYear(), styles.number("#,##0.000"));
            cellNumber(row, 2, c.share(), styles.number("0.0%"));
        }
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.getFooter().setRight("Page &P of &N");
    }

    private static String label(Bin b) {
        if (b.lower() == 0 && b.upper() == 0) {
            return "0 (no downtime)";
        }
        return String.format(Locale.ROOT, "%.3g–%.3g h", b.lower(), b.upper());
    }

    private int pair(SXSSFSheet s, int n, String label, double value, CellStyle style) {
        Row row = s.createRow(n);
        cellText(row, 0, label, styles.label);
        cellNumber(row, 1, value, style);
        return n + 1;
    }

    private int distribution(SXSSFSheet s, int n, String label, Distribution d, CellStyle style) {
        Row row = s.createRow(n);
        cellText(row, 0, label, styles.label);
        double[] v = {d.mean(), d.p50(), d.p90(), d.p99(), d.max()};
        for (int i = 0; i < v.length; i++) {
            cellNumber(row, i + 1, v[i], style);
        }
        return n + 1;
    }
}
