package org.nines.analysis.optimization;

import java.util.List;

/**
 * Immutable result of a redundancy optimisation.
 *
 * @param exact             true when the best design and the front are proven optimal (series structure solved by
 *                          dynamic programming, or a general structure small enough to enumerate)
 * @param method            how it was solved, for the report
 * @param best              the best design for the goal, or null when no design meets the goal and the limits
 * @param paretoFront       designs within the resource limits that no other such design beats in both cost and
 *                          availability, by cost ascending (for a heuristic: among the designs evaluated)
 * @param availabilityBound upper bound on the availability of any design within the limits (for a series
 *                          structure: the exact best; otherwise the availability with every subsystem at its most
 *                          available choice)
 * @param designsEvaluated  designs evaluated with the exact engine (0 for the decomposed series case)
 */
public record OptimizationResult(OptimizationGoal goal, CostBasis costBasis, boolean exact, String method,
        Design best, List<Design> paretoFront, double availabilityBound, long designsEvaluated) {
    public OptimizationResult {
        paretoFront = List.copyOf(paretoFront);
    }
}
