package org.nines.analysis.continuity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nines.model.Component;
import org.nines.model.DataReplication;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;

/**
 * Recovery path of a service after an incident (a set of components down, each coming back after a given time).
 *
 * <p>Replications count for a service when their primary is part of it and, for every mode but backups, their
 * replica too (a failover needs the replica in the service's diagrams; a backup is restored wherever it is kept).
 *
 * <p>When the service survives on its redundancy, the path is the switch-overs of the standby groups it needs (a
 * group is needed when losing all its members would take the service down; it switches when its active, first member
 * is down and another is not) and the failovers of the replications whose primary is down and replica is not (every
 * mode but backups); the recovery time is the longest of them (they run in parallel) and the data loss the largest.
 *
 * <p>When the service goes down, every down component comes back at its return time (repair, or the end of a risk's
 * outage) or, sooner, when its data is served by a replica that is not down: after the replication's failover time
 * (or restore plus failover for a backup). The service is back at the earliest time t at which the components still
 * down at t no longer take it down (exact for deterministic return times and unlimited crews). The path lists the
 * components whose return is needed at t (those not needed are dropped, largest data loss first); its data loss is
 * the largest loss among the replicas used.
 */
final class RecoveryPlanner {
    /** A replication of the service with its recovery figures. */
    record Replication(String primary, String replica, StandbyGroup pairGroup, ReplicationRecovery recovery) {
    }

    private record Path(boolean serviceDown, List<RecoveryStep> steps, double rto, double expectedLoss, double worstLoss) {
    }

    private final ServiceLogic logic;
    private final List<Replication> replications = new ArrayList<>();

    RecoveryPlanner(SystemModel model, ServiceLogic logic) {
        this.logic = logic;
        for (DataReplication r : model.getReplications()) {
            Component p = r.getPrimary();
            Component q = r.getReplica();
            if (p == null || q == null) {
                throw new IllegalArgumentException("replication " + r.getId() + " needs a primary and a replica");
            }
            ReplicationRecovery recovery = ReplicationRecovery.of(r, Double.NaN);
            if (!logic.relevantComponents().contains(p.getId())
                    || recovery.isFailover() && !logic.relevantComponents().contains(q.getId())) {
                continue;
            }
            StandbyGroup pair = logic.standbyGroups().stream()
                    .filter(g -> g.getMembers().contains(p) && g.getMembers().contains(q)).findFirst().orElse(null);
            replications.add(new Replication(p.getId(), q.getId(), pair,
                    ReplicationRecovery.of(r, pair == null ? Double.NaN : pair.getSwitchoverHours())));
        }
    }

    List<Replication> replications() {
        return replications;
    }

    /**
     * @param returnHours when each down component comes back, hours after the incident (infinite: never)
     */
    IncidentRecovery recover(Incident incident, Map<String, Double> returnHours) {
        Set<String> down = new TreeSet<>(incident.componentIds());
        List<StandbyGroup> needed = neededSwitches(down);
        Path nominal = path(down, returnHours, List.of());
        double pSuccess = 1;
        List<StandbyGroup> unreliable = new ArrayList<>();
        for (StandbyGroup g : needed) {
            pSuccess *= 1 - g.getSwitchFailureProbability();
            if (g.getSwitchFailureProbability() > 0) {
                unreliable.add(g);
            }
        }
        double pFail = 1 - pSuccess;
        double expectedRto = nominal.rto();
        double worstRto = nominal.rto();
        double expectedRpo = nominal.expectedLoss();
        double worstRpo = nominal.worstLoss();
        if (!unreliable.isEmpty()) {
            Set<String> failedDown = new TreeSet<>(down);
            Map<String, Double> failedReturn = new HashMap<>(returnHours);
            for (StandbyGroup g : unreliable) {
                double back = returnHours.getOrDefault(g.getMembers().get(0).getId(), Double.POSITIVE_INFINITY);
                for (Component m : g.getMembers()) {
                    if (failedDown.add(m.getId())) {
                        failedReturn.put(m.getId(), back);
                    }
                }
            }
            Path failed = path(failedDown, failedReturn, unreliable);
            expectedRto = weighted(pSuccess, nominal.rto(), pFail, failed.rto());
            worstRto = Math.max(worstRto, failed.rto());
            expectedRpo = weighted(pSuccess, nominal.expectedLoss(), pFail, failed.expectedLoss());
            worstRpo = Math.max(worstRpo, failed.worstLoss());
        }
        return new IncidentRecovery(incident, nominal.serviceDown(), describe(nominal), nominal.steps(), pFail,
                expectedRto, worstRto, expectedRpo, worstRpo);
    }

    private static double weighted(double p, double a, double q, double b) {
        if (q == 0) {
            return a;
        }
        return p == 0 ? b : p * a + q * b;
    }

    /** Standby groups that must switch: active member down, another member up, and needed by the service. */
    private List<StandbyGroup> neededSwitches(Set<String> down) {
        List<StandbyGroup> result = new ArrayList<>();
        for (StandbyGroup g : logic.standbyGroups()) {
            List<String> members = g.getMembers().stream().map(Component::getId).toList();
            if (members.isEmpty() || !down.contains(members.get(0)) || down.containsAll(members)) {
                continue;
            }
            Set<String> all = new TreeSet<>(down);
            all.addAll(members);
            if (logic.down(all)) {
                result.add(g);
            }
        }
        return result;
    }

