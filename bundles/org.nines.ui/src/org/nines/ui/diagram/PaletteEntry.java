package org.nines.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nines.model.ComponentKind;

/**
 * One entry of the diagram palette: a component kind (creates a component and a block for it) or a structure tool
 * (connector, k-of-n node, standby group, sub-diagram). Entries are identified by a stable key, used in drag and drop
 * ({@link #DRAG_PREFIX}) and as the test id suffix of the palette item.
 */
public sealed interface PaletteEntry {
    /** Text prefix of a palette entry dragged onto the canvas: {@code nines-palette:<key>}. */
    String DRAG_PREFIX = "nines-palette:";

    /** Stable key: the kind's literal ({@code SERVER}) or the tool's name ({@code tool.kofn}). */
    String key();

    /** Label shown in the palette. */
    String label();

    /** Tooltip: what the entry creates. */
    String tooltip();

    /** Palette groups, in the order they are shown. */
    enum Category {
        STRUCTURE("Structure"), COMPUTE("Compute"), DATA("Data"), NETWORK("Network"), POWER("Power"),
        FACILITY("Facility"), SOFTWARE("Software");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Creates a new component of this kind with default failure and repair data, and a block for it. */
    record Kind(ComponentKind kind) implements PaletteEntry {
        @Override
        public String key() {
            return kind.getLiteral();
        }

        @Override
        public String label() {
            return displayName(kind);
        }

        @Override
        public String tooltip() {
            KindDefaults.Defaults d = KindDefaults.of(kind);
            return String.format(Locale.ROOT, "A new component and its block; default MTBF %,.0f h, MTTR %s h%n(%s).%n"
                    + "Drag onto the diagram, or click here and then on the diagram.", d.mtbfHours(), trim(d.mttrHours()), d.source());
        }
    }

    /** The structure tools. */
    enum Tool implements PaletteEntry {
        CONNECTOR("tool.connector", "Connector", "Connect nodes: drag from one node to another (Esc ends)"),
        K_OF_N("tool.kofn", "k-of-n node", "A junction that works when at least k of its inputs work"),
        STANDBY("tool.standby", "Standby group", "Two new servers: the primary and a cold standby that takes over when it fails (30 min switch-over)"),
        SUB_DIAGRAM("tool.subdiagram", "Sub-diagram", "A block that stands for a new diagram with its own Start and End");

        private final String key;
        private final String label;
        private final String tooltip;

        Tool(String key, String label, String tooltip) {
            this.key = key;
            this.label = label;
            this.tooltip = tooltip;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String tooltip() {
            return tooltip;
        }
    }

    /** The palette category of a component kind ({@code OTHER} is listed with the facility kinds). */
    static Category categoryOf(ComponentKind kind) {
        return switch (kind) {
            case SERVER, VIRTUAL_MACHINE -> Category.COMPUTE;
            case DATABASE, STORAGE -> Category.DATA;
            case NETWORK_SWITCH, ROUTER, FIREWALL, LOAD_BALANCER, LINK -> Category.NETWORK;
            case POWER_FEED, UPS, GENERATOR -> Category.POWER;
            case COOLING, SITE_SERVICE, OTHER -> Category.FACILITY;
            case OPERATING_SYSTEM, APPLICATION -> Category.SOFTWARE;
        };
    }

    /** Every entry of one category: the tools for STRUCTURE, else the kinds in enum order. */
    static List<PaletteEntry> entries(Category category) {
        List<PaletteEntry> entries = new ArrayList<>();
        if (category == Category.STRUCTURE) {
            entries.addAll(List.of(Tool.values()));
        } else {
            for (ComponentKind kind : ComponentKind.VALUES) {
                if (categoryOf(kind) == category) {
                    entries.add(new Kind(kind));
                }
            }
        }
        return entries;
    }

    /** @return the entry with this key, or null */
    static PaletteEntry byKey(String key) {
        for (Tool tool : Tool.values()) {
            if (tool.key().equals(key)) {
                return tool;
            }
        }
        ComponentKind kind = ComponentKind.get(key);
        return kind == null ? null : new Kind(kind);
    }

    /** "NETWORK_SWITCH" becomes "Network switch"; abbreviations stay upper case ("UPS"). */
    static String displayName(ComponentKind kind) {
        return switch (kind) {
            case UPS -> "UPS";
            case OPERATING_SYSTEM -> "Operating system";
            case SITE_SERVICE -> "Site service";
            default -> {
                String words = kind.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
