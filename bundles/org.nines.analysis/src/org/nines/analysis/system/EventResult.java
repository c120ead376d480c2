package org.nines.analysis.system;

/**
 * What the exact analysis says about one basic event (a component, a common-cause failure or a standby group).
 *
 * @param unavailability        probability the event is present
 * @param failuresPerYear       its occurrences per year (analysis period)
 * @param birnbaum              dQ/dq: how much system unavailability changes per unit of this event's unavailability
 * @param criticality           share of system unavailability caused by this event being critical
 * @param fussellVesely         (Q - Q(event never occurs)) / Q: share of downtime this event takes part in
 * @param raw                   risk achievement worth Q(event present) / Q
 * @param rrw                   risk reduction worth Q / Q(event never occurs); infinite for a single point of failure
 *                              in an otherwise perfect system
 * @param downtimeHoursPerYear  Fussell-Vesely times the system downtime per year: the downtime it takes part in
 */
public record EventResult(String key, String label, BasicEvent.Kind kind, double unavailability, double failuresPerYear,
        double birnbaum, double criticality, double fussellVesely, double raw, double rrw, double downtimeHoursPerYear) {
}
