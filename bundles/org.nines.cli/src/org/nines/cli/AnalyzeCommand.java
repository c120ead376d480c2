package org.nines.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.nines.model.SystemModel;
import org.nines.analysis.bdd.DirectCutSets;
import org.nines.analysis.bdd.IndexCutSet;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.exact.FaultTreeResult;
import org.nines.analysis.exact.Importance;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.AvailabilityJson;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.CutSetResult;
import org.nines.analysis.system.EventResult;
import org.nines.analysis.system.Json;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.analysis.structure.StructureFunction;
import org.nines.io.mef.MefException;
import org.nines.io.mef.MefModel;
import org.nines.io.mef.MefReader;

/**
 * {@code nines analyze FILE... [--json] [--mission-time HOURS] [--cut-sets N] [--no-cut-sets] [--approximate K]}: exact
 * analysis of a Nines model, or of a fault tree given as one or more Open-PSA MEF files; with {@code --approximate},
 * the minimal cut sets of order at most K and the approximations they give, for trees too large for an exact BDD.
 */
final class AnalyzeCommand {
    private static final int DEFAULT_CUT_SETS = 20;
    private static final int MAX_APPROXIMATION_ORDER = 64;
    private final PrintStream out;
    private final PrintStream err;
    private boolean json;
    private boolean probabilityOnly;
    private Double missionHours;
    private int cutSets = DEFAULT_CUT_SETS;
    private Integer approximateOrder;
    private final List<String> files = new ArrayList<>();

    AnalyzeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        parse(arguments);
        boolean model = files.size() == 1 && files.get(0).endsWith(".nines");
        if (!model && files.stream().anyMatch(f -> f.endsWith(".nines"))) {
            throw new UsageException("give one .nines model, or one or more Open-PSA MEF files, not a mix");
        }
        if (approximateOrder != null) {
            return model ? approximateModel(files.get(0)) : approximateMef();
        }
        return model ? analyzeModel(files.get(0)) : analyzeMef();
    }

    private void parse(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--no-cut-sets" -> cutSets = 0;
                case "--probability-only" -> {
                    probabilityOnly = true;
                    cutSets = 0;
                }
                case "--mission-time" -> missionHours = Args.positive(a, Args.value(arguments, ++i, a));
                case "--cut-sets" -> cutSets = (int) Math.min(Integer.MAX_VALUE, Args.wholeNumber(a, Args.value(arguments, ++i, a), 1));
                case "--approximate" -> {
                    long order = Args.wholeNumber(a, Args.value(arguments, ++i, a), 1);
                    if (order > MAX_APPROXIMATION_ORDER) {
                        throw new UsageException(a + " needs a cut-set order from 1 to " + MAX_APPROXIMATION_ORDER
                                + ", got " + order);
                    }
                    approximateOrder = (int) order;
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    files.add(a);
                }
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("expects a model file or MEF files, e.g. nines analyze examples/web-cluster.nines");
        }
        if (approximateOrder != null && probabilityOnly) {
            throw new UsageException("--approximate gives cut sets and approximations, not the exact probability: leave"
                    + " out --probability-only");
        }
    }

    private int analyzeModel(String file) {
        SystemModel model = ModelInput.loadValid(file, err, "not analysed");
        if (model == null) {
            return Main.USAGE;
        }
        double mission = missionHours != null ? missionHours : model.getMissionTimeHours();
        AvailabilityAnalysis.Options options = cutSets == 0 ? new AvailabilityAnalysis.Options(0, 0.0, 0, true)
                : new AvailabilityAnalysis.Options(6, 0.0, cutSets, true);
        AvailabilityResult result = AvailabilityAnalysis.analyze(SnapshotBuilder.of(model, mission), options);
        if (json) {
            out.println(AvailabilityJson.of(result));
        } else {
            new Report(out).print(result);
        }
        return Main.OK;
    }

    private int analyzeMef() {
        MefModel mef = readMef();
        if (mef == null) {
            return Main.USAGE;
        }
        FaultTreeResult result = FaultTreeAnalysis.analyze(mef.structure(), mef.probabilities(), probabilityOnly
                ? FaultTreeAnalysis.Options.probabilityOnly()
                : new FaultTreeAnalysis.Options(true, cutSets == 0 ? 0 : 6, 0.0, cutSets));
        if (json) {
            out.println(mefJson(mef, result));
        } else {
            printMef(mef, result);
        }
        return Main.OK;
    }

    /** @return the MEF files read, or null after saying on stderr why they could not be */
    private MefModel readMef() {
        try {
            MefReader.Settings settings = MefReader.Settings.defaults();
            if (missionHours != null) {
                settings = settings.withMissionTime(missionHours);
            }
            return MefReader.read(settings, files.stream().map(Path::of).toArray(Path[]::new));
        } catch (MefException e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println("cannot read " + String.join(", ", files) + ": " + e.getMessage());
        }
        return null;
    }

    private int approximateMef() {
        MefModel mef = readMef();
        if (mef == null) {
            return Main.USAGE;
        }
        StructureFunction sf = mef.structure();
        DirectCutSets.Result r = approximate(sf, mef.probabilities());
        new Approximation(out, r, sf::variableName).print("Fault tree " + mef.topGate(), mef.basicEvents().size(),
                json, "topGate", mef.topGate());
        return Main.OK;
    }

    private int approximateModel(String file) {
        SystemModel model = ModelInput.loadValid(file, err, "not analysed");
        if (model == null) {
            return Main.USAGE;
        }
        SystemSnapshot snapshot = SnapshotBuilder.of(model, missionHours != null ? missionHours : model.getMissionTimeHours());
        DirectCutSets.Result r = approximate(snapshot.structure(), snapshot.unavailabilities());
        new Approximation(out, r, i -> snapshot.events().get(i).label()).print(snapshot.name(), snapshot.events().size(),
                json, "model", snapshot.name());
        return Main.OK;
    }

    /** The approximation, or an input error naming the files (a tree that is not coherent, sets beyond memory). */
    private DirectCutSets.Result approximate(StructureFunction sf, double[] probabilities) {
        try {
            return FaultTreeAnalysis.approximate(sf, probabilities, approximateOrder, cutSets);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.join(", ", files) + ": " + e.getMessage(), e);
        }
    }

    /** Report and JSON of a cut-set approximation; every figure is labelled as an approximation. */
    private record Approximation(PrintStream out, DirectCutSets.Result r, IntFunction<String> name) {
        void print(String title, int events, boolean json, String nameKey, String nameValue) {
            if (json) {
                out.println(json(nameKey, nameValue));
                return;
            }
            out.printf(Locale.ROOT, "%s: %d basic events%n", title, events);
            out.printf(Locale.ROOT, "  Approximation from the %,d minimal cut sets of order %d or less, computed without a BDD;"
                    + "%n  sets of higher order are left out, so these are not exact figures%n", r.count(), r.orderLimit());
            out.printf(Locale.ROOT, "  Rare-event approximation  %.6g%n", r.rareEvent());
            out.printf(Locale.ROOT, "  Min-cut upper bound       %s%n", Double.isNaN(r.minCutUpperBound())
                    ? "not computed (more than " + DirectCutSets.MAX_ENUMERATED + " cut sets)"
                    : String.format(Locale.ROOT, "%.6g", r.minCutUpperBound()));
            out.printf(Locale.ROOT, "  Cut sets by order         %s%n", byOrder());
            if (!r.mostProbable().isEmpty()) {
                out.println("Most probable minimal cut sets:");
                r.mostProbable().forEach(c -> out.printf(Locale.ROOT, "  %.4g  %s%n", c.probability(),
                        String.join(" + ", names(c))));
            }
            List<Integer> ranked = byFussellVesely();
            if (!ranked.isEmpty()) {
                out.println("Largest shares of the approximation (Fussell-Vesely over these cut sets):");
                ranked.stream().limit(10).forEach(v -> out.printf(Locale.ROOT, "  %-40s FV %.4f%n", name.apply(v),
                        r.fussellVesely()[v]));
            }
            out.printf(Locale.ROOT, "Computed in %.3f s (%,d ZBDD nodes)%n", r.seconds(), r.zbddNodes());
        }

        private String byOrder() {
            long[] c = r.countByOrder();
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < c.length; k++) {
                if (c[k] > 0) {
                    parts.add(k + ": " + String.format(Locale.ROOT, "%,d", c[k]));
                }
            }
            return parts.isEmpty() ? "none" : String.join(", ", parts);
        }

        /** Variables with a share, largest first, then by index. */
        private List<Integer> byFussellVesely() {
            double[] fv = r.fussellVesely();
            return java.util.stream.IntStream.range(0, fv.length).filter(v -> fv[v] > 0).boxed()
                    .sorted(Comparator.comparingDouble((Integer v) -> fv[v]).reversed()).toList();
        }

        private List<String> names(IndexCutSet c) {
            return Arrays.stream(c.variables()).mapToObj(name).toList();
        }

        private String json(String nameKey, String nameValue) {
            Json json = new Json().beginObject();
            json.name(nameKey).value(nameValue);
            json.name("approximation").value("minimal cut sets of order " + r.orderLimit() + " or less, no BDD");
            json.name("orderLimit").value(r.orderLimit());
            json.name("cutSetCount").value(r.count());
            json.name("cutSetsByOrder").beginArray();
            for (long c : r.countByOrder()) {
                json.value(c);
            }
            json.endArray();
            json.name("rareEvent").value(r.rareEvent());
            json.name("minCutUpperBound").value(r.minCutUpperBound());
            json.name("minimalCutSets").beginArray();
            r.mostProbable().forEach(c -> json.strings(names(c)));
            json.endArray();
            json.name("minimalCutSetProbabilities").beginArray();
            r.mostProbable().forEach(c -> json.value(c.probability()));
            json.endArray();
            json.name("importance").beginArray();
            double[] fv = r.fussellVesely();
            for (int v : byFussellVesely()) {
                json.beginObject().name("component").value(name.apply(v)).name("fussellVesely").value(fv[v]).endObject();
            }
            json.endArray();
            json.name("zbddNodes").value(r.zbddNodes());
            json.name("seconds").value(r.seconds());
            return json.endObject().toString();
        }
    }

    private static String mefJson(MefModel mef, FaultTreeResult r) {
        double q = r.topEventProbability();
        Json json = new Json().beginObject();
        json.name("topGate").value(mef.topGate());
        json.name("topEventProbability").value(q);
        json.name("unavailability").value(q);
        json.name("availability").value(1 - q);
        json.name("nines").value(q > 0 ? -Math.log10(q) : Double.POSITIVE_INFINITY);
        json.name("downtimeHoursPerYear").value(q * org.nines.analysis.Availability.HOURS_PER_YEAR);
        json.name("singlePointsOfFailure").strings(r.minimalCutSets().stream().filter(c -> c.order() == 1)
                .map(c -> c.names().get(0)).toList());
        json.name("minimalCutSets").beginArray();
        r.minimalCutSets().forEach(c -> json.strings(c.names()));
        json.endArray();
        json.name("cutSetsTruncated").value(r.cutSetsTruncated());
        json.name("importance").beginArray();
        for (Importance m : r.importance()) {
            json.beginObject().name("component").value(m.name()).name("probability").value(m.probability())
                    .name("birnbaum").value(m.birnbaum()).name("criticality").value(m.criticality())
                    .name("fussellVesely").value(m.fussellVesely()).name("raw").value(m.raw()).name("rrw").value(m.rrw())
                    .name("dif").value(m.dif()).endObject();
        }
        json.endArray();
        json.name("bddNodes").value(r.bddNodeCount());
        json.name("seconds").value(r.analysisSeconds());
        return json.endObject().toString();
    }

    private void printMef(MefModel mef, FaultTreeResult r) {
        out.printf(Locale.ROOT, "Fault tree %s: %d basic events%n", mef.topGate(), mef.basicEvents().size());
        out.printf(Locale.ROOT, "  Top event probability  %.6g%n", r.topEventProbability());
        if (!r.minimalCutSets().isEmpty()) {
            out.println("Most probable minimal cut sets:");
            r.minimalCutSets().stream().limit(cutSets).forEach(c ->
                    out.printf(Locale.ROOT, "  %.4g  %s%n", c.probability(), String.join(" + ", c.names())));
        }
        if (r.importance().isEmpty()) {
            out.printf(Locale.ROOT, "Analysed in %.3f s (%d BDD nodes)%n", r.analysisSeconds(), r.bddNodeCount());
            return;
        }
        out.println("Importance (largest Birnbaum first):");
        r.importance().stream().sorted(Comparator.comparingDouble(Importance::birnbaum).reversed()).limit(10)
                .forEach(m -> out.printf(Locale.ROOT, "  %-24s Birnbaum %.4g  criticality %.4g  RAW %.4g  RRW %.4g%n",
                        m.name(), m.birnbaum(), m.criticality(), m.raw(), m.rrw()));
        out.printf(Locale.ROOT, "Analysed in %.3f s (%d BDD nodes)%n", r.analysisSeconds(), r.bddNodeCount());
    }

    /** The human-readable report of an availability result. */
    private record Report(PrintStream out) {
        void print(AvailabilityResult r) {
            out.println(r.modelName());
            out.printf(Locale.ROOT, "  Availability           %s (%.2f nines)%n", Formats.percent(r.availability()), r.nines());
            out.printf(Locale.ROOT, "  Downtime per year      %s%n", Formats.duration(r.downtimeHoursPerYear()));
            out.printf(Locale.ROOT, "  Outages per year       %.4g%n", r.failuresPerYear());
            out.printf(Locale.ROOT, "  MTBF                   %s%n", Formats.duration(r.mtbfHours()));
            out.printf(Locale.ROOT, "  Mean outage duration   %s%n", Formats.duration(r.meanDowntimeHours()));
            out.printf(Locale.ROOT, "  Reliability (%s)%s %.6f%s%n", Formats.duration(r.missionHours()), pad(r.missionHours()),
                    r.reliability(), r.reliabilityExact() ? "" : " (constant-rate approximation)");
            out.printf(Locale.ROOT, "  Downtime cost per year %,.0f %s%n", r.downtimeCostPerYear(), r.currency());
            out.println(r.singlePointsOfFailure().isEmpty() ? "No single point of failure."
                    : "Single points of failure: " + String.join(", ", r.singlePointsOfFailure()));
            if (!r.minimalCutSets().isEmpty()) {
                out.println("Most probable minimal cut sets:");
                for (CutSetResult c : r.minimalCutSets()) {
                    out.printf(Locale.ROOT, "  %.4g  %s%n", c.probability(), String.join(" + ", c.labels()));
                }
            }
            out.println("Largest contributions to downtime (Fussell-Vesely):");
            r.events().stream().sorted(Comparator.comparingDouble(EventResult::fussellVesely).reversed()).limit(10)
                    .forEach(e -> out.printf(Locale.ROOT, "  %-40s FV %.4f  %s/yr  RAW %.4g%n", e.label(), e.fussellVesely(),
                            Formats.duration(e.downtimeHoursPerYear()), e.raw()));
            out.printf(Locale.ROOT, "Analysed in %.3f s (%d BDD nodes)%n", r.seconds(), r.bddNodes());
        }

        private static String pad(double missionHours) {
            return " ".repeat(Math.max(0, 9 - Formats.duration(missionHours).length()));
        }

    }
}
