package org.nines.io.mef;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;

/**
 * Writes a {@link MefModel} as one Open-PSA MEF file that {@link MefReader} (and SCRAM, for models without
 * {@code null} connectives, which are written as plain references) reads back to the same structure function
 * and probabilities.
 *
 * <p>Output: one {@code define-fault-tree} with a {@code define-gate} per named gate reachable from the top
 * (anonymous gates are written inline as nested formulas), constants as {@code <constant value=.../>}, then a
 * {@code model-data} block with one {@code define-basic-event} per variable, its description as
 * {@code <label>} and its probability as {@code <float>} written with {@link Double#toString(double)} (exact
 * round trip). Names are XML-escaped.
 */
public final class MefWriter {

    private MefWriter() {
    }

    /**
     * Writes {@code model}.
     *
     * @param model the model
     * @param faultTreeName the name of the {@code define-fault-tree} element
     * @param out destination (not closed)
     */
    public static void write(MefModel model, String faultTreeName, Writer out) throws IOException {
        StructureFunction sf = model.structure();
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opsa-mef>\n");
        sb.append("  <define-fault-tree name=\"").append(escape(faultTreeName)).append("\">\n");
        Set<String> used = new HashSet<>(sf.variableNames());
        for (int g = 0; g < sf.gateCount(); g++) {
            if (sf.gateName(g) != null) {
                used.add(sf.gateName(g));
            }
        }
        int top = sf.top();
        String topName = model.topGate();
        boolean topWritten = false;
        int[] topo = sf.gatesInTopologicalOrder();
        boolean[] reachable = reachableGates(sf);
        for (int i = topo.length - 1; i >= 0; i--) { // parents first, as people write them
            int g = topo[i];
            boolean isTop = StructureFunction.isGate(top) && StructureFunction.index(top) == g;
            if (!reachable[g] || (sf.gateName(g) == null && !isTop)) {
                continue;
            }
            String name = isTop ? topName : sf.gateName(g);
            sb.append("    <define-gate name=\"").append(escape(name)).append("\">\n");
            gateFormula(sf, g, sb, "      ");
            sb.append("    </define-gate>\n");
            topWritten |= isTop;
        }
        if (!topWritten) { // the top is a variable or a constant
            sb.append("    <define-gate name=\"").append(escape(topName)).append("\">\n");
            formula(sf, top, sb, "      ");
            sb.append("    </define-gate>\n");
        }
        sb.append("  </define-fault-tree>\n  <model-data>\n");
        for (MefModel.BasicEvent be : model.basicEvents()) {
            sb.append("    <define-basic-event name=\"").append(escape(be.name())).append("\">\n");
            if (!be.description().isEmpty()) {
                sb.append("      <label>").append(escape(be.description())).append("</label>\n");
            }
            sb.append("      <float value=\"").append(Double.toString(be.probability())).append("\"/>\n");
            sb.append("    </define-basic-event>\n");
        }
        sb.append("  </model-data>\n</opsa-mef>\n");
        out.write(sb.toString());
        out.flush();
    }

    private static boolean[] reachableGates(StructureFunction sf) {
        boolean[] r = new boolean[sf.gateCount()];
        if (StructureFunction.isGate(sf.top())) {
            r[StructureFunction.index(sf.top())] = true;
        }
        int[] topo = sf.gatesInTopologicalOrder();
        for (int i = topo.length - 1; i >= 0; i--) {
            int g = topo[i];
            if (r[g]) {
                for (int c = 0; c < sf.gateChildCount(g); c++) {
                    int ref = sf.gateChild(g, c);
                    if (StructureFunction.isGate(ref)) {
                        r[StructureFunction.index(ref)] = true;
                    }
                }
            }
        }
        return r;
    }

    private static void gateFormula(StructureFunction sf, int g, StringBuilder sb, String indent) {
        GateKind k = sf.gateKind(g);
        if (k == GateKind.NULL) {
            formula(sf, sf.gateChild(g, 0), sb, indent);
            return;
        }
        String tag = k.name().toLowerCase(java.util.Locale.ROOT);
        sb.append(indent).append('<').append(tag);
        if (k == GateKind.ATLEAST) {
            sb.append(" min=\"").append(sf.gateThreshold(g)).append('"');
        }
        sb.append(">\n");
        for (int c = 0; c < sf.gateChildCount(g); c++) {
            formula(sf, sf.gateChild(g, c), sb, indent + "  ");
        }
        sb.append(indent).append("</").append(tag).append(">\n");
    }

    private static void formula(StructureFunction sf, int ref, StringBuilder sb, String indent) {
        if (StructureFunction.isVariable(ref)) {
            sb.append(indent).append("<basic-event name=\"").append(escape(sf.variableName(StructureFunction.index(ref))))
                    .append("\"/>\n");
        } else if (StructureFunction.isConstant(ref)) {
            sb.append(indent).append("<constant value=\"").append(StructureFunction.constantValue(ref)).append("\"/>\n");
        } else {
            int g = StructureFunction.index(ref);
            if (sf.gateName(g) != null) {
                sb.append(indent).append("<gate name=\"").append(escape(sf.gateName(g))).append("\"/>\n");
            } else {
                gateFormula(sf, g, sb, indent);
            }
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
