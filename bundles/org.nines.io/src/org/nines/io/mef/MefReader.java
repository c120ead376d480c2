package org.nines.io.mef;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.nines.analysis.structure.GateKind;
import org.nines.analysis.structure.StructureFunction;
import org.nines.io.xml.SafeXml;

/**
 * Reads fault trees in the Open-PSA Model Exchange Format (MEF 2.0) into a {@link MefModel}.
 *
 * <p>Like SCRAM, a model may be split over several files (for example a tree file and a basic-event file);
 * all definitions share one namespace. Supported subset:
 * <ul>
 * <li>containers: {@code opsa-mef}, {@code define-fault-tree}, {@code define-component}, {@code model-data};
 * {@code label} and {@code attributes} are accepted and ignored (basic-event labels become descriptions);
 * {@code role="private"} (inherited from containers) makes a name local to its container: it is referred to by
 * its plain name inside the container and by its relative path ({@code component.name}) from enclosing
 * containers, and its model name is the full path ({@code FaultTree.component.name});</li>
 * <li>{@code define-gate} with formulas {@code and, or, not, xor, nand, nor, atleast min=k, null}, nested
 * formulas, {@code constant value=true|false}, and references {@code gate, basic-event, house-event,
 * event [type=...]} (a bare reference as a gate's formula is a pass-through);</li>
 * <li>{@code define-basic-event} with an expression, {@code define-house-event} with an optional
 * {@code constant} (false if absent), {@code define-parameter};</li>
 * <li>expressions: {@code float, int, bool, parameter, system-mission-time, exponential (lambda, t),
 * GLM (gamma, lambda, mu, t), Weibull (alpha, beta, t0, t), periodic-test} (4-argument form {@code lambda,
 * tau, theta, t}), {@code add, sub, mul, div, neg}, and the deviates {@code uniform-deviate,
 * normal-deviate, lognormal-deviate} (their mean is used as point value, as SCRAM does);</li>
 * <li>{@code define-CCF-group model="beta-factor"} expanded as SCRAM does: each member becomes
 * {@code [member] OR [m1 m2 ...]} with independent part probability {@code (1 - beta) Q} and one common event
 * of probability {@code beta Q}.</li>
 * </ul>
 * Anything else is an error naming file, line and element; nothing is silently ignored. XML is parsed with
 * {@link SafeXml}: DTDs (hence external entities and entity expansion) are refused and each file is limited
 * in size.
 *
 * <p>The top gate is {@link Settings#topGate()} if given, else the only gate that no other gate references.
 */
public final class MefReader {

    /**
     * Reader settings.
     *
     * @param missionTime value of {@code <system-mission-time/>}, hours (SCRAM's default is 8760)
     * @param maxBytesPerFile maximum size of one input, bytes
     * @param topGate name of the top gate, or null to find the single unreferenced gate
     */
    public record Settings(double missionTime, long maxBytesPerFile, String topGate) {

        /** Validates. */
        public Settings {
            if (!(missionTime >= 0.0) || Double.isInfinite(missionTime) || maxBytesPerFile <= 0) {
                throw new IllegalArgumentException("invalid settings");
            }
        }

        /** Mission time 8760 h, 256 MiB per file, top gate found automatically. */
        public static Settings defaults() {
            return new Settings(8760.0, SafeXml.DEFAULT_MAX_BYTES, null);
        }

        /** @return a copy with the given top gate */
        public Settings withTopGate(String name) {
            return new Settings(missionTime, maxBytesPerFile, name);
        }

        /** @return a copy with the given mission time */
        public Settings withMissionTime(double hours) {
            return new Settings(hours, maxBytesPerFile, topGate);
        }

        /** @return a copy with the given size limit */
        public Settings withMaxBytesPerFile(long bytes) {
            return new Settings(missionTime, bytes, topGate);
        }
    }

    /**
     * One input: a label used in messages and a stream (read to its end, not closed by the reader).
     *
     * @param name file name or resource name
     * @param stream the XML bytes
     */
    public record Source(String name, InputStream stream) {
    }

