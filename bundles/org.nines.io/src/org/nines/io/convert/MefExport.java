package org.nines.io.convert;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;
import org.nines.analysis.system.BasicEvent;
import org.nines.analysis.system.SystemSnapshot;

/**
 * Writes a system's structure function and basic-event unavailabilities as an Open-PSA MEF fault tree, so that any
 * MEF tool (SCRAM, XFTA) can cross-check Nines: {@code scram OUT.xml --bdd --probability true} gives the model's
 * unavailability as the top-event probability.
 *
 * <p>Names are made MEF-safe (letters, digits, '-' and '_', starting with a letter); the original names are kept in
 * {@code <label>}. Common-cause and standby-group events are written as the basic events Nines analyses, with their
 * exact probabilities.
 */
public final class MefExport {
    private MefExport() {
    }

    public static void write(SystemSnapshot snapshot, Writer out) throws IOException {
        StructureFunction sf = snapshot.structure();
        Names names = new Names();
        String[] variables = new String[sf.variableCount()];
        for (int i = 0; i < variables.length; i++) {
            variables[i] = names.unique(snapshot.events().get(i).key());
        }
        String top = names.unique("top");
        boolean topIsGate = StructureFunction.isGate(sf.top());
        String[] gates = new String[sf.gateCount()];
        for (int g = 0; g < gates.length; g++) {
            boolean isTop = topIsGate && StructureFunction.index(sf.top()) == g;
            gates[g] = isTop ? top : names.unique(sf.gateName(g) == null ? "g" + g : sf.gateName(g));
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!-- Written by Nines from model '" + xml(snapshot.name()).replace("--", "- -") + "': failure logic, "
                + "top = service down. Mission time " + snapshot.missionHours() + " h. -->\n");
        out.write("<opsa-mef>\n");
        out.write("  <define-fault-tree name=\"" + names.unique(snapshot.name() == null ? "system" : snapshot.name()) + "\">\n");
        if (!topIsGate) { // a top that is one event or a constant: OR it with "never", MEF gates need two arguments
            out.write("    <define-gate name=\"" + top + "\">\n      <label>service down</label>\n      <or>"
                    + reference(sf, sf.top(), variables, gates) + "<house-event name=\"nines-false\"/></or>\n    </define-gate>\n");
        }
        for (int g : sf.gatesInTopologicalOrder()) {
            out.write("    <define-gate name=\"" + gates[g] + "\">\n      " + formula(sf, g, variables, gates) + "\n    </define-gate>\n");
        }
        out.write("  </define-fault-tree>\n  <model-data>\n");
        List<BasicEvent> events = snapshot.events();
        for (int i = 0; i < events.size(); i++) {
            out.write("    <define-basic-event name=\"" + variables[i] + "\">\n");
            out.write("      <label>" + xml(events.get(i).label()) + "</label>\n");
            out.write("      <float value=\"" + Double.toString(events.get(i).unavailability()) + "\"/>\n");
            out.write("    </define-basic-event>\n");
        }
        out.write("    <define-house-event name=\"nines-true\"><constant value=\"true\"/></define-house-event>\n");
        out.write("    <define-house-event name=\"nines-false\"><constant value=\"false\"/></define-house-event>\n");
        out.write("  </model-data>\n</opsa-mef>\n");
    }

    private static String formula(StructureFunction sf, int g, String[] variables, String[] gates) {
        StringBuilder args = new StringBuilder();
        for (int child : sf.gateChildren(g)) {
            args.append(reference(sf, child, variables, gates));
        }
        String kind = sf.gateKind(g).name().toLowerCase(Locale.ROOT);
        if (sf.gateChildCount(g) == 1) { // MEF wants two or more arguments: add the neutral constant
            switch (sf.gateKind(g)) {
                case AND, NAND -> args.append("<house-event name=\"nines-true\"/>");
                case OR, NOR, XOR -> args.append("<house-event name=\"nines-false\"/>");
                default -> {
                    // NOT, NULL and ATLEAST take what they have
                }
            }
        }
        int k = sf.gateThreshold(g);
        int n = sf.gateChildCount(g);
        if (sf.gateKind(g) == GateKind.ATLEAST) { // MEF wants 1 < k < n: the ends are plain OR and AND
            String tag = k == n ? "and" : k == 1 ? "or" : null;
            return tag != null ? "<" + tag + ">" + args + "</" + tag + ">"
                    : "<atleast min=\"" + k + "\">" + args + "</atleast>";
        }
        return switch (sf.gateKind(g)) {
            default -> "<" + kind + ">" + args + "</" + kind + ">";
        };
    }

    private static String reference(StructureFunction sf, int ref, String[] variables, String[] gates) {
        if (StructureFunction.isVariable(ref)) {
            return "<basic-event name=\"" + variables[StructureFunction.index(ref)] + "\"/>";
        }
        if (StructureFunction.isGate(ref)) {
            return "<gate name=\"" + gates[StructureFunction.index(ref)] + "\"/>";
        }
        return "<house-event name=\"nines-" + StructureFunction.constantValue(ref) + "\"/>";
    }

    static String xml(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** MEF-safe unique names. */
    private static final class Names {
        private final Set<String> used = new HashSet<>(Set.of("nines-true", "nines-false"));

        String unique(String raw) {
            String base = raw.replaceAll("[^A-Za-z0-9_-]", "_");
            if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
                base = "n" + base;
            }
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            return name;
        }
    }
}
