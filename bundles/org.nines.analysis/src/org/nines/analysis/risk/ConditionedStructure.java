package org.nines.analysis.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nines.analysis.bdd.CompiledStructure;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.system.BasicEvent;
import org.nines.analysis.system.ComponentSnapshot;
import org.nines.analysis.system.StandbyMarkov;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Component;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;

/**
 * Exact probability that the service is down while a given set of components is down: the snapshot's structure
 * function evaluated with the basic events conditioned on the set.
 *
 * <p>Conditioning, event by event: a component's own event is certain (probability 1) when the component is down; a
 * common-cause event is certain when all its members are down (it then no longer matters) and unchanged otherwise
 * (one member being down does not make the common cause happen); a standby group is certain when all its members
 * are down, and when only some are, its Markov model ({@link StandbyMarkov}) is solved again with the remaining
 * members in their switch-over order (steady state of the reduced group: the outage is assumed long against the
 * group's own switch-over and repair times). Every other event keeps its unconditional probability; events stay
 * independent, so the BDD probability is exact for the conditioned system.
 */
public final class ConditionedStructure {
    private final SystemSnapshot snapshot;
    private final Map<String, ComponentSnapshot> components = new HashMap<>();
    private final Map<String, StandbyGroup> standbyGroups = new HashMap<>();
    private CompiledStructure compiled;
    /** Lookups shared by every risk of a register (built once, not per risk). */
    private final Map<String, String> labels = new HashMap<>();
    private final Set<String> used = new java.util.HashSet<>();
    private final Map<String, BasicEvent> eventsByKey = new HashMap<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();
    /** Component id to the indices of the events that involve it (the only events its being down can change). */
    private final Map<String, int[]> eventsOfComponent = new HashMap<>();
    /** Unconditional probabilities, indexed like the structure's variables (never modified). */
    private final double[] unconditional;
    /** P(service down | set down) per set already evaluated: risks with identical affected sets cost one evaluation. */
    private final Map<Set<String>, Double> downProbabilities = new HashMap<>();

    public ConditionedStructure(SystemModel model, SystemSnapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.components().forEach(c -> components.put(c.id(), c));
        snapshot.components().forEach(c -> labels.put(c.id(), c.label()));
        List<BasicEvent> events = snapshot.events();
        unconditional = new double[events.size()];
        Map<String, List<Integer>> involving = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            BasicEvent e = events.get(i);
            eventsByKey.put(e.key(), e);
            indexByKey.put(e.key(), i);
            unconditional[i] = e.unavailability();
            if (e.kind() != BasicEvent.Kind.COMMON_CAUSE) {
                used.addAll(e.componentIds());
            }
            for (String id : Set.copyOf(e.componentIds())) {
                involving.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
        }
        involving.forEach((id, list) -> eventsOfComponent.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
        for (Diagram d : model.getDiagrams()) {
            for (DiagramNode n : d.getNodes()) {
                if (n instanceof StandbyGroup g) {
                    standbyGroups.put("standby:" + g.getId(), g);
                }
            }
        }
    }

    SystemSnapshot snapshot() {
        return snapshot;
    }

    /** Component id to display label. */
    Map<String, String> labels() {
        return labels;
    }

    /** Components some non-common-cause event involves (those the analysed service uses). */
    Set<String> used() {
        return used;
    }

    /** Event key to event. */
    Map<String, BasicEvent> eventsByKey() {
        return eventsByKey;
    }

    /** Event key to its index in the structure's variables. */
    Map<String, Integer> indexByKey() {
        return indexByKey;
    }

    /** @return whether the event is certain when {@code down} are down (all its components are in the set) */
    static boolean forced(BasicEvent event, Set<String> down) {
        return !event.componentIds().isEmpty() && down.containsAll(event.componentIds());
    }

    /**
     * @return sorted indices of the events that involve a component of {@code down}: the only events whose
     *         conditioned probability can differ from the unconditional one
     */
    int[] touchedEvents(Set<String> down) {
        return down.stream().map(eventsOfComponent::get).filter(java.util.Objects::nonNull).flatMapToInt(Arrays::stream)
                .distinct().sorted().toArray();
    }

    /**
     * @return the conditioned probabilities of the events, indexed like the structure's variables: the unconditional
     *         ones with only the {@linkplain #touchedEvents touched events} conditioned
     */
    double[] probabilities(Set<String> down) {
        double[] p = unconditional.clone();
        for (int i : touchedEvents(down)) {
            p[i] = conditioned(snapshot.events().get(i), down);
        }
        return p;
    }

    /** The same by conditioning every event in turn (the reference the faster {@link #probabilities} must equal). */
    double[] probabilitiesByFullScan(Set<String> down) {
        List<BasicEvent> events = snapshot.events();
        double[] p = new double[events.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = conditioned(events.get(i), down);
        }
        return p;
    }

    private double conditioned(BasicEvent e, Set<String> down) {
        if (forced(e, down)) {
            return 1;
        } else if (e.kind() == BasicEvent.Kind.STANDBY_GROUP && e.componentIds().stream().anyMatch(down::contains)) {
            return reducedStandby(e, down);
        }
        return e.unavailability();
    }

    /**
     * @return P(service down | every component in {@code down} is down); the BDD is compiled once and re-evaluated
     *         with the conditioned probabilities, so a register of many risks costs one compilation, and sets
     *         already evaluated are answered from a cache (risks with identical affected sets cost one evaluation)
     */
    public double serviceDownProbability(Set<String> down) {
        return serviceDownProbability(down, null);
    }

    /** The same, with the conditioned probabilities already computed by {@link #probabilities} (or null). */
    double serviceDownProbability(Set<String> down, double[] conditionedProbabilities) {
        Set<String> key = Set.copyOf(down);
        Double known = downProbabilities.get(key);
        if (known != null) {
            return known;
        }
        if (compiled == null) {
            compiled = FaultTreeAnalysis.compile(snapshot.structure());
        }
        double p = compiled.probability(conditionedProbabilities != null ? conditionedProbabilities : probabilities(down))[0];
        downProbabilities.put(key, p);
        return p;
    }

    private double reducedStandby(BasicEvent event, Set<String> down) {
        StandbyGroup group = standbyGroups.get(event.key());
        if (group == null) {
            throw new IllegalStateException("standby group of event " + event.key() + " not found in the model");
        }
        List<double[]> rates = new ArrayList<>();
        for (Component member : group.getMembers()) {
            if (!down.contains(member.getId())) {
                ComponentSnapshot c = components.get(member.getId());
                rates.add(new double[] { 1 / c.failure().mean(), c.repair() == null ? 0 : 1 / c.repair().mean() });
            }
        }
        double dormant = switch (group.getMode()) {
            case COLD -> 0;
            case HOT -> 1;
            case WARM -> group.getDormantFactor();
        };
        double[] lambda = rates.stream().mapToDouble(r -> r[0]).toArray();
        double[] mu = rates.stream().mapToDouble(r -> r[1]).toArray();
        return new StandbyMarkov(lambda, mu, dormant, group.getSwitchoverHours(), group.getSwitchFailureProbability())
                .solve(snapshot.missionHours()).unavailability();
    }
}
