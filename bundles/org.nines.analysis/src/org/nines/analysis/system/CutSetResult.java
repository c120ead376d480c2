package org.nines.analysis.system;

import java.util.List;

/**
 * A minimal cut set: basic events whose joint failure takes the service down.
 *
 * @param labels      the events' display labels, in structure order
 * @param keys        the events' keys (component ids, {@code ccf:<id>}, {@code standby:<id>})
 * @param probability probability that all of them are failed at once
 */
public record CutSetResult(List<String> labels, List<String> keys, double probability) {
    public CutSetResult {
        labels = List.copyOf(labels);
        keys = List.copyOf(keys);
    }

    public int order() {
        return keys.size();
    }
}
