package org.nines.analysis.continuity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nines.analysis.system.BasicEvent;
import org.nines.analysis.system.ComponentSnapshot;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Diagram;
import org.nines.model.DiagramNode;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;

/**
 * Deterministic view of a service's structure function: is the service down when a given set of components is down
 * and everything else works? A basic event is present when all of its components are down (a component's own event
 * when it is; a common-cause event when all its members are; a standby group when all its members are, i.e. a group
 * with a surviving member has switched over to it). This agrees with the exact engine: the service is down in this
 * sense exactly when its conditioned down probability is 1.
 */
final class ServiceLogic {
    private final SystemSnapshot snapshot;
    private final Set<String> relevant = new LinkedHashSet<>();
    private final Map<String, ComponentSnapshot> components = new HashMap<>();
    private final Map<String, StandbyGroup> standbyGroups = new LinkedHashMap<>();
    private final Map<String, BasicEvent> eventsByKey = new HashMap<>();

    ServiceLogic(SystemModel model, SystemSnapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.components().forEach(c -> components.put(c.id(), c));
        Map<String, StandbyGroup> byKey = new HashMap<>();
        for (Diagram d : model.getDiagrams()) {
            for (DiagramNode n : d.getNodes()) {
                if (n instanceof StandbyGroup g) {
                    byKey.put("standby:" + g.getId(), g);
                }
            }
        }
        for (BasicEvent e : snapshot.events()) {
            relevant.addAll(e.componentIds());
            eventsByKey.put(e.key(), e);
            if (e.kind() == BasicEvent.Kind.STANDBY_GROUP) {
                standbyGroups.put(e.key(), byKey.get(e.key()));
            }
        }
    }

    SystemSnapshot snapshot() {
        return snapshot;
    }

    /** @return ids of the components the service depends on, in event order */
    Set<String> relevantComponents() {
        return relevant;
    }

    /** @return the standby groups of the service, in event order */
    Collection<StandbyGroup> standbyGroups() {
        return standbyGroups.values();
    }

    /** @return the components a basic event takes down */
    List<String> componentsOf(String eventKey) {
        BasicEvent e = eventsByKey.get(eventKey);
        if (e == null) {
            throw new IllegalArgumentException("no basic event " + eventKey);
        }
        return e.componentIds();
    }

    ComponentSnapshot component(String id) {
        return components.get(id);
    }

    /** @return mean repair time of the component, hours; infinite when it is not repairable */
    double meanRepairHours(String id) {
        ComponentSnapshot c = components.get(id);
        if (c == null || c.repair() == null) {
            return Double.POSITIVE_INFINITY;
        }
        return c.repair().mean();
    }

    /** @return whether the service is down while exactly the given components are down */
    boolean down(Set<String> componentsDown) {
        List<BasicEvent> events = snapshot.events();
        boolean[] failed = new boolean[events.size()];
        for (int i = 0; i < failed.length; i++) {
            List<String> ids = events.get(i).componentIds();
            failed[i] = !ids.isEmpty() && componentsDown.containsAll(ids);
        }
        return snapshot.structure().evaluate(failed);
    }
}
