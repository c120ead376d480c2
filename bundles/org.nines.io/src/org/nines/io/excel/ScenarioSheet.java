package org.nines.io.excel;

import static org.nines.io.excel.RiskWorkbookWriter.cellNumber;
import static org.nines.io.excel.RiskWorkbookWriter.cellText;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.scenario.Comparison;

/** The Scenarios sheet: the what-if comparison table and a native scatter chart of total cost against availability. */
final class ScenarioSheet {
    static final String[] HEADERS = {"ID", "Alternative", "Availability", "Downtime (h/yr)", "Outages (/yr)", "CAPEX",
            "OPEX (/yr)", "Cost of ownership (/yr)", "Downtime cost (/yr)", "Total cost (/yr)", "Payback (yr)",
            "Pareto efficient"};
    private static final int[] WIDTHS = {14, 30, 13, 12, 11, 13, 13, 14, 14, 14, 10, 10};
    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final Comparison comparison;

    ScenarioSheet(SXSSFWorkbook wb, Styles styles, Comparison comparison) {
        this.wb = wb;
        this.styles = styles;
        this.comparison = comparison;
    }

    void write(String name) {
        SXSSFSheet s = wb.createSheet(name);
        String cur = comparison.currency() == null ? "" : comparison.currency();
        String[] headers = HEADERS.clone();
        for (int i = 5; i <= 9; i++) {
            headers[i] = headers[i].contains("(") ? headers[i].replace("(/yr)", "(" + cur + "/yr)") : headers[i] + " (" + cur + ")";
        }
        Row head = s.createRow(0);
        head.setHeightInPoints(44);
        for (int i = 0; i < headers.length; i++) {
            var c = head.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(styles.header);
            s.setColumnWidth(i, WIDTHS[i] * 256 + 200);
        }
        double worst = comparison.alternatives().stream().mapToDouble(Alternative::availability).min().orElse(0.99);
        List<WorkbookCharts.Point> points = new ArrayList<>();
        int n = 1;
        for (Alternative a : comparison.alternatives()) {
            Row row = s.createRow(n);
            cellText(row, 0, a.id(), styles.text);
            cellText(row, 1, a.name() == null || a.name().isBlank() ? a.id() : a.name(), styles.wrap);
            cellNumber(row, 2, a.availability(), styles.availability(worst));
            cellNumber(row, 3, a.downtimeHoursPerYear(), styles.number("#,##0.00"));
            cellNumber(row, 4, a.outagesPerYear(), styles.number("0.000"));
            cellNumber(row, 5, a.capex(), styles.number(styles.money));
            cellNumber(row, 6, a.opexPerYear(), styles.number(styles.money));
            cellNumber(row, 7, a.costOfOwnershipPerYear(), styles.number(styles.money));
            cellNumber(row, 8, a.downtimeCostPerYear(), styles.number(styles.money));
            cellNumber(row, 9, a.totalCostPerYear(), styles.number(styles.money));
            if (a.base()) {
                cellText(row, 10, "base", styles.right);
            } else if (Double.isInfinite(a.paybackYears())) {
                cellText(row, 10, "never", styles.right);
            } else {
                cellNumber(row, 10, a.paybackYears(), styles.number("0.0"));
            }
            cellText(row, 11, a.paretoEfficient() ? "yes" : "no", styles.center);
            RiskWorkbookWriter.fitHeight(row);
            points.add(new WorkbookCharts.Point(a.name() == null || a.name().isBlank() ? a.id() : a.name(), n,
                    a.availability(), a.totalCostPerYear()));
            n++;
        }
        s.createFreezePane(2, 1);
        s.setAutoFilter(new CellRangeAddress(0, n - 1, 0, headers.length - 1));
        Row note = s.createRow(n + 1);
        cellText(note, 1, "Total cost per year = cost of ownership (CAPEX / service life + OPEX) + expected downtime "
                + "cost. Pareto efficient: no other alternative is both cheaper to own and more available.", styles.note);
        s.addMergedRegion(new CellRangeAddress(n + 1, n + 1, 1, 9));
        note.setHeightInPoints(30);
        int top = n + 3;
        WorkbookCharts.scatter(wb, name, new CellRangeAddress(top, top + 24, 1, 10), "Total cost per year vs availability",
                "Availability", "Total cost per year (" + cur + ")", "0.000%", styles.money, points, 2, 9, 1);
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        s.getFooter().setRight("Page &P of &N");
    }
}