    private MefReader() {
    }

    /** Reads files with {@link Settings#defaults()}. */
    public static MefModel read(Path... files) throws IOException {
        return read(Settings.defaults(), files);
    }

    /** Reads files. */
    public static MefModel read(Settings settings, Path... files) throws IOException {
        List<El> roots = new ArrayList<>();
        XMLInputFactory f = SafeXml.newInputFactory();
        for (Path p : files) {
            try (InputStream in = Files.newInputStream(p)) {
                roots.add(parse(f, new Source(p.toString(), in), settings.maxBytesPerFile()));
            }
        }
        return new Interpreter(settings).run(roots);
    }

    /** Reads sources (e.g. class-path resources). */
    public static MefModel read(Settings settings, List<Source> sources) throws IOException {
        List<El> roots = new ArrayList<>();
        XMLInputFactory f = SafeXml.newInputFactory();
        for (Source s : sources) {
            roots.add(parse(f, s, settings.maxBytesPerFile()));
        }
        return new Interpreter(settings).run(roots);
    }

    // ---------------------------------------------------------------------------------------------------
    // XML to a small element tree with locations

    /** Parsed element with its location. */
    private static final class El {
        final String name;
        final Map<String, String> attrs = new LinkedHashMap<>();
        final List<El> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final String file;
        final int line;

        El(String name, String file, int line) {
            this.name = name;
            this.file = file;
            this.line = line;
        }

        MefException error(String message) {
            return new MefException(file, line, "element '" + name + "': " + message);
        }

        String attr(String key) throws MefException {
            String v = attrs.get(key);
            if (v == null) {
                throw error("missing attribute '" + key + "'");
            }
            return v.trim();
        }

        void allowAttrs(String... allowed) throws MefException {
            outer:
            for (String a : attrs.keySet()) {
                for (String ok : allowed) {
                    if (ok.equals(a)) {
                        continue outer;
                    }
                }
                throw error("unsupported attribute '" + a + "'");
            }
        }

        void noText() throws MefException {
            if (!text.toString().isBlank()) {
                throw error("unexpected text content");
            }
        }
    }

