package org.nines.analysis.bdd;

import java.util.Arrays;

/**
 * One minimal cut set by variable index: the variables, sorted by ascending name, and the product of their
 * probabilities.
 *
 * @param variables variable indices sorted by name (a defensive copy is made; {@link #variables()} returns
 *        a copy too)
 * @param probability product of the variables' probabilities
 */
public record IndexCutSet(int[] variables, double probability) {

    /** Copies {@code variables}. */
    public IndexCutSet {
        variables = variables.clone();
    }

    @Override
    public int[] variables() {
        return variables.clone();
    }

    /** @return the number of variables (the order of the cut set) */
    public int order() {
        return variables.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexCutSet c && Arrays.equals(variables, c.variables)
                && Double.compare(probability, c.probability) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(variables) * 31 + Double.hashCode(probability);
    }

    @Override
    public String toString() {
        return Arrays.toString(variables) + "=" + probability;
    }
}
