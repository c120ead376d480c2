package org.nines.ui.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FailureModel;
import org.nines.model.RepairModel;
import org.nines.ui.UiFormats;
import org.nines.model.Connector;
import org.nines.model.DiagramNode;
import org.nines.model.StandbyGroup;
import org.nines.model.SystemModel;

/**
 * What the painter needs besides the diagram: the latest result per block (by component or standby-group key),
 * single points of failure, which blocks use each component (shared components), node tooltips, and a colour cache
 * disposed with the canvas.
 */
final class DiagramOverlay {
    private final Display display;
    private final Map<RGB, Color> colors = new HashMap<>();
    private final Map<String, EventResult> results = new HashMap<>();
    private final Set<String> singlePoints = new HashSet<>();
    private final Map<Component, List<Block>> uses = new IdentityHashMap<>();
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
                uses.computeIfAbsent(b.getComponent(), c -> new ArrayList<>()).add(b);
            }
        }));
    }

    /** Diagram id -> its unavailability on its own, from the latest result. */
    private java.util.Map<String, Double> diagramUnavailability = java.util.Map.of();

    void setResult(AvailabilityResult result) {
        results.clear();
        singlePoints.clear();
        diagramUnavailability = result == null ? java.util.Map.of() : result.diagramUnavailability();
        if (result != null) {
            result.events().forEach(e -> results.put(e.key(), e));
            result.minimalCutSets().stream().filter(c -> c.order() == 1).map(CutSetResult::keys)
                    .forEach(keys -> singlePoints.add(keys.get(0)));
        }
    }

    /**
     * The 0..1 figure a block is coloured by: its share of the downtime (Fussell-Vesely) or, when the Diagram
     * preference says so, its Birnbaum importance (the probability that it is critical).
     */
    static double heatOf(EventResult result) {
        return colourByImportance() ? result.birnbaum() : result.fussellVesely();
    }

    /** Whether the Diagram preference colours blocks by Birnbaum importance (never outside a running workbench). */
    static boolean colourByImportance() {
        return org.eclipse.core.runtime.Platform.isRunning() && "importance".equals(
                org.nines.ui.NinesPreferences.store().getString(org.nines.ui.NinesPreferences.DIAGRAM_COLOUR_BY));
    }

    boolean hasResults() {
        return showResults && !results.isEmpty();
    }

    void setShowResults(boolean show) {
        showResults = show;
    }

    boolean showResults() {
        return showResults;
    }

    /** @return the unavailability of the diagram a sub-diagram block stands for, on its own, or null when not shown */
    Double unavailabilityOf(org.nines.model.SubDiagramBlock block) {
        return showResults && block.getDiagram() != null ? diagramUnavailability.get(block.getDiagram().getId()) : null;
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
        return block.getComponent() == null ? 0 : uses.getOrDefault(block.getComponent(), List.of()).size();
    }

    /** The other blocks (any diagram) that use the same component as this one. */
    List<Block> sharing(Block block) {
        return uses.getOrDefault(block.getComponent(), List.of()).stream().filter(b -> b != block).toList();
    }

    /**
     * The tooltip of a node: name and kind; for a block its component's failure and repair (MTBF, MTTR in hours) and
     * the blocks it shares its component with; after an analysis the availability and share of the downtime.
     */
    String tooltip(DiagramNode node) {
        StringBuilder text = new StringBuilder(name(node));
        if (!kind(node).equals(name(node))) {
            text.append('\n').append(kind(node));
        }
        if (node instanceof Block block && block.getComponent() != null) {
            Component c = block.getComponent();
            text.append('\n').append(describe(c.getFailure())).append(", ").append(describe(c.getRepair()));
            List<Block> others = sharing(block);
            if (!others.isEmpty()) {
                text.append("\nshared: same component as ").append(String.join(", ", others.stream().map(DiagramOverlay::where).toList()));
            }
        }
        EventResult result = resultFor(node);
        if (result != null) {
            text.append(String.format(Locale.ROOT, "%nAvailability %s, %.1f %% of the downtime (%.3g h/year)",
                    UiFormats.percent(1 - result.unavailability()), 100 * result.fussellVesely(), result.downtimeHoursPerYear()));
        }
        if (isSinglePointOfFailure(node)) {
            text.append("\nSingle point of failure");
        }
        return text.toString();
    }

    private static String where(Block block) {
        String diagram = block.eContainer() instanceof org.nines.model.Diagram d ? d.getName() : "?";
        return "\"" + name(block) + "\" in " + diagram;
    }

    private static String name(DiagramNode node) {
        if (node.getName() != null && !node.getName().isBlank()) {
            return node.getName();
        }
        return node instanceof Block b && b.getComponent() != null ? b.getComponent().getName() : node.getId();
    }

    private String kind(DiagramNode node) {
        return switch (node) {
            case Block b when b.getComponent() != null && b.getComponent().getKind() != null ->
                "Block, " + b.getComponent().getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
            case Block b -> "Block without component";
            case org.nines.model.KofN k -> "k-of-n node: needs " + k.getK() + " of " + incoming(k) + " inputs";
            case StandbyGroup g -> "Standby group (" + g.getMode().getLiteral().toLowerCase(Locale.ROOT) + "), " + g.getMembers().size() + " members";
            case org.nines.model.SubDiagramBlock s -> "Sub-diagram " + (s.getDiagram() == null ? "(none)" : s.getDiagram().getName());
            case org.nines.model.Start s -> "Start";
            case org.nines.model.End e -> "End";
            default -> node.eClass().getName();
        };
    }

    private static String describe(FailureModel failure) {
        return switch (failure) {
            case null -> "no failure model";
            case ExponentialFailure e -> String.format(Locale.ROOT, "MTBF %,.0f h", e.getMtbfHours());
            default -> failure.eClass().getName().replace("Failure", " failure").toLowerCase(Locale.ROOT);
        };
    }

    private static String describe(RepairModel repair) {
        return switch (repair) {
            case null -> "no repair model";
            case ExponentialRepair e -> String.format(Locale.ROOT, "MTTR %.3g h", e.getMttrHours());
            default -> repair.eClass().getName().replace("Repair", " repair").toLowerCase(Locale.ROOT);
        };
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
