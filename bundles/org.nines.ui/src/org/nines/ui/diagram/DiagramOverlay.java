package org.nines.ui.diagram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.CutSetResult;
import org.nines.analysis.system.EventResult;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.Connector;
import org.nines.model.DiagramNode;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;

/**
 * What the painter needs besides the diagram: the latest result per block (by component or standby-group key),
 * single points of failure, how often each component is used, and a colour cache disposed with the canvas.
 */
final class DiagramOverlay {
    private final Display display;
    private final Map<RGB, Color> colors = new HashMap<>();
    private final Map<String, EventResult> results = new HashMap<>();
    private final Set<String> singlePoints = new HashSet<>();
    private final Map<Component, Integer> uses = new IdentityHashMap<>();
    private boolean showResults = true;

    DiagramOverlay(Display display) {
        this.display = display;
    }

    /** The colour for an RGB, created once per canvas. */
    Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(display, c));
    }

    /** Recounts the blocks per component (call after model changes). */
    void update(SystemModel model) {
        uses.clear();
        if (model == null) {
            return;
        }
        model.getDiagrams().forEach(d -> d.getNodes().forEach(n -> {
            if (n instanceof Block b && b.getComponent() != null) {
                uses.merge(b.getComponent(), 1, Integer::sum);
            }
        }));
    }

    void setResult(AvailabilityResult result) {
        results.clear();
        singlePoints.clear();
        if (result != null) {
            result.events().forEach(e -> results.put(e.key(), e));
            result.minimalCutSets().stream().filter(c -> c.order() == 1).map(CutSetResult::keys)
                    .forEach(keys -> singlePoints.add(keys.get(0)));
        }
    }

    void setShowResults(boolean show) {
        showResults = show;
    }

    boolean showResults() {
        return showResults;
    }

    EventResult resultFor(DiagramNode node) {
        if (!showResults) {
            return null;
        }
        String key = key(node);
        return key == null ? null : results.get(key);
    }

    boolean isSinglePointOfFailure(DiagramNode node) {
        String key = key(node);
        return showResults && key != null && singlePoints.contains(key);
    }

    boolean isShared(Block block) {
        return uses(block) > 1;
    }

    int uses(Block block) {
        return block.getComponent() == null ? 0 : uses.getOrDefault(block.getComponent(), 0);
    }

    int incoming(DiagramNode node) {
        int n = 0;
        if (node.eContainer() instanceof org.nines.model.Diagram diagram) {
            for (Connector c : diagram.getConnectors()) {
                if (c.getTarget() == node && c.isEnabled() && c.getSource() != null && c.getSource().isEnabled()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String key(DiagramNode node) {
        return switch (node) {
            case Block b when b.getComponent() != null -> b.getComponent().getId();
            case StandbyGroup g -> "standby:" + g.getId();
            default -> null;
        };
    }

    void dispose() {
        colors.values().forEach(Color::dispose);
        colors.clear();
    }
}
