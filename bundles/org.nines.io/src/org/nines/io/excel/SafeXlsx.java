package org.nines.io.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens untrusted .xlsx files with POI's safety limits set: a file size cap, zip-bomb detection (minimum inflate
 * ratio), a cap on the unpacked size of any part and on POI's byte arrays, and a row cap checked by the importer. POI
 * parses the XML parts with DTDs refused and no external entities, so XXE inside a part fails instead of resolving.
 *
 * <p>POI's limits are JVM-wide settings; they are set here to values that never restrict the workbooks Nines writes.
 */
public final class SafeXlsx {
    /** Largest .xlsx file accepted, bytes. */
    public static final long MAX_FILE_BYTES = 32L << 20;
    /** Largest unpacked part (e.g. one sheet's XML), bytes. */
    public static final long MAX_ENTRY_BYTES = 128L << 20;
    /** Smallest compressed/uncompressed ratio of a part before it counts as a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.005;
    /** Most rows read from one sheet. */
    public static final int MAX_ROWS = 200_000;
    private static final int MAX_BYTE_ARRAY = 150 << 20;

    private SafeXlsx() {
    }

    /** Sets POI's JVM-wide limits (idempotent). */
    public static synchronized void applyLimits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }

    /**
     * Opens a workbook read-only (the file is never modified).
     *
     * @throws ExcelImportException naming the file when it is missing, too large, not an .xlsx workbook or hostile
     */
    public static XSSFWorkbook open(Path file) throws ExcelImportException {
        applyLimits();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExcelImportException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new ExcelImportException(file + ": " + size + " bytes, larger than the " + (MAX_FILE_BYTES >> 20)
                    + " MB accepted for a workbook");
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XSSFWorkbook(pkg);
        } catch (Exception | StackOverflowError e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new ExcelImportException(file + ": not a readable Excel workbook (.xlsx): " + reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 400; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && b.indexOf(m) < 0) {
                b.append(b.length() == 0 ? "" : ": ").append(m.strip());
            }
        }
        return b.length() == 0 ? e.getClass().getSimpleName() : b.toString();
    }
}
