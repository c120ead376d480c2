package org.nines.io.excel;

import java.io.IOException;

/** A workbook that cannot be read at all: not an .xlsx file, hostile (zip bomb, DTD), too large, or no register. */
public class ExcelImportException extends IOException {
    private static final long serialVersionUID = 1L;

    public ExcelImportException(String message) {
        super(message);
    }

    public ExcelImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
