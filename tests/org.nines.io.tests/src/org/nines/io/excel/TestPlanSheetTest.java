package org.nines.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.analysis.continuity.FailoverTest;
import org.nines.analysis.continuity.TestPlan;
import org.nines.analysis.continuity.TestPlanGenerator;
import org.nines.model.SystemModel;

/** The failover test plan as a sheet of the risk workbook and as a workbook of its own. */
class TestPlanSheetTest {
    @TempDir
    Path dir;

    private static void assertPlanSheet(Sheet sheet, TestPlan plan) {
        assertNotNull(sheet, "Test Plan sheet");
        Row head = sheet.getRow(3);
        for (int i = 0; i < TestPlanSheet.HEADERS.length; i++) {
            assertEquals(TestPlanSheet.HEADERS[i], head.getCell(i).getStringCellValue());
        }
        for (FailoverTest t : plan.tests()) {
            Row row = sheet.getRow(3 + t.number());
            assertEquals(t.id(), row.getCell(1).getStringCellValue());
            assertEquals(t.outcome().name(), row.getCell(4).getStringCellValue());
            assertEquals(t.doNotRunInProduction() ? "DO NOT RUN IN PRODUCTION" : "may run", row.getCell(5).getStringCellValue());
            assertEquals(t.expectedInterruptionHours(), row.getCell(6).getNumericCellValue(), 1e-12);
        }
        assertNull(sheet.getRow(4 + plan.tests().size()), "one row per test");
    }

    @Test
    void exportWithTestPlanAddsTheSheetWithEveryTest() throws Exception {
        SystemModel model = Workbooks.load("web-cluster.nines");
        WorkbookData data = WorkbookData.compute(model, false, null, true, "0.1.0.test", Workbooks.WHEN);
        Path file = Workbooks.export(data, dir.resolve("register.xlsx"));
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertPlanSheet(wb.getSheet(TestPlanSheet.NAME), data.testPlan());
        }
    }

    @Test
    void exportWithoutTestPlanHasNoSuchSheet() throws Exception {
        SystemModel model = Workbooks.load("web-cluster.nines");
        Path file = Workbooks.export(WorkbookData.compute(model, false, null, "0.1.0.test", Workbooks.WHEN), dir.resolve("r.xlsx"));
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertNull(wb.getSheet(TestPlanSheet.NAME));
        }
    }

    @Test
    void testPlanWorkbookOnItsOwnFlagsTheDangerousTests() throws Exception {
        SystemModel model = Workbooks.load("plant-mes.nines");
        TestPlan plan = TestPlanGenerator.generate(model);
        Path file = dir.resolve("plan.xlsx");
        TestPlanSheet.writeWorkbook(plan, model.getCurrency(), file);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertEquals(1, wb.getNumberOfSheets());
            assertPlanSheet(wb.getSheet(TestPlanSheet.NAME), plan);
        }
    }
}