    private Path path(Set<String> down, Map<String, Double> returnHours, List<StandbyGroup> failedGroups) {
        return logic.down(down) ? restore(down, returnHours, failedGroups) : survive(down);
    }

    private Path survive(Set<String> down) {
        List<RecoveryStep> steps = new ArrayList<>();
        for (StandbyGroup g : neededSwitches(down)) {
            steps.add(new RecoveryStep(RecoveryStep.Kind.SWITCHOVER, g.getId(), "switch-over of " + label(g.getName(), g.getId())
                    + " to " + nextMember(g, down), g.getSwitchoverHours(), 0, 0));
        }
        for (Replication r : replications) {
            if (down.contains(r.primary()) && !down.contains(r.replica()) && r.recovery().isFailover()) {
                steps.add(failoverStep(r));
            }
        }
        return summarise(false, steps, steps.stream().mapToDouble(RecoveryStep::hours).max().orElse(0));
    }

    private Path restore(Set<String> down, Map<String, Double> returnHours, List<StandbyGroup> failedGroups) {
        Map<String, Double> back = new LinkedHashMap<>();
        Map<String, Replication> via = new HashMap<>();
        for (String c : down) {
            double t = returnHours.getOrDefault(c, Double.POSITIVE_INFINITY);
            for (Replication r : replications) {
                if (r.primary().equals(c) && !down.contains(r.replica()) && (r.pairGroup() == null || !failedGroups.contains(r.pairGroup()))
                        && r.recovery().recoveryHours() < t) {
                    t = r.recovery().recoveryHours();
                    via.put(c, r);
                }
            }
            back.put(c, t);
        }
        double restored = Double.POSITIVE_INFINITY;
        for (double t : new TreeSet<>(back.values())) {
            if (Double.isFinite(t) && !logic.down(stillDown(back, t))) {
                restored = t;
                break;
            }
        }
        if (Double.isInfinite(restored)) {
            return new Path(true, List.of(), restored, 0, 0);
        }
        final double t = restored;
        Set<String> stillDown = stillDown(back, t);
        List<String> returned = back.keySet().stream().filter(c -> !stillDown.contains(c))
                .sorted(Comparator.comparingDouble((String c) -> via.containsKey(c) ? -via.get(c).recovery().worstLossHours() : 0)
                        .thenComparingDouble(c -> -back.get(c)).thenComparing(c -> c))
                .toList();
        List<RecoveryStep> steps = new ArrayList<>();
        for (String c : returned) {
            Set<String> without = new TreeSet<>(stillDown);
            without.add(c);
            if (!logic.down(without)) {
                stillDown.add(c);
                continue;
            }
            if (via.containsKey(c)) {
                steps.add(failoverStep(via.get(c)));
            } else {
                steps.add(new RecoveryStep(RecoveryStep.Kind.REPAIR, c, "return of " + componentLabel(c), back.get(c), 0, 0));
            }
        }
        steps.sort(Comparator.comparingDouble(RecoveryStep::hours).thenComparing(RecoveryStep::elementId));
        return summarise(true, steps, t);
    }

    private static Set<String> stillDown(Map<String, Double> back, double t) {
        Set<String> result = new TreeSet<>();
        back.forEach((c, time) -> {
            if (time > t) {
                result.add(c);
            }
        });
        return result;
    }

    private static Path summarise(boolean serviceDown, List<RecoveryStep> steps, double rto) {
        return new Path(serviceDown, List.copyOf(steps), rto,
                steps.stream().mapToDouble(RecoveryStep::expectedLossHours).max().orElse(0),
                steps.stream().mapToDouble(RecoveryStep::worstLossHours).max().orElse(0));
    }

    private RecoveryStep failoverStep(Replication r) {
        ReplicationRecovery rec = r.recovery();
        boolean backup = !rec.isFailover();
        String text = (backup ? "restore from backup " : "failover to replica ") + rec.label() + " ("
                + rec.mode().getLiteral().toLowerCase(java.util.Locale.ROOT) + ", " + componentLabel(r.primary()) + " -> "
                + componentLabel(r.replica()) + ")";
        return new RecoveryStep(backup ? RecoveryStep.Kind.RESTORE : RecoveryStep.Kind.FAILOVER, rec.replicationId(), text,
                rec.recoveryHours(), rec.expectedLossHours(), rec.worstLossHours());
    }

    private String nextMember(StandbyGroup g, Set<String> down) {
        return g.getMembers().stream().filter(m -> !down.contains(m.getId())).findFirst()
                .map(m -> componentLabel(m.getId())).orElse("?");
    }

    private String componentLabel(String id) {
        var c = logic.component(id);
        return c == null ? id : c.label();
    }

    private static String label(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    private static String describe(Path p) {
        if (p.steps().isEmpty()) {
            if (Double.isInfinite(p.rto())) {
                return "no recovery: a needed component is not repairable";
            }
            return "no interruption: the redundancy absorbs it";
        }
        return String.join(", ", p.steps().stream().map(RecoveryStep::description).toList());
    }
}
