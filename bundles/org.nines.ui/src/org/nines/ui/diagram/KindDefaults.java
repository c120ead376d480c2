package org.nines.ui.diagram;

import java.util.EnumMap;
import java.util.Map;

import org.nines.model.ComponentKind;

/**
 * The failure and repair data a component gets when it is created from the palette: exponential failure with the
 * MTBF and exponential repair with the MTTR below, both in hours. They are starting points for the user to replace
 * with their own figures; the source of each is stated and copied into the new component's notes. Where the
 * examples already use a figure (examples/*.nines, see there for the references) the same figure is used.
 */
final class KindDefaults {
    /** MTBF and MTTR in hours and where they come from. */
    record Defaults(double mtbfHours, double mttrHours, String source) {
    }

    private static final Map<ComponentKind, Defaults> TABLE = new EnumMap<>(ComponentKind.class);

    static {
        put(ComponentKind.SERVER, 50_000, 4, "typical vendor figure for a rack server with 4-hour on-site support");
        put(ComponentKind.VIRTUAL_MACHINE, 8_760, 0.5, "assumption: one guest-level incident a year, restart in 30 min");
        put(ComponentKind.DATABASE, 13_500, 4, "server and DBMS, as in examples/web-cluster.nines");
        put(ComponentKind.STORAGE, 200_000, 8, "dual-controller array, as in examples/web-cluster.nines");
        put(ComponentKind.NETWORK_SWITCH, 250_000, 6, "core switch, as in examples/meshed-network.nines");
        put(ComponentKind.ROUTER, 150_000, 6, "typical vendor figure for an enterprise router");
        put(ComponentKind.FIREWALL, 100_000, 6, "firewall appliance, as in examples/plant-mes.nines");
        put(ComponentKind.LOAD_BALANCER, 100_000, 4, "load-balancer appliance, as in examples/web-cluster.nines");
        put(ComponentKind.LINK, 8_760, 24, "carrier line, one outage a year, as in examples/meshed-network.nines");
        put(ComponentKind.POWER_FEED, 4_380, 1.5, "utility feed, two interruptions a year, as in examples/plant-mes.nines");
        put(ComponentKind.UPS, 80_000, 6, "double-conversion UPS, as in examples/plant-mes.nines");
        put(ComponentKind.GENERATOR, 4_380, 24, "standby generator found failed twice a year, as in examples/plant-mes.nines");
        put(ComponentKind.COOLING, 50_000, 8, "typical vendor figure for a precision cooling (CRAC) unit");
        put(ComponentKind.OPERATING_SYSTEM, 4_380, 1, "assumption: two OS crashes or hangs a year, reboot in 1 h");
        put(ComponentKind.APPLICATION, 4_380, 0.5, "application service, as in examples/plant-mes.nines");
        put(ComponentKind.SITE_SERVICE, 43_800, 4, "facility incident every 5 years, as in examples/web-cluster.nines");
        put(ComponentKind.OTHER, 100_000, 8, "generic assumption for an unclassified part: replace with its own data");
    }

    private KindDefaults() {
    }

    private static void put(ComponentKind kind, double mtbfHours, double mttrHours, String source) {
        TABLE.put(kind, new Defaults(mtbfHours, mttrHours, source));
    }

    /** @return the defaults of a kind; every kind has some */
    static Defaults of(ComponentKind kind) {
        return TABLE.get(kind);
    }
}
