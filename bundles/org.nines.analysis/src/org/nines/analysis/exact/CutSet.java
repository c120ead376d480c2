package org.nines.analysis.exact;

import java.util.List;

/**
 * One minimal cut set.
 *
 * @param names basic event names, sorted ascending (unmodifiable)
 * @param order number of basic events
 * @param probability product of the events' probabilities (the probability that all of them have failed)
 */
public record CutSet(List<String> names, int order, double probability) {

    /** Copies {@code names}. */
    public CutSet {
        names = List.copyOf(names);
        if (order != names.size()) {
            throw new IllegalArgumentException("order " + order + " != " + names.size() + " names");
        }
    }
}
