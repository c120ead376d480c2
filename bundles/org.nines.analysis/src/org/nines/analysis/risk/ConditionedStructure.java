package org.nines.analysis.risk;

import java.util.ArrayList;
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

    public ConditionedStructure(SystemModel model, SystemSnapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.components().forEach(c -> components.put(c.id(), c));
        snapshot.components().forEach(c -> labels.put(c.id(), c.label()));
        for (int i = 0; i < snapshot.events().size(); i++) {
            BasicEvent e = snapshot.events().get(i);
            eventsByKey.put(e.key(), e);
            indexByKey.put(e.key(), i);
            if (e.kind() != BasicEvent.Kind.COMMON_CAUSE) {
                used.addAll(e.componentIds());
            }
        }
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

    /** @return the conditioned probabilities of the events, indexed like the structure's variables */
    double[] probabilities(Set<String> down) {
        List<BasicEvent> events = snapshot.events();
        double[] p = new double[events.size()];
        for (int i = 0; i < p.length; i++) {
            BasicEvent e = events.get(i);
            if (forced(e, down)) {
                p[i] = 1;
            } else if (e.kind() == BasicEvent.Kind.STANDBY_GROUP && e.componentIds().stream().anyMatch(down::contains)) {
                p[i] = reducedStandby(e, down);
            } else {
                p[i] = e.unavailability();
            }
        }
        return p;
    }

    /**
     * @return P(service down | every component in {@code down} is down); the BDD is compiled once and re-evaluated
     *         with the conditioned probabilities, so a register of many risks costs one compilation
     */
    public double serviceDownProbability(Set<String> down) {
        if (compiled == null) {
            compiled = FaultTreeAnalysis.compile(snapshot.structure());
        }
        return compiled.probability(probabilities(down))[0];
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
