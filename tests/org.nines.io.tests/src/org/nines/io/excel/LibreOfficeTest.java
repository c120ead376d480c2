package org.nines.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the exported workbook with LibreOffice headless (when installed) and converts it to PDF. */
class LibreOfficeTest {
    @TempDir
    Path dir;

    private static Path soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(p, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void libreOfficeConvertsTheFullWorkbookToPdf() throws Exception {
        Path soffice = soffice();
        Assumptions.assumeTrue(soffice != null, "soffice (LibreOffice) not installed");
        Path xlsx = Workbooks.export(Workbooks.full(Workbooks.load("web-cluster.nines")), dir.resolve("web-cluster.xlsx"));
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                dir.toString(), xlsx.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Path pdf = dir.resolve("web-cluster.pdf");
        assertTrue(Files.exists(pdf), "no PDF: " + Files.readString(dir.resolve("soffice.log")));
        byte[] head = Files.readAllBytes(pdf);
        assertTrue(head.length > 10_000 && new String(head, 0, 5).equals("%PDF-"), "not a PDF of some size");
    }
}
