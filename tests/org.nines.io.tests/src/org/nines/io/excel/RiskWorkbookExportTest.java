package org.nines.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nines.io.excel.RegisterColumn.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.system.CutSetResult;
import org.nines.analysis.system.EventResult;
import org.nines.model.Risk;
import org.nines.model.SystemModel;

/** Exports the web-cluster example with scenarios and simulation and reads every sheet back with POI. */
class RiskWorkbookExportTest {
    @TempDir
    static Path dir;
    static WorkbookData data;
    static XSSFWorkbook wb;

    @BeforeAll
    static void export() throws Exception {
        data = Workbooks.full(Workbooks.load("web-cluster.nines"));
        wb = Workbooks.open(Workbooks.export(data, dir.resolve("web-cluster.xlsx")));
    }

    @Test
    void sheetsComeInTheDocumentedOrderAndTheRegisterIsActive() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Summary", "Risk Register", "Risk Matrix", "Components", "Cut Sets", "Scenarios", "Simulation"),
                names);
        assertEquals(1, wb.getActiveSheetIndex());
    }

    @Test
    void summaryShowsHeadlineFiguresOfTheExactEngineAndTheScaleCells() {
        Map<String, Cell> values = labelled(wb.getSheet("Summary"));
        assertEquals(data.availability().availability(), values.get("Availability").getNumericCellValue(), 0);
        assertEquals(data.availability().nines(), values.get("Nines").getNumericCellValue(), 0);
        assertEquals(data.availability().downtimeHoursPerYear(), values.get("Downtime per year (h)").getNumericCellValue(), 0);
        assertEquals(data.availability().mtbfHours(), values.get("System MTBF (h)").getNumericCellValue(), 0);
        assertEquals(500, values.get("Simulated histories").getNumericCellValue());
        assertEquals("Nines 0.1.0.test", values.get("Tool").getStringCellValue());
        assertTrue(values.get("Availability").getCellStyle().getDataFormatString().endsWith("%"));
        for (String spof : data.availability().singlePointsOfFailure()) {
            assertTrue(values.containsKey(spof), "single point of failure listed: " + spof);
        }
        assertNotNull(wb.getName(RiskWorkbookWriter.COST_NAME));
        assertNotNull(wb.getName(RiskWorkbookWriter.LIKELIHOOD_NAME + "4"));
        assertNotNull(wb.getName(RiskWorkbookWriter.IMPACT_NAME + "1"));
    }

    @Test
    void registerHasOneRowPerAssessedRiskWithTheEnginesFigures() {
        Sheet s = wb.getSheet("Risk Register");
        for (RegisterColumn c : RegisterColumn.values()) {
            assertEquals(c.header("EUR"), s.getRow(0).getCell(c.ordinal()).getStringCellValue());
        }
        List<AssessedRisk> risks = data.register().risks();
        assertEquals(risks.size(), s.getLastRowNum());
        for (int i = 0; i < risks.size(); i++) {
            AssessedRisk a = risks.get(i);
            Row row = s.getRow(i + 1);
            assertEquals(a.id(), row.getCell(ID.ordinal()).getStringCellValue());
            assertEquals(a.inherent().likelihoodPerYear(), row.getCell(LIKELIHOOD.ordinal()).getNumericCellValue(), 0);
            assertEquals(a.inherent().serviceDownProbability(), row.getCell(SERVICE_DOWN.ordinal()).getNumericCellValue(), 0);
            assertEquals(a.inherent().downtimeHoursPerYear(), row.getCell(DOWNTIME.ordinal()).getNumericCellValue(), 1e-12);
            assertEquals(a.inherent().likelihoodLevel(), row.getCell(LIKELIHOOD_LEVEL.ordinal()).getNumericCellValue());
            assertEquals(a.derived() && data.model().getRisks().stream().noneMatch(r -> r.getId().equals(a.id()))
                    ? "proposed" : "model", row.getCell(SOURCE.ordinal()).getStringCellValue());
        }
    }

    @Test
    void registerFormulasAreLiveAndRecomputeTheEnginesLevelsScoresAndLosses() {
        Sheet s = wb.getSheet("Risk Register");
        assertEquals("J2*O2", s.getRow(1).getCell(SCORE.ordinal()).getCellFormula());
        assertEquals("I2*K2*L2", s.getRow(1).getCell(DOWNTIME.ordinal()).getCellFormula());
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        List<AssessedRisk> risks = data.register().risks();
        for (int i = 0; i < risks.size(); i++) {
            AssessedRisk a = risks.get(i);
            Row row = s.getRow(i + 1);
            assertEquals(a.inherent().downtimeHoursPerYear(), evaluator.evaluate(row.getCell(DOWNTIME.ordinal())).getNumberValue(),
                    1e-12 * Math.max(1, a.inherent().downtimeHoursPerYear()));
            assertEquals(a.inherent().lossPerYear(), evaluator.evaluate(row.getCell(LOSS.ordinal())).getNumberValue(),
                    1e-9 * Math.max(1, a.inherent().lossPerYear()));
            assertEquals(a.inherent().likelihoodLevel(), evaluator.evaluate(row.getCell(LIKELIHOOD_LEVEL.ordinal())).getNumberValue(), a.id());
            assertEquals(a.inherent().impactLevel(), evaluator.evaluate(row.getCell(IMPACT_LEVEL.ordinal())).getNumberValue(), a.id());
            assertEquals(a.inherent().likelihoodLevel() * a.inherent().impactLevel(),
                    evaluator.evaluate(row.getCell(SCORE.ordinal())).getNumberValue(), a.id());
            assertEquals(a.residual().likelihoodLevel(),
                    evaluator.evaluate(row.getCell(RESIDUAL_LIKELIHOOD_LEVEL.ordinal())).getNumberValue(), a.id());
            assertEquals(a.residual().impactLevel(), evaluator.evaluate(row.getCell(RESIDUAL_IMPACT_LEVEL.ordinal())).getNumberValue(),
                    a.id());
            assertEquals(row.getCell(RATING.ordinal()).getStringCellValue(),
                    evaluator.evaluate(row.getCell(RATING.ordinal())).getStringValue());
        }
    }

    @Test
    void registerHasDropDownsColoursFrozenHeaderFilterAndPrintSetup() {
        XSSFSheet s = wb.getSheet("Risk Register");
        Map<Integer, DataValidation> byColumn = new HashMap<>();
        for (DataValidation v : s.getDataValidations()) {
            byColumn.put(v.getRegions().getCellRangeAddress(0).getFirstColumn(), v);
            assertEquals(data.register().risks().size() + RiskWorkbookWriter.SPARE_ROWS,
                    v.getRegions().getCellRangeAddress(0).getLastRow());
        }
        assertTrue(Set.of(byColumn.get(CATEGORY.ordinal()).getValidationConstraint().getExplicitListValues())
                .containsAll(Set.of("HARDWARE", "CYBER_ATTACK", "OTHER")));
        assertEquals(List.of("OPEN", "MITIGATING", "MITIGATED", "ACCEPTED", "CLOSED"),
                List.of(byColumn.get(STATUS.ordinal()).getValidationConstraint().getExplicitListValues()));
        assertEquals(5, byColumn.get(LIKELIHOOD_LEVEL.ordinal()).getValidationConstraint().getExplicitListValues().length);
        assertEquals(DataValidationConstraint.ValidationType.DECIMAL,
                byColumn.get(LIKELIHOOD.ordinal()).getValidationConstraint().getValidationType());
        assertTrue(s.getSheetConditionalFormatting().getNumConditionalFormattings() >= 8);
        assertTrue(s.getPaneInformation().isFreezePane());
        assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(s.getCTWorksheet().isSetAutoFilter());
        assertTrue(s.getPrintSetup().getLandscape());
        assertEquals(1, s.getPrintSetup().getFitWidth());
        assertEquals(0, s.getPrintSetup().getFitHeight());
        assertEquals(CellRangeAddress.valueOf("1:1").formatAsString(), s.getRepeatingRows().formatAsString());
        assertTrue(s.getRow(1).getCell(DESCRIPTION.ordinal()).getCellStyle().getWrapText());
        assertTrue(s.getColumnWidth(DESCRIPTION.ordinal()) > s.getColumnWidth(ID.ordinal()));
    }

    @Test
    void matrixCountsEveryRiskOnceInherentAndOnceResidual() {
        Sheet s = wb.getSheet("Risk Matrix");
        int total = 0;
        for (Row row : s) {
            for (int c = 1; c <= 5; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("\\d+: .*")) {
                    total += Integer.parseInt(cell.getStringCellValue().split(":")[0]);
                }
            }
        }
        assertEquals(2 * data.register().risks().size(), total);
    }

    @Test
    void componentsListEveryComponentWithTheEnginesImportance() {
        Sheet s = wb.getSheet("Components");
        Map<String, Row> rows = new HashMap<>();
        for (Row row : s) {
            if (row.getRowNum() > 0) {
                rows.put(row.getCell(0).getStringCellValue(), row);
            }
        }
        data.model().getComponents().forEach(c -> assertTrue(rows.containsKey(c.getId()), c.getId()));
        for (EventResult e : data.availability().events()) {
            Row row = rows.get(e.key());
            assertNotNull(row, e.key());
            assertEquals(e.unavailability(), row.getCell(11).getNumericCellValue(), 0);
            assertEquals(e.birnbaum(), row.getCell(14).getNumericCellValue(), 0);
            assertEquals(e.fussellVesely(), row.getCell(16).getNumericCellValue(), 0);
        }
        assertTrue(((XSSFSheet) s).getCTWorksheet().isSetAutoFilter());
    }

    @Test
    void cutSetsAreListedMostProbableFirst() {
        Sheet s = wb.getSheet("Cut Sets");
        List<CutSetResult> cuts = data.availability().minimalCutSets();
        assertEquals(cuts.size(), s.getLastRowNum() - (data.availability().cutSetsTruncated() ? 2 : 0));
        assertEquals(cuts.get(0).probability(), s.getRow(1).getCell(4).getNumericCellValue(), 0);
        assertEquals(String.join(" ", cuts.get(0).keys()), s.getRow(1).getCell(3).getStringCellValue());
    }

    @Test
    void scenariosSheetHasTheComparisonAndANativeScatterChart() {
        XSSFSheet s = wb.getSheet("Scenarios");
        List<Alternative> alts = data.comparison().alternatives();
        for (int i = 0; i < alts.size(); i++) {
            assertEquals(alts.get(i).id(), s.getRow(i + 1).getCell(0).getStringCellValue());
            assertEquals(alts.get(i).totalCostPerYear(), s.getRow(i + 1).getCell(9).getNumericCellValue(), 0);
        }
        List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        var plot = charts.get(0).getCTChart().getPlotArea();
        assertEquals(1, plot.sizeOfScatterChartArray());
        assertEquals(alts.size(), plot.getScatterChartArray(0).sizeOfSerArray());
        assertTrue(s.getDrawingPatriarch().getShapes().stream().noneMatch(x -> x instanceof org.apache.poi.xssf.usermodel.XSSFPicture));
    }

    @Test
    void simulationSheetHasPercentilesAndANativeHistogram() {
        XSSFSheet s = wb.getSheet("Simulation");
        Map<String, Cell> values = labelled(s);
        assertEquals(data.simulation().availability().mean(), values.get("Availability (mean)").getNumericCellValue(), 0);
        Row downtime = values.get("Downtime per year (h)").getRow();
        assertEquals(data.simulation().downtimeHoursPerYear().p90(), downtime.getCell(3).getNumericCellValue(), 0);
        var plot = s.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea();
        assertEquals(1, plot.sizeOfBarChartArray());
        assertEquals(data.simulation().downtimeHoursPerYear().histogram().size(),
                plot.getBarChartArray(0).getSerArray(0).getVal().getNumRef().getNumCache().sizeOfPtArray());
    }

    @Test
    void optionalSheetsAreLeftOutWhenNotAsked() throws Exception {
        WorkbookData plain = WorkbookData.compute(data.model(), false, null, "x", Workbooks.WHEN);
        try (XSSFWorkbook w = Workbooks.open(Workbooks.export(plain, dir.resolve("plain.xlsx")))) {
            assertEquals(5, w.getNumberOfSheets());
            assertNull(w.getSheet("Scenarios"));
            assertNull(w.getSheet("Simulation"));
            assertFalse(w.getSheet("Summary").getRow(0).getCell(0).getStringCellValue().isEmpty());
        }
    }

    @Test
    void userTextThatLooksLikeAFormulaIsNeutralisedEverywhere() throws Exception {
        SystemModel model = org.eclipse.emf.ecore.util.EcoreUtil.copy(data.model());
        model.setName("=cmd|' /C calc'!A0");
        Risk r = model.getRisks().get(0);
        r.setTitle("=HYPERLINK(\"http://evil.example\",\"click\")");
        r.setDescription("+1+1");
        r.setCause("-2");
        r.setMitigation("@SUM(A1:A2)");
        r.setOwner("\tTab");
        r.setNotes("\rCR");
        model.getComponents().get(0).setName("=1+1");
        WorkbookData d = WorkbookData.compute(model, false, null, "x", Workbooks.WHEN);
        try (XSSFWorkbook w = Workbooks.open(Workbooks.export(d, dir.resolve("hostile.xlsx")))) {
            Set<Integer> formulaColumns = Set.of(LIKELIHOOD_LEVEL.ordinal(), DOWNTIME.ordinal(), LOSS.ordinal(),
                    IMPACT_LEVEL.ordinal(), SCORE.ordinal(), RATING.ordinal(), RESIDUAL_LIKELIHOOD_LEVEL.ordinal(),
                    RESIDUAL_IMPACT_LEVEL.ordinal(), RESIDUAL_SCORE.ordinal(), RESIDUAL_RATING.ordinal());
            int neutralised = 0;
            for (Sheet s : w) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            if (!s.getSheetName().equals("Risk Register") || !formulaColumns.contains(c.getColumnIndex())) {
                                fail("unexpected formula in " + s.getSheetName() + "!" + c.getAddress() + ": " + c.getCellFormula());
                            }
                        } else if (c.getCellType() == CellType.STRING) {
                            String v = c.getStringCellValue();
                            assertFalse(ExcelText.dangerous(v), s.getSheetName() + "!" + c.getAddress() + ": " + v);
                            if (v.startsWith("'")) {
                                neutralised++;
                            }
                        }
                    }
                }
            }
            assertTrue(neutralised >= 9, "neutralised cells: " + neutralised);
            assertTrue(w.getSheet("Summary").getFooter().getLeft().startsWith("Nines"));
        }
    }

    private static Map<String, Cell> labelled(Sheet s) {
        Map<String, Cell> out = new HashMap<>();
        for (Row row : s) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING) {
                Cell value = row.getCell(1);
                out.put(label.getStringCellValue(), value != null ? value : label);
            }
        }
        return out;
    }
}
