package org.nines.analysis.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nines.analysis.Availability;
import org.nines.analysis.exact.CutSet;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.exact.FaultTreeResult;
import org.nines.analysis.exact.Importance;

/**
 * Exact availability analysis of a system snapshot: one BDD pass for the unavailability and every importance
 * measure, minimal cut sets from the same BDD, and the outage frequency from the Birnbaum importances
 * (w = sum_i B_i w_i, exact for coherent systems of independent events; Schneeweiss 1981, Barlow &amp; Proschan 1975).
 * Deterministic; never modifies its input.
 */
public final class AvailabilityAnalysis {
    /** Cut-set limits: highest order, lowest probability and largest count reported. */
    /**
     * @param subsystems whether to compute each diagram's own unavailability ({@link AvailabilityResult#diagramUnavailability};
     *        one BDD per sub-diagram): only where it is shown (the workbench's diagram, {@code analyze})
     */
    public record Options(int cutSetOrderLimit, double cutSetCutoff, int maxCutSets, boolean subsystems) {
        /** Cut sets of order 6 or less (at most 1,000); no sub-system figures. */
        public static Options defaults() {
            return new Options(6, 0.0, 1000, false);
        }

        /** The headline figures and importance only (no cut sets, no sub-system figures). */
        public static Options noCutSets() {
            return new Options(0, 0.0, 0, false);
        }

        /** @return these options with each sub-system's unavailability computed too */
        public Options withSubsystems() {
            return new Options(cutSetOrderLimit, cutSetCutoff, maxCutSets, true);
        }
    }

    private AvailabilityAnalysis() {
    }

    public static AvailabilityResult analyze(SystemSnapshot snapshot, Options options) {
        long started = System.nanoTime();
        FaultTreeResult exact = FaultTreeAnalysis.analyze(snapshot.structure(), snapshot.unavailabilities(),
                new FaultTreeAnalysis.Options(true, options.cutSetOrderLimit(), options.cutSetCutoff(), options.maxCutSets()));
        double q = exact.topEventProbability();
        double period = snapshot.periodHours();
        List<BasicEvent> events = snapshot.events();
        double frequencyPerHour = 0;
        for (int i = 0; i < events.size(); i++) {
            frequencyPerHour += exact.importance().get(i).birnbaum() * events.get(i).failuresPerHour();
        }
        double downtimePerYear = q * period;
        List<EventResult> eventResults = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            BasicEvent event = events.get(i);
            Importance m = exact.importance().get(i);
            eventResults.add(new EventResult(event.key(), event.label(), event.kind(), event.unavailability(),
                    event.failuresPerHour() * period, m.birnbaum(), m.criticality(), m.fussellVesely(), m.raw(), m.rrw(),
                    m.fussellVesely() * downtimePerYear));
        }
        Map<String, String> labels = new HashMap<>();
        events.forEach(e -> labels.put(e.key(), e.label()));
        List<CutSetResult> cutSets = exact.minimalCutSets().stream()
                .map(c -> new CutSetResult(c.names().stream().map(labels::get).toList(), c.names(), c.probability())).toList();
        List<String> spofs = exact.minimalCutSets().stream().filter(c -> c.order() == 1)
                .map(CutSet::names).map(n -> labels.get(n.get(0))).toList();
        boolean exactReliability = snapshot.allNonRepairable();
        double reliability = exactReliability ? 1 - q : Math.exp(-frequencyPerHour * snapshot.missionHours());
        Map<String, Double> diagrams = options.subsystems() ? diagramUnavailability(snapshot, q) : Map.of();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new AvailabilityResult(snapshot.name(), snapshot.currency(), snapshot.missionHours(), period, 1 - q, q,
                downtimePerYear, Availability.nines(1 - q), frequencyPerHour * period,
                frequencyPerHour > 0 ? (1 - q) / frequencyPerHour : Double.POSITIVE_INFINITY,
                frequencyPerHour > 0 ? q / frequencyPerHour : 0, reliability, exactReliability,
                downtimePerYear * snapshot.downtimeCostPerHour(), eventResults, cutSets, exact.cutSetsTruncated(), spofs,
                exact.bddNodeCount(), seconds, diagrams);
    }

    /**
     * The unavailability of every diagram the top uses, each on its own: the exact probability of its failure node
     * (one BDD per sub-diagram; the top diagram's is {@code q}).
     */
    private static Map<String, Double> diagramUnavailability(SystemSnapshot snapshot, double q) {
        Map<String, Double> result = new java.util.LinkedHashMap<>();
        double[] p = snapshot.unavailabilities();
        int top = snapshot.structure().top();
        snapshot.diagramFailures().forEach((id, ref) -> result.put(id, ref == top ? q
                : FaultTreeAnalysis.analyze(snapshot.structure().withTop(ref), p, FaultTreeAnalysis.Options.probabilityOnly())
                        .topEventProbability()));
        return result;
    }
}
