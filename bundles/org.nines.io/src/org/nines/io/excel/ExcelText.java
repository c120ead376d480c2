package org.nines.io.excel;

/**
 * Text hygiene for workbooks: user text is never evaluated as a formula (CWE-1236, "CSV/formula injection"), sheet
 * names and file names are made legal.
 *
 * <p>User text is always written as a string cell, never as a formula. In addition a text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return (or their full-width forms) gets a leading single quote
 * {@code '} in the stored value (the OWASP recommendation), so it stays inert when a user re-enters the cell, copies
 * it or saves the sheet as CSV. A text that itself starts with {@code '} gets one more. The importer strips exactly
 * that one marker again ({@link #restore}), so a round trip is loss-free.
 */
public final class ExcelText {
    /** Longest text a cell holds (Excel's limit). */
    public static final int MAX_CELL_CHARS = 32_767;
    private static final char MARKER = '\'';

    private ExcelText() {
    }

    /** @return whether a spreadsheet could read the text as a formula or command */
    public static boolean dangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\uFF1D' || c == '\uFF0B'
                || c == '\uFF0D' || c == '\uFF20';
    }

    /**
     * @return the text as it goes into a cell: null as empty, control characters other than tab and newline removed,
     *         a formula-like start neutralised with a leading {@code '}, cut to {@link #MAX_CELL_CHARS}
     */
    public static String neutralise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 1);
        if (dangerous(text) || !text.isEmpty() && text.charAt(0) == MARKER) {
            b.append(MARKER);
        }
        for (int i = 0; i < text.length() && b.length() < MAX_CELL_CHARS; i++) {
            char c = text.charAt(i);
            if (c >= ' ' || c == '\n' || c == '\t' || c == '\r' && i == 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** @return the user text of a cell written by {@link #neutralise}: one leading {@code '} marker removed */
    public static String restore(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.length() > 1 && cell.charAt(0) == MARKER && (dangerous(cell.substring(1)) || cell.charAt(1) == MARKER)) {
            return cell.substring(1);
        }
        return cell;
    }

    /**
     * @return a legal sheet name: at most 31 characters, none of {@code : \ / ? * [ ]}, not starting or ending with an
     *         apostrophe, not empty
     */
    public static String sheetName(String name) {
        String s = name == null ? "" : name.replaceAll("[:\\\\/?*\\[\\]\\p{Cntrl}]", " ").strip();
        s = s.replaceAll("^'+|'+$", "");
        if (s.isEmpty()) {
            s = "Sheet";
        }
        return s.length() > 31 ? s.substring(0, 31).strip() : s;
    }

    /** @return a file name stem safe on every platform: letters, digits, {@code . _ -}; others become {@code _} */
    public static String fileName(String name) {
        String s = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._-]+", "");
        if (s.isEmpty()) {
            s = "model";
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
