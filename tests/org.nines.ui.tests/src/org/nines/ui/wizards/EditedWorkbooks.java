package org.nines.ui.wizards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nines.io.excel.RegisterColumn;
import org.nines.io.excel.RiskWorkbookWriter;
import org.nines.io.excel.WorkbookData;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;

/** Test support: the examples, and risk workbooks exported from a model and edited with POI as a workshop would. */
public final class EditedWorkbooks {
    private EditedWorkbooks() {
    }

    /** The examples directory (system property nines.examples, else ../../examples from the test bundle). */
    public static Path examples() {
        return Path.of(System.getProperty(Examples.PROPERTY, "../../examples"));
    }

    /** An example model, loaded. */
    public static SystemModel example(String fileName) throws Exception {
        return ModelStore.load(examples().resolve(fileName)).model();
    }

    /** Exports the model's risk workbook to {@code target}, applies {@code edit} to its Risk Register, saves it. */
    public static Path exportEdited(SystemModel model, Path target, Consumer<Sheet> edit) throws IOException {
        RiskWorkbookWriter.write(WorkbookData.compute(model, false, null, "test", ZonedDateTime.parse("2026-01-01T00:00:00Z")), target);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
            edit.accept(wb.getSheet(RiskWorkbookWriter.REGISTER));
            Path edited = target.resolveSibling("edited-" + target.getFileName());
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
            return edited;
        }
    }

    /** Sets a text cell of a risk's row (the row is found by its ID cell). */
    public static void setText(Sheet sheet, String riskId, RegisterColumn column, String value) {
        cell(sheet, riskId, column).setCellValue(value);
    }

    /** Sets a number cell of a risk's row. */
    public static void setNumber(Sheet sheet, String riskId, RegisterColumn column, double value) {
        cell(sheet, riskId, column).setCellValue(value);
    }

    /** Appends a new risk row with an ID, a title, affected component ids, likelihood and outage. */
    public static void addRow(Sheet sheet, String id, String title, String affected, double likelihood, double outageHours) {
        int index = firstFreeRow(sheet);
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        set(row, RegisterColumn.ID, id);
        set(row, RegisterColumn.TITLE, title);
        set(row, RegisterColumn.AFFECTED_COMPONENTS, affected);
        row.createCell(RegisterColumn.LIKELIHOOD.ordinal()).setCellValue(likelihood);
        row.createCell(RegisterColumn.OUTAGE.ordinal()).setCellValue(outageHours);
    }

    private static void set(Row row, RegisterColumn column, String value) {
        Cell cell = row.getCell(column.ordinal()) == null ? row.createCell(column.ordinal()) : row.getCell(column.ordinal());
        cell.setBlank();
        cell.setCellValue(value);
    }

    private static int firstFreeRow(Sheet sheet) {
        for (int r = 1; r <= sheet.getLastRowNum() + 1; r++) {
            Row row = sheet.getRow(r);
            Cell id = row == null ? null : row.getCell(RegisterColumn.ID.ordinal());
            if (id == null || id.toString().isBlank()) {
                return r;
            }
        }
        return sheet.getLastRowNum() + 1;
    }

    private static Cell cell(Sheet sheet, String riskId, RegisterColumn column) {
        for (Row row : sheet) {
            Cell id = row.getCell(RegisterColumn.ID.ordinal());
            if (id != null && riskId.equals(id.toString())) {
                Cell cell = row.getCell(column.ordinal()) == null ? row.createCell(column.ordinal()) : row.getCell(column.ordinal());
                cell.setBlank(); // drop a formula or the old inline text, as a spreadsheet program does
                return cell;
            }
        }
        throw new AssertionError("no row with risk ID " + riskId);
    }
}
