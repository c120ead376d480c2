package org.nines.analysis.exact;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a {@link FaultTreeResult} as JSON (RFC 8259), without any library. Doubles are written with
 * {@link Double#toString(double)}, which round-trips exactly; non-finite values (e.g. an infinite RRW) are
 * written as the strings {@code "Infinity"}, {@code "-Infinity"} and {@code "NaN"} since JSON has no such
 * numbers.
 */
public final class ResultJson {

    private ResultJson() {
    }

    /** @return the JSON text of {@code r} */
    public static String toJson(FaultTreeResult r) {
        StringBuilder sb = new StringBuilder(256);
        write(r, sb);
        return sb.toString();
    }

    /** Appends the JSON text of {@code r} to {@code out}. */
    public static void write(FaultTreeResult r, Appendable out) {
        try {
            out.append("{\n  \"topEventProbability\": ").append(num(r.topEventProbability()));
            out.append(",\n  \"bddNodeCount\": ").append(Long.toString(r.bddNodeCount()));
            out.append(",\n  \"moduleCount\": ").append(Integer.toString(r.moduleCount()));
            out.append(",\n  \"analysisSeconds\": ").append(num(r.analysisSeconds()));
            out.append(",\n  \"importance\": [");
            String sep = "\n    ";
            for (Importance i : r.importance()) {
                out.append(sep).append("{\"name\": ").append(str(i.name()))
                        .append(", \"probability\": ").append(num(i.probability()))
                        .append(", \"birnbaum\": ").append(num(i.birnbaum()))
                        .append(", \"criticality\": ").append(num(i.criticality()))
                        .append(", \"fussellVesely\": ").append(num(i.fussellVesely()))
                        .append(", \"raw\": ").append(num(i.raw()))
                        .append(", \"rrw\": ").append(num(i.rrw()))
                        .append(", \"dif\": ").append(num(i.dif())).append('}');
                sep = ",\n    ";
            }
            out.append(r.importance().isEmpty() ? "]" : "\n  ]");
            out.append(",\n  \"cutSetsTruncated\": ").append(Boolean.toString(r.cutSetsTruncated()));
            out.append(",\n  \"minimalCutSets\": [");
            sep = "\n    ";
            for (CutSet c : r.minimalCutSets()) {
                out.append(sep).append("{\"order\": ").append(Integer.toString(c.order()))
                        .append(", \"probability\": ").append(num(c.probability())).append(", \"names\": [");
                String s2 = "";
                for (String n : c.names()) {
                    out.append(s2).append(str(n));
                    s2 = ", ";
                }
                out.append("]}");
                sep = ",\n    ";
            }
            out.append(r.minimalCutSets().isEmpty() ? "]" : "\n  ]");
            out.append("\n}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String num(double d) {
        if (Double.isNaN(d)) {
            return "\"NaN\"";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        }
        return Double.toString(d);
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
