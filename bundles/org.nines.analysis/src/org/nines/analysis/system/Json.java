package org.nines.analysis.system;

import java.util.List;

/**
 * Minimal JSON writer for results: objects, arrays, strings and doubles with full precision (Double.toString, which
 * round-trips: at most 17 significant digits). Infinite and NaN numbers are written as null. Not thread-safe.
 */
public final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean needsComma;

    public Json beginObject() {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    public Json endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    public Json beginArray() {
        separate();
        out.append('[');
        needsComma = false;
        return this;
    }

    public Json endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    /** Starts a member of the current object. */
    public Json name(String name) {
        separate();
        string(name);
        out.append(':');
        needsComma = false;
        return this;
    }

    public Json value(double value) {
        separate();
        out.append(Double.isFinite(value) ? Double.toString(value) : "null");
        needsComma = true;
        return this;
    }

    public Json value(long value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    public Json value(boolean value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    public Json value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needsComma = true;
        return this;
    }

    public Json strings(List<String> values) {
        beginArray();
        values.forEach(this::value);
        return endArray();
    }

    public Json nullValue() {
        separate();
        out.append("null");
        needsComma = true;
        return this;
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
            needsComma = false;
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
