package org.nines.analysis.continuity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.risk.ConditionedStructure;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.analysis.system.ComponentSnapshot;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Component;
import org.nines.model.Site;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;

/**
 * Generates the failover test plan of a model ({@link TestPlan}).
 *
 * <p>For each test, the outcome comes from the structure function with the test's components down and every other
 * component working ({@link Outcome}); the interruption and data-loss window from the continuity recovery path of the
 * same set of components (each down until its mean repair time); the frequency from the risk achievement worth, the
 * exact probability that the service is down with the components down ({@link RiskAnalysis#serviceDownProbability})
 * divided by its unavailability. Never modifies the model.
 */
public final class TestPlanGenerator {
    private final SystemModel model;
    private final ServiceLogic logic;
    private final RecoveryPlanner planner;
    private final double unavailability;
    private final ConditionedStructure conditioned;

    private TestPlanGenerator(SystemModel model) {
        this.model = model;
        SystemSnapshot snapshot = SnapshotBuilder.of(model);
        this.logic = new ServiceLogic(model, snapshot);
        this.planner = new RecoveryPlanner(model, logic);
        this.conditioned = new ConditionedStructure(model, snapshot); // compiled once, evaluated per test
        this.unavailability = conditioned.serviceDownProbability(Set.of());
    }

    /**
     * @throws IllegalArgumentException naming the element when the model cannot be analysed (validate it first)
     */
    public static TestPlan generate(SystemModel model) {
        return new TestPlanGenerator(model).plan();
    }

    /** @return the predicted outcome with exactly {@code componentIds} down (ids of the model's components) */
    public static Outcome outcome(SystemModel model, Set<String> componentIds) {
        TestPlanGenerator g = new TestPlanGenerator(model);
        return g.outcome(componentIds, g.newSinglePoints(componentIds));
    }

    private TestPlan plan() {
        List<FailoverTest> tests = new ArrayList<>();
        List<String> spofs = new ArrayList<>();
        for (Component c : model.getComponents()) {
            if (!logic.relevantComponents().contains(c.getId())) {
                continue;
            }
            if (logic.down(Set.of(c.getId()))) {
                spofs.add(label(c.getId()));
                continue;
            }
            tests.add(test(tests.size() + 1, "T-" + c.getId(), title(c), Set.of(c.getId())));
        }
        if (model.getSites().size() >= 2) {
            for (Site site : model.getSites()) {
                Set<String> ids = new TreeSet<>();
                model.getComponents().stream().filter(c -> c.getSite() == site && logic.relevantComponents().contains(c.getId()))
                        .forEach(c -> ids.add(c.getId()));
                if (!ids.isEmpty()) {
                    tests.add(test(tests.size() + 1, "T-site-" + site.getId(), "Isolate site " + name(site.getName(), site.getId())
                            + " (all its components down)", ids));
                }
            }
        }
        return new TestPlan(model.getName(), name(model.getTopDiagram().getName(), model.getTopDiagram().getId()),
                unavailability, tests, spofs);
    }

    private FailoverTest test(int number, String id, String title, Set<String> ids) {
        List<String> newSpofs = newSinglePoints(ids);
        Outcome outcome = outcome(ids, newSpofs);
        Map<String, Double> back = new HashMap<>();
        ids.forEach(c -> back.put(c, logic.meanRepairHours(c)));
        IncidentRecovery recovery = planner.recover(new Incident(Incident.Kind.RISK, id, title, List.copyOf(ids), 0), back);
        double p = conditioned.serviceDownProbability(ids);
        double raw = unavailability > 0 ? p / unavailability : Double.POSITIVE_INFINITY;
        String behaviour = switch (outcome) {
            case DOWN -> "service goes down; back after " + Hours.format(recovery.expectedRtoHours()) + ": " + recovery.path();
            case DEGRADED, UP -> (recovery.steps().isEmpty() ? "service stays up: " : "service stays up after ")
                    + recovery.path() + (outcome == Outcome.DEGRADED ? "; redundancy reduced" : "");
        };
        return new FailoverTest(number, id, title, List.copyOf(new TreeSet<>(ids)), outcome, outcome == Outcome.DOWN,
                recovery.expectedRtoHours(), recovery.worstRpoHours(), behaviour, newSpofs,
                preconditions(ids, outcome, newSpofs), p, raw, FailoverTest.Frequency.of(raw, outcome));
    }

    private Outcome outcome(Set<String> ids, List<String> newSpofs) {
        if (logic.down(ids)) {
            return Outcome.DOWN;
        }
        return newSpofs.isEmpty() ? Outcome.UP : Outcome.DEGRADED;
    }

    /** Components outside {@code ids} whose loss would take the service down with {@code ids} down, but not alone. */
    private List<String> newSinglePoints(Set<String> ids) {
        if (logic.down(ids)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String c : logic.relevantComponents()) {
            if (ids.contains(c) || logic.down(Set.of(c))) {
                continue;
            }
            Set<String> more = new TreeSet<>(ids);
            more.add(c);
            if (logic.down(more)) {
                result.add(label(c));
            }
        }
        return result;
    }

    private List<String> preconditions(Set<String> ids, Outcome outcome, List<String> newSpofs) {
        List<String> result = new ArrayList<>();
        result.add("service healthy: every component up, no open alarms");
        for (StandbyGroup g : logic.standbyGroups()) {
            if (ids.contains(g.getMembers().get(0).getId())) {
                g.getMembers().stream().filter(m -> !ids.contains(m.getId())).findFirst().ifPresent(m -> result.add(
                        "standby " + label(m.getId()) + " of " + name(g.getName(), g.getId()) + " ready to take over"));
            }
        }
        for (RecoveryPlanner.Replication r : planner.replications()) {
            if (ids.contains(r.primary()) && !ids.contains(r.replica())) {
                result.add("replica " + label(r.replica()) + " in sync (" + r.recovery().label() + ")");
            }
        }
        if (outcome == Outcome.DEGRADED) {
            result.add("maintenance window: during the test these are single points of failure: " + String.join(", ", newSpofs));
        }
        if (outcome == Outcome.DOWN) {
            result.add("DO NOT RUN IN PRODUCTION: the model predicts a service outage; run only in a planned outage or on a test system");
        }
        return result;
    }

    private String title(Component c) {
        String l = label(c.getId());
        return switch (c.getKind()) {
            case DATABASE, APPLICATION, OPERATING_SYSTEM, VIRTUAL_MACHINE, SERVER -> "Stop " + l;
            case NETWORK_SWITCH, ROUTER, FIREWALL, LOAD_BALANCER, STORAGE, UPS, COOLING -> "Power off " + l;
            case LINK -> "Disconnect " + l;
            case POWER_FEED, GENERATOR, SITE_SERVICE -> "Cut " + l;
            default -> "Take down " + l;
        };
    }

    private String label(String id) {
        ComponentSnapshot c = logic.component(id);
        return c == null ? id : c.label();
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
