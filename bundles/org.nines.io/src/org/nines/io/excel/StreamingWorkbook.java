package org.nines.io.excel;

import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The streaming workbook the writer fills: {@value RiskWorkbookWriter#WINDOW} rows in memory per sheet, text as
 * inline strings, plain (uncompressed) temporary sheet files, and the final .xlsx deflated at a fast level.
 *
 * <p>Why: profiling the 10,000-risk export showed about half of the writing time in deflate, split evenly between
 * gzipping the temporary sheet files (which are read back once, moments later) and deflating the package at the
 * default level. Plain temporary files cost disk space only while writing (tens of MB for 10,000 risks); the fast
 * level makes the file somewhat larger (see docs/excel.md) and keeps it an ordinary zip every reader opens.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    /** Deflate level of the .xlsx package: fast, still several times smaller than the XML. */
    static final int PACKAGE_LEVEL = Deflater.BEST_SPEED;

    StreamingWorkbook() {
        super(null, RiskWorkbookWriter.WINDOW, false, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(PACKAGE_LEVEL);
        return zip;
    }
}
