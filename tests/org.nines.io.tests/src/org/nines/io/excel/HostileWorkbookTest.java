package org.nines.io.excel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.model.SystemModel;

/** Hostile .xlsx files: not a zip, a zip bomb, XXE inside a part, no register; each a clear error, nothing applied. */
class HostileWorkbookTest {
    @TempDir
    Path dir;
    SystemModel model;
    Path exported;

    @BeforeEach
    void export() throws Exception {
        model = Workbooks.load("web-cluster.nines");
        exported = Workbooks.export(WorkbookData.compute(model, false, null, "t", Workbooks.WHEN), dir.resolve("w.xlsx"));
    }

    /** Copies the export, replacing the Risk Register part (sheet2.xml) with what {@code change} makes of it. */
    private Path withRegisterPart(String name, UnaryOperator<String> change) throws IOException {
        Path out = dir.resolve(name);
        try (ZipFile zip = new ZipFile(exported.toFile()); OutputStream o = Files.newOutputStream(out);
                ZipOutputStream z = new ZipOutputStream(o)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] content;
                try (InputStream in = zip.getInputStream(e)) {
                    content = in.readAllBytes();
                }
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aFileThatIsNotAZipIsAClearError() throws Exception {
        Path bogus = dir.resolve("bogus.xlsx");
        Files.writeString(bogus, "ID,Title\nR-1,not a workbook\n");
        ExcelImportException e = assertThrows(ExcelImportException.class, () -> RiskWorkbookImporter.importRisks(model, bogus));
        assertTrue(e.getMessage().contains("not a readable Excel workbook"), e.getMessage());
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = withRegisterPart("bomb.xlsx", xml -> xml.replace("<sheetData>", " ".repeat(30 << 20) + "<sheetData>"));
        ExcelImportException e = assertThrows(ExcelImportException.class, () -> RiskWorkbookImporter.importRisks(model, bomb));
        assertTrue(e.getMessage().toLowerCase().contains("zip bomb"), e.getMessage());
    }

    @Test
    void aDoctypeWithAnExternalEntityInsideAPartIsRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path xxe = withRegisterPart("xxe.xlsx", xml -> xml.replaceFirst("<\\?xml[^>]*\\?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                        + "\">]>").replaceFirst("<c r=\"S2\"([^>]*)>.*?</c>", "<c r=\"S2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"));
        ExcelImportException e = assertThrows(ExcelImportException.class, () -> RiskWorkbookImporter.importRisks(model, xxe));
        assertTrue(e.getMessage().contains("DOCTYPE is disallowed"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void aWorkbookWithoutRegisterSheetIsAClearError() throws Exception {
        Path other = dir.resolve("other.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            Workbooks.save(wb, other);
        }
        ExcelImportException e = assertThrows(ExcelImportException.class, () -> RiskWorkbookImporter.importRisks(model, other));
        assertTrue(e.getMessage().contains("no sheet 'Risk Register'"), e.getMessage());
    }

    @Test
    void aMissingFileIsAClearError() {
        ExcelImportException e = assertThrows(ExcelImportException.class,
                () -> RiskWorkbookImporter.importRisks(model, dir.resolve("missing.xlsx")));
        assertTrue(e.getMessage().contains("missing.xlsx"), e.getMessage());
    }
}
