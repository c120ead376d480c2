package org.nines.analysis.continuity;

import java.util.List;

/**
 * Something that takes components down: a risk of the register or a minimal cut set of the service.
 *
 * @param kind             which of the two
 * @param id               the risk id, or the cut set's event keys joined with {@code +}
 * @param label            what users read
 * @param componentIds     the components down, sorted
 * @param frequencyPerYear expected occurrences per calendar year of 8,760 h (risk likelihood; cut set occurrence frequency)
 */
public record Incident(Kind kind, String id, String label, List<String> componentIds, double frequencyPerYear) {
    /** Where an incident comes from. */
    public enum Kind {
        RISK, CUT_SET
    }

    public Incident {
        componentIds = List.copyOf(componentIds);
    }
}
