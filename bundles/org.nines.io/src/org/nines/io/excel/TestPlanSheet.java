package org.nines.io.excel;

import static org.nines.io.excel.RiskWorkbookWriter.cellNumber;
import static org.nines.io.excel.RiskWorkbookWriter.cellText;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nines.analysis.continuity.FailoverTest;
import org.nines.analysis.continuity.TestPlan;
import org.nines.io.AtomicFiles;

/**
 * The Test Plan sheet: one failover test per redundant element with the outcome the model predicts, the expected
 * interruption and data-loss window, preconditions and a suggested frequency; tests that would take the service down
 * are marked "DO NOT RUN IN PRODUCTION" in red. Written into the risk workbook or as a workbook of its own.
 */
public final class TestPlanSheet {
    /** Sheet name in the workbook. */
    public static final String NAME = "Test Plan";
    static final String[] HEADERS = {"#", "Test ID", "Test", "Components", "Predicted outcome", "Production",
        "Expected interruption (h)", "Data-loss window (h)", "Expected behaviour", "New single points of failure",
        "Preconditions", "P(service down)", "RAW", "Suggested frequency", "Result (fill in)", "Date / by (fill in)"};
    private static final int[] WIDTHS = {5, 14, 34, 26, 12, 16, 13, 12, 40, 28, 44, 11, 9, 13, 18, 16};
    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final TestPlan plan;

    TestPlanSheet(SXSSFWorkbook wb, Styles styles, TestPlan plan) {
        this.wb = wb;
        this.styles = styles;
        this.plan = plan;
    }

    /** Writes a workbook with only the test plan, atomically. */
    public static void writeWorkbook(TestPlan plan, String currency, Path file) throws IOException {
        AtomicFiles.write(file, false, out -> writeWorkbook(plan, currency, out));
    }

    static void writeWorkbook(TestPlan plan, String currency, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, false);
        try {
            new TestPlanSheet(wb, new Styles(wb, currency), plan).write(NAME);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    void write(String name) {
        SXSSFSheet s = wb.createSheet(name);
        Row title = s.createRow(0);
        cellText(title, 0, "Failover test plan: " + plan.modelName() + (plan.serviceName() == null ? "" : " \u2013 service "
                + plan.serviceName()), styles.title);
        Row intro = s.createRow(1);
        cellText(intro, 0, plan.tests().size() + " tests, " + plan.doNotRunInProduction().size() + " of them would take the "
                + "service down and must not be run in production. Outcomes are predicted by the availability model "
                + "(exact structure function with the components forced down). Single points of failure, not tested: "
                + (plan.singlePointsOfFailure().isEmpty() ? "none" : String.join(", ", plan.singlePointsOfFailure())) + ".",
                styles.note);
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.length - 1));
        intro.setHeightInPoints(30);
        Row head = s.createRow(3);
        head.setHeightInPoints(44);
        for (int i = 0; i < HEADERS.length; i++) {
            var c = head.createCell(i);
            c.setCellValue(HEADERS[i]);
            c.setCellStyle(styles.header);
            s.setColumnWidth(i, WIDTHS[i] * 256 + 200);
        }
        int n = 4;
        for (FailoverTest t : plan.tests()) {
            Row row = s.createRow(n++);
            cellNumber(row, 0, t.number(), styles.number("0"));
            cellText(row, 1, t.id(), styles.text);
            cellText(row, 2, t.title(), styles.wrap);
            cellText(row, 3, String.join(", ", t.componentIds()), styles.wrap);
            cellText(row, 4, t.outcome().name(), styles.center);
            cellText(row, 5, t.doNotRunInProduction() ? "DO NOT RUN IN PRODUCTION" : "may run", t.doNotRunInProduction()
                    ? styles.matrixCell(25) : styles.center);
            cellNumber(row, 6, t.expectedInterruptionHours(), styles.number("0.00"));
            cellNumber(row, 7, t.dataLossWindowHours(), styles.number("0.00"));
            cellText(row, 8, t.expectedBehaviour(), styles.wrap);
            cellText(row, 9, String.join(", ", t.newSinglePointsOfFailure()), styles.wrap);
            cellText(row, 10, String.join("\n", t.preconditions()), styles.wrap);
            cellNumber(row, 11, t.serviceDownProbability(), styles.number("0.000E+00"));
            cellNumber(row, 12, t.riskAchievementWorth(), styles.number("0.00"));
            cellText(row, 13, t.frequency().name().toLowerCase(Locale.ROOT).replace('_', ' '), styles.center);
            cellText(row, 14, "", styles.wrap);
            cellText(row, 15, "", styles.wrap);
            RiskWorkbookWriter.fitHeight(row);
        }
        s.createFreezePane(3, 4);
        s.setAutoFilter(new CellRangeAddress(3, Math.max(3, n - 1), 0, HEADERS.length - 1));
        s.setRepeatingRows(new CellRangeAddress(3, 3, 0, HEADERS.length - 1));
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A3_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.getFooter().setRight("Page &P of &N");
    }
}
