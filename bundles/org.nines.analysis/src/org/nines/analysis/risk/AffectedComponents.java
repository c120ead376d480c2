package org.nines.analysis.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nines.model.Component;
import org.nines.model.Risk;
import org.nines.model.Site;
import org.nines.model.SystemModel;

/**
 * The components a risk takes down: its own components plus every component at its sites, in model order, then any
 * of its components outside the model's list (they still count, and are reported as unused). The model's order and
 * the sites' members are indexed once, so a register of many risks costs time in proportion to the risks' own
 * components, not the model's size per risk.
 */
final class AffectedComponents {
    private final Map<Component, Integer> position = new HashMap<>();
    private final Map<Site, List<Component>> atSite = new HashMap<>();

    AffectedComponents(SystemModel model) {
        List<Component> components = model.getComponents();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            position.putIfAbsent(c, i);
            if (c.getSite() != null) {
                atSite.computeIfAbsent(c.getSite(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** @return the ids of the components {@code risk} takes down (see the class comment for the order) */
    Set<String> of(Risk risk) {
        List<Component> inModel = new ArrayList<>();
        for (Component c : risk.getAffectedComponents()) {
            if (position.containsKey(c)) {
                inModel.add(c);
            }
        }
        for (Site s : risk.getAffectedSites()) {
            inModel.addAll(atSite.getOrDefault(s, List.of()));
        }
        inModel.sort(Comparator.comparingInt(position::get));
        Set<String> ids = new LinkedHashSet<>();
        for (Component c : inModel) {
            ids.add(c.getId());
        }
        for (Component c : risk.getAffectedComponents()) {
            ids.add(c.getId());
        }
        return ids;
    }
}
