package org.nines.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.analysis.simulation.FailureBiasing;
import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.model.SystemModel;

/** The Simulation sheet of a failure-biasing run (the workbench's Export after Simulate with that method). */
class RareEventSheetTest {
    @TempDir
    Path dir;

    @Test
    void simulationSheetShowsTheSteadyStateEstimatesBesideTheExactValue() throws Exception {
        SystemModel model = Workbooks.load("meshed-network.nines");
        RareEventResult fb = FailureBiasing.run(SimulationModel.compile(model),
                SimulationOptions.defaults().withHistories(4_000).withThreats(ThreatMode.OFF));
        WorkbookData data = WorkbookData.withRareEvents(model, false, fb, false, "t", Workbooks.WHEN);
        Path file = Workbooks.export(data, dir.resolve("fb.xlsx"));
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet s = wb.getSheet(RiskWorkbookWriter.SIMULATION);
            assertNotNull(s, "Simulation sheet");
            assertTrue(s.getRow(0).getCell(0).getStringCellValue().startsWith("Failure-biasing simulation"));
            assertEquals(4_000, number(s, "Regenerative cycles"), 0.0);
            Row u = row(s, "Unavailability");
            assertEquals(fb.unavailability(), u.getCell(1).getNumericCellValue(), 0.0);
            assertEquals(fb.unavailabilityEstimate().ciLow(), u.getCell(2).getNumericCellValue(), 0.0);
            assertEquals(fb.unavailabilityEstimate().ciHigh(), u.getCell(3).getNumericCellValue(), 0.0);
            double exact = data.availability().unavailability();
            assertEquals(exact, number(s, "Exact analysis: unavailability"), 0.0);
            boolean covers = fb.unavailabilityEstimate().ciLow() <= exact && exact <= fb.unavailabilityEstimate().ciHigh();
            assertEquals(covers ? "yes" : "no", text(s, "95 % CI covers the exact value"));
            assertEquals(fb.componentContributions().get(0).label(), text(s, "Largest contributions (failed while critical)", 1));
            Sheet summary = wb.getSheet("Summary");
            assertEquals("failure biasing (steady state)", text(summary, "Simulation"));
        }
    }

    @Test
    void coverageIsNotJudgedWhenTheExactAnalysisModelsAnotherSystem() throws Exception {
        SystemModel model = Workbooks.load("meshed-network.nines");
        model.setRepairCrews(1); // one crew: queueing the exact analysis does not model
        RareEventResult fb = FailureBiasing.run(SimulationModel.compile(model),
                SimulationOptions.defaults().withHistories(1_000).withThreats(ThreatMode.OFF));
        Path file = Workbooks.export(WorkbookData.withRareEvents(model, false, fb, false, "t", Workbooks.WHEN), dir.resolve("c.xlsx"));
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertEquals("n/a: limited repair crews, which the exact analysis does not model",
                    text(wb.getSheet(RiskWorkbookWriter.SIMULATION), "95 % CI covers the exact value"));
        }
    }

    @Test
    void aWorkbookHoldsOneSimulationResult() throws Exception {
        SystemModel model = Workbooks.load("meshed-network.nines");
        RareEventResult fb = FailureBiasing.run(SimulationModel.compile(model),
                SimulationOptions.defaults().withHistories(100).withThreats(ThreatMode.OFF));
        WorkbookData plain = WorkbookData.compute(model, false, SimulationOptions.defaults().withHistories(10), "t", Workbooks.WHEN);
        assertThrows(IllegalArgumentException.class, () -> new WorkbookData(plain.model(), plain.snapshot(), plain.availability(),
                plain.register(), null, plain.simulation(), fb, null, "t", Workbooks.WHEN));
    }

    private static Row row(Sheet s, String label) {
        for (Row r : s) {
            if (r.getCell(0) != null && label.equals(new DataFormatter().formatCellValue(r.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError("no row '" + label + "' on " + s.getSheetName());
    }

    private static double number(Sheet s, String label) {
        return row(s, label).getCell(1).getNumericCellValue();
    }

    private static String text(Sheet s, String label) {
        return new DataFormatter().formatCellValue(row(s, label).getCell(1));
    }

    /** The text {@code below} rows under the row labelled {@code label}, first column. */
    private static String text(Sheet s, String label, int below) {
        return new DataFormatter().formatCellValue(s.getRow(row(s, label).getRowNum() + below).getCell(0));
    }
}
