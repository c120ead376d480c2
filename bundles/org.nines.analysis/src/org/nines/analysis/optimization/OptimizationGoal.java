package org.nines.analysis.optimization;

/** What the optimiser looks for. */
public sealed interface OptimizationGoal {
    /** The cheapest design whose service availability is at least {@code availability}. */
    record TargetAvailability(double availability) implements OptimizationGoal {
        public TargetAvailability {
            if (!(availability > 0 && availability <= 1)) {
                throw new IllegalArgumentException("target availability must be in (0, 1], got " + availability);
            }
        }
    }

    /** The most available design that costs at most {@code budget} (model currency, on the cost basis). */
    record Budget(double budget) implements OptimizationGoal {
        public Budget {
            if (!(budget >= 0) || !Double.isFinite(budget)) {
                throw new IllegalArgumentException("budget must be finite and >= 0, got " + budget);
            }
        }
    }

    /** No single best design: the Pareto front only (the best design is then the most available one). */
    record ParetoFront() implements OptimizationGoal {
    }
}