    private static El parse(XMLInputFactory f, Source s, long maxBytes) throws MefException {
        String file = s.name();
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(SafeXml.limit(s.stream(), maxBytes));
            List<El> stack = new ArrayList<>();
            El root = null;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new MefException(file, line(r),
                            "DOCTYPE declarations are not allowed (DTDs and entities are refused)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new MefException(file, line(r),
                            "entity references are not allowed: &" + r.getLocalName() + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        El e = new El(r.getLocalName(), file, line(r));
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            e.attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.get(stack.size() - 1).children.add(e);
                        }
                        stack.add(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).text.append(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions, document start/end
                    }
                }
            }
            if (root == null) {
                throw new MefException(file, -1, "no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            String msg = e.getMessage();
            if (e.getNestedException() instanceof IOException io) {
                msg = io.getMessage();
            }
            throw new MefException(file, loc == null ? -1 : loc.getLineNumber(), "malformed XML: "
                    + cleanMessage(msg), e);
        } catch (MefException e) {
            throw e;
        } catch (RuntimeException e) { // some StAX errors surface as unchecked exceptions
            throw new MefException(file, r == null ? -1 : safeLine(r), "malformed XML: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
    }

    private static String cleanMessage(String m) {
        if (m == null) {
            return "parse error";
        }
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).trim();
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation().getLineNumber();
    }

    private static int safeLine(XMLStreamReader r) {
        try {
            return r.getLocation().getLineNumber();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Interpretation

    private enum Kind {
        GATE("gate"), BASIC("basic event"), HOUSE("house event"), CCF_MEMBER("basic event");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * A definition: {@code key} is the plain name for public elements and the container path plus name
     * ({@code FaultTree.component.name}) for private ones; {@code scope} is the container path of the definition,
     * used to resolve the references it contains.
     */
    private record Def(Kind kind, El el, El group, String key, String scope) {
    }

    private static final class Interpreter {
        private final Settings settings;
        private final Map<String, Def> events = new LinkedHashMap<>();
        private final Map<String, El> parameters = new HashMap<>();
        private final Map<El, String> parameterScope = new HashMap<>();
        private final List<El> ccfGroups = new ArrayList<>();
        private final Map<El, String[]> ccfScope = new HashMap<>();
        private final Map<String, Double> parameterValues = new HashMap<>();
        private final Set<String> evaluating = new HashSet<>();
        private boolean missionTimeUsed;

        private StructureFunction.Builder builder;
        private final Map<String, Integer> gateRefs = new HashMap<>();
        private final Map<String, Integer> memberRefs = new HashMap<>();
        private final Map<Integer, Double> variableProbability = new HashMap<>();
        private final Map<Integer, String> variableDescription = new HashMap<>();

        Interpreter(Settings settings) {
            this.settings = settings;
        }

        MefModel run(List<El> roots) throws MefException {
            for (El root : roots) {
                if (!root.name.equals("opsa-mef")) {
                    throw root.error("expected root element 'opsa-mef'");
                }
                root.allowAttrs("name");
                container(root, "", false);
            }
            for (El g : ccfGroups) {
                registerCcfGroup(g, ccfScope.get(g)[0], ccfScope.get(g)[1].equals("private"));
            }
            // resolve every gate formula once, so undefined references anywhere are reported
            Set<String> referenced = new HashSet<>();
            for (Def d : events.values()) {
                if (d.kind == Kind.GATE) {
                    collectGateRefs(formulaOf(d.el), d.scope, referenced);
                }
            }
            String top = findTop(referenced, roots);
            builder = StructureFunction.builder();
            int topRef = gate(top);
            StructureFunction sf;
            try {
                sf = builder.build(topRef);
            } catch (IllegalArgumentException e) { // a cycle: point at the first gate named in the message
                El el = events.get(top).el;
                java.util.regex.Matcher mt = java.util.regex.Pattern.compile("gate '([^']*)'").matcher(e.getMessage());
                if (mt.find() && events.containsKey(mt.group(1))) {
                    el = events.get(mt.group(1)).el;
                }
                throw new MefException(el.file, el.line, e.getMessage());
            }
            List<MefModel.BasicEvent> be = new ArrayList<>();
            for (int i = 0; i < sf.variableCount(); i++) {
                be.add(new MefModel.BasicEvent(sf.variableName(i), variableDescription.getOrDefault(i, ""),
                        variableProbability.get(i)));
            }
            return new MefModel(sf, top, be, settings.missionTime(), missionTimeUsed);
        }

        /**
         * Registers the definitions of a container. {@code scope} is the container path ("" at top level),
         * {@code isPrivate} the role inherited from the container.
         */
        private void container(El c, String scope, boolean isPrivate) throws MefException {
            c.noText();
            for (El e : c.children) {
                switch (e.name) {
                    case "define-fault-tree", "define-component" -> {
                        e.allowAttrs("name", "role");
                        String name = e.attr("name");
                        container(e, scope.isEmpty() ? name : scope + "." + name, isPrivate(e, isPrivate));
                    }
                    case "model-data" -> {
                        e.allowAttrs();
                        container(e, scope, isPrivate);
                    }
                    case "define-gate" -> define(e, Kind.GATE, null, scope, isPrivate);
                    case "define-basic-event" -> define(e, Kind.BASIC, null, scope, isPrivate);
                    case "define-house-event" -> define(e, Kind.HOUSE, null, scope, isPrivate);
                    case "define-parameter" -> {
                        e.allowAttrs("name", "role", "unit");
                        String name = e.attr("name");
                        String key = isPrivate(e, isPrivate) ? scope + "." + name : name;
                        if (parameters.containsKey(key)) {
                            throw e.error("parameter '" + name + "' is defined twice (first at "
                                    + where(parameters.get(key)) + ")");
                        }
                        parameters.put(key, e);
                        parameterScope.put(e, scope);
                    }
                    case "define-CCF-group" -> {
                        ccfGroups.add(e);
                        ccfScope.put(e, new String[] {scope, isPrivate(e, isPrivate) ? "private" : "public"});
                    }
                    case "label", "attributes" -> {
                        // documentation only
                    }
                    default -> throw e.error("unsupported element here (supported: define-fault-tree, "
                            + "define-component, model-data, define-gate, define-basic-event, define-house-event, "
                            + "define-parameter, define-CCF-group, label, attributes)");
                }
            }
        }

        /** Effective role: the element's own {@code role} attribute, else the container's. */
        private static boolean isPrivate(El e, boolean inherited) throws MefException {
            String role = e.attrs.get("role");
            if (role == null) {
                return inherited;
            }
            return switch (role.trim()) {
                case "private" -> true;
                case "public" -> false;
                default -> throw e.error("unknown role '" + role + "' (expected public or private)");
            };
        }

        private static String where(El e) {
            return e.file + ":" + e.line;
        }

        private void define(El e, Kind kind, El group, String scope, boolean inheritedPrivate) throws MefException {
            e.allowAttrs("name", "role");
            String name = e.attr("name");
            String key = isPrivate(e, inheritedPrivate) ? scope + "." + name : name;
            Def old = events.get(key);
            if (old != null) {
                throw e.error("'" + name + "' is defined twice (first as " + old.kind.label + " at "
                        + where(old.el) + ")");
            }
            events.put(key, new Def(kind, e, group, key, scope));
        }

        /**
         * Finds the definition a reference from container {@code scope} means: a private element of this
         * container or of an enclosing one (also by relative path, e.g. {@code component.name}), else a public
         * element.
         */
        private Def lookup(String name, String scope) {
            for (String s = scope; !s.isEmpty(); s = s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : "") {
                Def d = events.get(s + "." + name);
                if (d != null) {
                    return d;
                }
            }
            return events.get(name);
        }

        // ---- CCF groups

        private void registerCcfGroup(El g, String scope, boolean isPrivate) throws MefException {
            g.allowAttrs("name", "model", "role");
            g.attr("name");
            String model = g.attr("model");
            if (!model.equals("beta-factor")) {
                throw g.error("unsupported CCF model '" + model + "' (only beta-factor is supported)");
            }
            El members = null;
            El distribution = null;
            El factor = null;
            for (El c : g.children) {
                switch (c.name) {
                    case "members" -> members = c;
                    case "distribution" -> distribution = c;
                    case "factor" -> {
                        if (factor != null) {
                            throw c.error("beta-factor model takes exactly one factor");
                        }
                        factor = c;
                    }
                    case "label", "attributes" -> {
                    }
                    default -> throw c.error("unsupported element in define-CCF-group");
                }
            }
            if (members == null || distribution == null || factor == null) {
                throw g.error("beta-factor group needs members, distribution and factor");
            }
            members.allowAttrs();
            if (members.children.size() < 2) {
                throw members.error("a CCF group needs at least two members");
            }
            for (El m : members.children) {
                if (!m.name.equals("basic-event")) {
                    throw m.error("CCF group members must be basic-event elements");
                }
                m.allowAttrs("name");
                define(m, Kind.CCF_MEMBER, g, scope, isPrivate);
            }
            factor.allowAttrs("level");
            single(distribution);
            single(factor);
        }

        private static El single(El wrapper) throws MefException {
            wrapper.noText();
            if (wrapper.children.size() != 1) {
                throw wrapper.error("expected exactly one expression, found " + wrapper.children.size());
            }
            return wrapper.children.get(0);
        }

        private static El findChild(El g, String name) {
            for (El c : g.children) {
                if (c.name.equals(name)) {
                    return c;
                }
            }
            return null;
        }

        // ---- gates and formulas

        private static El formulaOf(El gate) throws MefException {
            gate.noText();
            El formula = null;
            for (El c : gate.children) {
                if (c.name.equals("label") || c.name.equals("attributes")) {
                    continue;
                }
                if (formula != null) {
                    throw c.error("a gate has exactly one formula");
                }
                formula = c;
            }
            if (formula == null) {
                throw gate.error("gate has no formula");
            }
            return formula;
        }

        private Def resolve(El ref, String scope) throws MefException {
            String name = ref.attr("name");
            Def d = lookup(name, scope);
            String type = switch (ref.name) {
                case "gate" -> "gate";
                case "basic-event" -> "basic-event";
                case "house-event" -> "house-event";
                default -> ref.attrs.get("type");
            };
            if (d == null) {
                throw ref.error("undefined " + (type == null ? "event" : type) + " '" + name + "'");
            }
            if (type != null) {
                boolean ok = switch (type.trim()) {
                    case "gate" -> d.kind == Kind.GATE;
                    case "basic-event" -> d.kind == Kind.BASIC || d.kind == Kind.CCF_MEMBER;
                    case "house-event" -> d.kind == Kind.HOUSE;
                    default -> throw ref.error("unknown event type '" + type + "'");
                };
                if (!ok) {
                    throw ref.error("'" + name + "' is a " + d.kind.label + ", not a " + type);
                }
            }
            return d;
        }

        private static boolean isReference(El f) {
            return switch (f.name) {
                case "gate", "basic-event", "house-event", "event" -> true;
                default -> false;
            };
        }

        private void collectGateRefs(El f, String scope, Set<String> referenced) throws MefException {
            if (isReference(f)) {
                f.allowAttrs(f.name.equals("event") ? new String[] {"name", "type"} : new String[] {"name"});
                Def d = resolve(f, scope);
                if (d.kind == Kind.GATE) {
                    referenced.add(d.key);
                }
                return;
            }
            for (El c : f.children) {
                collectGateRefs(c, scope, referenced);
            }
        }

        private String findTop(Set<String> referenced, List<El> roots) throws MefException {
            if (settings.topGate() != null) {
                Def d = events.get(settings.topGate());
                if (d == null || d.kind != Kind.GATE) {
                    throw new MefException(roots.get(0).file, -1, "top gate '" + settings.topGate()
                            + "' is not defined");
                }
                return settings.topGate();
            }
            List<String> candidates = new ArrayList<>();
            for (Map.Entry<String, Def> e : events.entrySet()) {
                if (e.getValue().kind == Kind.GATE && !referenced.contains(e.getKey())) {
                    candidates.add(e.getKey());
                }
            }
            if (candidates.isEmpty()) {
                throw new MefException(roots.get(0).file, -1, "no top gate: "
                        + (events.values().stream().anyMatch(d -> d.kind == Kind.GATE)
                                ? "every gate is referenced by another gate" : "the model defines no gate"));
            }
            if (candidates.size() > 1) {
                throw new MefException(roots.get(0).file, -1, "ambiguous top gate: " + candidates.size()
                        + " gates are not referenced by any other gate: "
                        + String.join(", ", candidates.subList(0, Math.min(10, candidates.size())))
                        + (candidates.size() > 10 ? ", ..." : "") + "; name the top gate explicitly");
            }
            return candidates.get(0);
        }

        /** Reference of the named gate, defining it (and what it needs) on first use. */
        private int gate(String name) throws MefException {
            Integer ref = gateRefs.get(name);
            if (ref != null) {
                return ref;
            }
            int g = builder.declareGate(name);
            gateRefs.put(name, g);
            Def d = events.get(name);
            El f = formulaOf(d.el);
            try {
                if (isReference(f)) {
                    builder.defineGate(g, GateKind.NULL, 0, reference(f, d.scope));
                } else if (f.name.equals("constant")) {
                    builder.defineGate(g, GateKind.NULL, 0, constant(f));
                } else {
                    Object[] kk = connective(f, d.scope);
                    builder.defineGate(g, (GateKind) kk[0], (Integer) kk[1], (int[]) kk[2]);
                }
            } catch (IllegalArgumentException e) {
                throw f.error(e.getMessage());
            }
            return g;
        }

        private int constant(El f) throws MefException {
            f.allowAttrs("value");
            return builder.constant(bool(f, f.attr("value")));
        }

        private static boolean bool(El f, String v) throws MefException {
            return switch (v) {
                case "true" -> true;
                case "false" -> false;
                default -> throw f.error("expected true or false, got '" + v + "'");
            };
        }

        /** @return {kind, k, inputs} */
        private Object[] connective(El f, String scope) throws MefException {
            GateKind kind = switch (f.name) {
                case "and" -> GateKind.AND;
                case "or" -> GateKind.OR;
                case "not" -> GateKind.NOT;
                case "xor" -> GateKind.XOR;
                case "nand" -> GateKind.NAND;
                case "nor" -> GateKind.NOR;
                case "atleast" -> GateKind.ATLEAST;
                case "null" -> GateKind.NULL;
                default -> throw f.error("unsupported formula (supported: and, or, not, xor, nand, nor, atleast, "
                        + "null, constant, gate, basic-event, house-event, event)");
            };
            int k = 0;
            if (kind == GateKind.ATLEAST) {
                f.allowAttrs("min");
                k = integer(f, f.attr("min"));
            } else {
                f.allowAttrs();
            }
            f.noText();
            int[] in = new int[f.children.size()];
            for (int i = 0; i < in.length; i++) {
                in[i] = formula(f.children.get(i), scope);
            }
            if (in.length < kind.minArity() || in.length > kind.maxArity()) {
                throw f.error(kind + " needs " + (kind.minArity() == kind.maxArity() ? "exactly "
                        + kind.minArity() : "at least " + kind.minArity()) + " argument(s), got " + in.length);
            }
            if (kind == GateKind.ATLEAST && (k < 1 || k > in.length)) {
                throw f.error("min=" + k + " must be between 1 and the number of arguments (" + in.length + ")");
            }
            return new Object[] {kind, k, in};
        }

        private int formula(El f, String scope) throws MefException {
            if (isReference(f)) {
                return reference(f, scope);
            }
            if (f.name.equals("constant")) {
                return constant(f);
            }
            Object[] kk = connective(f, scope);
            GateKind kind = (GateKind) kk[0];
            try {
                return kind == GateKind.ATLEAST ? builder.atLeast((Integer) kk[1], (int[]) kk[2])
                        : builder.gate(kind, (int[]) kk[2]);
            } catch (IllegalArgumentException e) {
                throw f.error(e.getMessage());
            }
        }

        private int reference(El f, String scope) throws MefException {
            Def d = resolve(f, scope);
            return switch (d.kind) {
                case GATE -> gate(d.key);
                case HOUSE -> houseEvent(d.el);
                case BASIC -> basicEvent(d.key, d.el, d.scope);
                case CCF_MEMBER -> ccfMember(d.key, d.group, d.scope);
            };
        }

        private int houseEvent(El def) throws MefException {
            boolean value = false;
            int seen = 0;
            for (El c : def.children) {
                switch (c.name) {
                    case "label", "attributes" -> {
                    }
                    case "constant" -> {
                        c.allowAttrs("value");
                        value = bool(c, c.attr("value"));
                        seen++;
                    }
                    default -> throw c.error("unsupported house-event value (only constant is supported)");
                }
            }
            if (seen > 1) {
                throw def.error("house event has more than one value");
            }
            return builder.constant(value);
        }

        private int basicEvent(String name, El def, String scope) throws MefException {
            int before = builder.variableCount();
            int ref = builder.variable(name);
            boolean isNew = builder.variableCount() > before;
            if (isNew) {
                int v = StructureFunction.index(ref);
                El expr = null;
                String label = "";
                def.noText();
                for (El c : def.children) {
                    if (c.name.equals("label")) {
                        label = c.text.toString().trim();
                    } else if (!c.name.equals("attributes")) {
                        if (expr != null) {
                            throw c.error("a basic event has at most one expression");
                        }
                        expr = c;
                    }
                }
                if (expr == null) {
                    throw def.error("basic event '" + name + "' has no probability expression");
                }
                variableProbability.put(v, probability(expr, scope));
                variableDescription.put(v, label);
            }
            return ref;
        }

        private double probability(El expr, String scope) throws MefException {
            double p = eval(expr, scope);
            if (!(p >= 0.0 && p <= 1.0)) {
                throw expr.error("probability " + p + " is not in [0, 1]");
            }
            return p;
        }

        /** Member of a beta-factor group: {@code [m] OR [m1 m2 ...]}. */
        private int ccfMember(String name, El group, String scope) throws MefException {
            Integer cached = memberRefs.get(name);
            if (cached != null) {
                return cached;
            }
            El members = findChild(group, "members");
            double q = probability(single(findChild(group, "distribution")), scope);
            double beta = eval(single(findChild(group, "factor")), scope);
            if (!(beta >= 0.0 && beta <= 1.0)) {
                throw findChild(group, "factor").error("beta factor " + beta + " is not in [0, 1]");
            }
            StringBuilder common = new StringBuilder("[");
            for (El m : members.children) {
                common.append(common.length() > 1 ? " " : "").append(m.attr("name"));
            }
            common.append(']');
            int c = newVariable(common.toString(), beta * q, group);
            int own = newVariable("[" + name + "]", (1.0 - beta) * q, group);
            int ref = builder.gate(GateKind.OR, own, c);
            memberRefs.put(name, ref);
            return ref;
        }

        private int newVariable(String name, double p, El group) throws MefException {
            int before = builder.variableCount();
            int ref = builder.variable(name);
            boolean isNew = builder.variableCount() > before;
            if (isNew) {
                if (events.containsKey(name)) {
                    throw group.error("CCF event name '" + name + "' clashes with a defined event");
                }
                variableProbability.put(StructureFunction.index(ref), p);
            }
            return ref;
        }

        // ---- expressions

        private static int integer(El f, String v) throws MefException {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw f.error("not an integer: '" + v + "'");
            }
        }

        private static double number(El f) throws MefException {
            f.allowAttrs("value");
            String v = f.attr("value");
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw f.error("not a finite number: '" + v + "'");
                }
                return d;
            } catch (NumberFormatException e) {
                throw f.error("not a number: '" + v + "'");
            }
        }

        private double[] args(El e, int min, int max, String scope) throws MefException {
            e.noText();
            int n = e.children.size();
            if (n < min || n > max) {
                throw e.error("expected " + (min == max ? "" + min : min + " to " + max) + " arguments, got " + n);
            }
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = eval(e.children.get(i), scope);
            }
            return a;
        }

        private double eval(El e, String scope) throws MefException {
            if (!e.name.equals("parameter")) {
                e.allowAttrs(e.name.equals("float") || e.name.equals("int") || e.name.equals("bool")
                        ? new String[] {"value"} : new String[0]);
            }
            switch (e.name) {
                case "float":
                    return number(e);
                case "int":
                    return integer(e, e.attr("value"));
                case "bool":
                    return bool(e, e.attr("value")) ? 1.0 : 0.0;
                case "system-mission-time":
                    missionTimeUsed = true;
                    return settings.missionTime();
                case "parameter": {
                    e.allowAttrs("name", "unit");
                    return parameter(e, e.attr("name"), scope);
                }
                case "exponential": {
                    double[] a = args(e, 2, 2, scope);
                    return -Math.expm1(-a[0] * a[1]);
                }
                case "GLM": {
                    double[] a = args(e, 4, 4, scope);
                    double gamma = a[0];
                    double lambda = a[1];
                    double mu = a[2];
                    double t = a[3];
                    double s = lambda + mu;
                    if (s == 0.0) {
                        return gamma;
                    }
                    return (lambda - (lambda - gamma * s) * Math.exp(-s * t)) / s;
                }
                case "Weibull": {
                    double[] a = args(e, 4, 4, scope);
                    double alpha = a[0];
                    double beta = a[1];
                    double t0 = a[2];
                    double t = a[3];
                    if (t <= t0) {
                        return 0.0;
                    }
                    return -Math.expm1(-Math.pow((t - t0) / alpha, beta));
                }
                case "periodic-test": {
                    if (e.children.size() != 4) {
                        throw e.error("only the 4-argument form (lambda, tau, theta, t) is supported, got "
                                + e.children.size() + " arguments");
                    }
                    double[] a = args(e, 4, 4, scope);
                    double lambda = a[0];
                    double tau = a[1];
                    double theta = a[2];
                    double t = a[3];
                    if (t <= theta) {
                        return -Math.expm1(-lambda * t);
                    }
                    double delta = t - theta;
                    double sinceTest = delta - Math.floor(delta / tau) * tau;
                    return -Math.expm1(-lambda * sinceTest);
                }
                case "uniform-deviate": {
                    double[] a = args(e, 2, 2, scope);
                    return (a[0] + a[1]) / 2.0;
                }
                case "normal-deviate": {
                    return args(e, 2, 2, scope)[0];
                }
                case "lognormal-deviate": {
                    double[] a = args(e, 2, 3, scope);
                    return a.length == 3 ? a[0] : Math.exp(a[0] + a[1] * a[1] / 2.0);
                }
                case "add": {
                    double s = 0.0;
                    for (double x : args(e, 1, Integer.MAX_VALUE, scope)) {
                        s += x;
                    }
                    return s;
                }
                case "mul": {
                    double s = 1.0;
                    for (double x : args(e, 1, Integer.MAX_VALUE, scope)) {
                        s *= x;
                    }
                    return s;
                }
                case "sub": {
                    double[] a = args(e, 1, Integer.MAX_VALUE, scope);
                    double s = a[0];
                    for (int i = 1; i < a.length; i++) {
                        s -= a[i];
                    }
                    return s;
                }
                case "div": {
                    double[] a = args(e, 2, Integer.MAX_VALUE, scope);
                    double s = a[0];
                    for (int i = 1; i < a.length; i++) {
                        if (a[i] == 0.0) {
                            throw e.error("division by zero");
                        }
                        s /= a[i];
                    }
                    return s;
                }
                case "neg":
                    return -args(e, 1, 1, scope)[0];
                default:
                    throw e.error("unsupported expression (supported: float, int, bool, parameter, "
                            + "system-mission-time, exponential, GLM, Weibull, periodic-test, add, sub, mul, div, "
                            + "neg, uniform-deviate, normal-deviate, lognormal-deviate)");
            }
        }

        private double parameter(El ref, String name, String scope) throws MefException {
            String key = name;
            for (String s = scope; !s.isEmpty(); s = s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : "") {
                if (parameters.containsKey(s + "." + name)) {
                    key = s + "." + name;
                    break;
                }
            }
            Double v = parameterValues.get(key);
            if (v != null) {
                return v;
            }
            El def = parameters.get(key);
            if (def == null) {
                throw ref.error("undefined parameter '" + name + "'");
            }
            if (!evaluating.add(key)) {
                throw ref.error("parameter '" + name + "' is defined in terms of itself");
            }
            El expr = null;
            def.noText();
            for (El c : def.children) {
                if (c.name.equals("label") || c.name.equals("attributes")) {
                    continue;
                }
                if (expr != null) {
                    throw c.error("a parameter has exactly one expression");
                }
                expr = c;
            }
            if (expr == null) {
                throw def.error("parameter '" + name + "' has no expression");
            }
            double value = eval(expr, parameterScope.get(def));
            evaluating.remove(key);
            parameterValues.put(key, value);
            return value;
        }
    }
}
