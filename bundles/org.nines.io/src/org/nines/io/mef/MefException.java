package org.nines.io.mef;

import java.io.IOException;

/**
 * A model file that cannot be read as an Open-PSA MEF model: malformed or hostile XML, unsupported element,
 * undefined reference, duplicate definition, missing top gate... The message has the form
 * {@code "file:line: element 'x': what is wrong"} (parts unknown are left out).
 */
public final class MefException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param file the file label (path or resource name), may be null
     * @param line 1-based line, or -1 if unknown
     * @param message what is wrong, without location
     */
    public MefException(String file, int line, String message) {
        super(format(file, line, message));
        this.file = file;
        this.line = line;
    }

    /** Same, with a cause. */
    public MefException(String file, int line, String message, Throwable cause) {
        super(format(file, line, message), cause);
        this.file = file;
        this.line = line;
    }

    private static String format(String file, int line, String message) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file).append(':');
            if (line > 0) {
                sb.append(line).append(':');
            }
            sb.append(' ');
        }
        return sb.append(message).toString();
    }

    /** @return the file label, or null */
    public String file() {
        return file;
    }

    /** @return the 1-based line, or -1 */
    public int line() {
        return line;
    }
}
