package org.nines.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.excel.RegisterColumn;
import org.nines.io.model.ModelStore;
import org.nines.model.Risk;

/** nines export --xlsx and nines import-risks: the workshop round trip through the command line. */
class ExcelCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path model() throws Exception {
        Path copy = dir.resolve("web-cluster.nines");
        Files.copy(Path.of(System.getProperty("nines.examples", "../../examples")).resolve("web-cluster.nines"), copy);
        return copy;
    }

    /** Sets one Risk Register cell of the risk with the given id. */
    private static void edit(Path xlsx, String id, RegisterColumn column, String value) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheet("Risk Register");
        for (Row row : s) {
            if (id.equals(row.getCell(RegisterColumn.ID.ordinal()).getStringCellValue())) {
                Cell c = row.getCell(column.ordinal());
                c.setBlank();
                c.setCellValue(value);
            }
        }
        try (OutputStream o = Files.newOutputStream(xlsx)) {
            wb.write(o);
        }
        wb.close();
    }

    @Test
    void exportWritesTheWorkbookWithTheOptionalSheets() throws Exception {
        Path xlsx = dir.resolve("risks.xlsx");
        assertEquals(Main.OK, run("export", model().toString(), "--xlsx", xlsx.toString(), "--scenarios", "--simulate",
                "--histories", "300", "--seed", "7", "--threads", "1"), stderr());
        assertTrue(stdout().startsWith("Wrote " + xlsx + ": 7 risks (7 proposed), 13 components"), stdout());
        assertTrue(stdout().contains("simulation of 300 histories"), stdout());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(7, wb.getNumberOfSheets());
        }
    }

    @Test
    void exportWithFailureBiasingWritesItsSteadyStateSheet() throws Exception {
        Path xlsx = dir.resolve("fb.xlsx");
        String model = model().toString();
        assertEquals(Main.OK, run("export", model, "--xlsx", xlsx.toString(), "--simulate", "--method",
                "failure-biasing", "--threats", "off", "--histories", "2000", "--seed", "3", "--threads", "1"), stderr());
        assertTrue(stdout().contains("failure-biasing simulation of 2,000 cycles"), stdout());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Simulation");
            assertTrue(s.getRow(0).getCell(0).getStringCellValue().startsWith("Failure-biasing simulation"),
                    s.getRow(0).getCell(0).getStringCellValue());
        }
        // threats make the model non-Markovian: refused, naming the reason, and nothing written
        Path refused = dir.resolve("refused.xlsx");
        assertEquals(Main.USAGE, run("export", model, "--xlsx", refused.toString(), "--simulate", "--method",
                "failure-biasing"));
        assertTrue(stderr().contains("threat"), stderr());
        assertFalse(Files.exists(refused));
    }

    @Test
    void exportUsageErrorsExitWithTwo() throws Exception {
        String m = model().toString();
        assertEquals(Main.USAGE, run("export", m));
        assertTrue(stderr().contains("needs --xlsx"), stderr());
        assertEquals(Main.USAGE, run("export", m, "--xlsx", dir.resolve("x.csv").toString()));
        assertTrue(stderr().contains("ending in .xlsx"), stderr());
        assertEquals(Main.USAGE, run("export", m, "--xlsx", dir.resolve("x.xlsx").toString(), "--histories", "10"));
        assertTrue(stderr().contains("need --simulate"), stderr());
        assertEquals(Main.USAGE, run("export", dir.resolve("missing.nines").toString(), "--xlsx", dir.resolve("x.xlsx").toString()));
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void importRisksReportsEachChangeAndWritesTheOutputModel() throws Exception {
        Path m = model();
        Path xlsx = dir.resolve("w.xlsx");
        assertEquals(Main.OK, run("export", m.toString(), "--xlsx", xlsx.toString()), stderr());
        edit(xlsx, "R-03", RegisterColumn.OWNER, "Release manager");
        Path target = dir.resolve("after.nines");
        byte[] before = Files.readAllBytes(m);
        assertEquals(Main.OK, run("import-risks", m.toString(), "--xlsx", xlsx.toString(), "-o", target.toString()), stderr());
        assertTrue(stdout().contains(": R-03 owner 'Head of engineering' -> 'Release manager'"), stdout());
        assertTrue(stdout().contains("1 change, 0 new risks; wrote " + target), stdout());
        Risk r03 = ModelStore.load(target).model().getRisks().stream().filter(r -> r.getId().equals("R-03")).findFirst().orElseThrow();
        assertEquals("Release manager", r03.getOwner());
        assertArrayEquals(before, Files.readAllBytes(m), "the input model is untouched when -o is given");
    }

    @Test
    void importRisksDryRunReportsWithoutWriting() throws Exception {
        Path m = model();
        Path xlsx = dir.resolve("w.xlsx");
        assertEquals(Main.OK, run("export", m.toString(), "--xlsx", xlsx.toString()), stderr());
        edit(xlsx, "R-03", RegisterColumn.OWNER, "Release manager");
        byte[] before = Files.readAllBytes(m);
        assertEquals(Main.OK, run("import-risks", m.toString(), "--xlsx", xlsx.toString(), "--dry-run"), stderr());
        assertTrue(stdout().contains("1 change, 0 new risks; dry run, nothing written."), stdout());
        assertArrayEquals(before, Files.readAllBytes(m));
        assertFalse(Files.exists(dir.resolve("web-cluster.nines.bak")));
    }

    @Test
    void importRisksWritesNothingWhenACellIsRejected() throws Exception {
        Path m = model();
        Path xlsx = dir.resolve("w.xlsx");
        assertEquals(Main.OK, run("export", m.toString(), "--xlsx", xlsx.toString()), stderr());
        edit(xlsx, "R-03", RegisterColumn.OWNER, "Release manager");
        edit(xlsx, "R-02", RegisterColumn.AFFECTED_COMPONENTS, "lb1 no-such-box");
        byte[] before = Files.readAllBytes(m);
        assertEquals(Main.USAGE, run("import-risks", m.toString(), "--xlsx", xlsx.toString()));
        assertTrue(stderr().contains("Risk Register!G2: R-02: unknown component 'no-such-box'"), stderr());
        assertTrue(stderr().contains("1 rejected cell; nothing written."), stderr());
        assertArrayEquals(before, Files.readAllBytes(m));
        assertFalse(Files.exists(dir.resolve("web-cluster.nines.bak")));
    }

    @Test
    void importRisksRefusesAFileThatIsNotAWorkbook() throws Exception {
        Path m = model();
        Path bogus = dir.resolve("bogus.xlsx");
        Files.writeString(bogus, "not a zip");
        assertEquals(Main.USAGE, run("import-risks", m.toString(), "--xlsx", bogus.toString()));
        assertTrue(stderr().contains("not a readable Excel workbook"), stderr());
        assertEquals(Main.USAGE, run("import-risks", m.toString()));
        assertTrue(stderr().contains("needs --xlsx"), stderr());
    }
}
