package org.nines.analysis.optimization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nines.analysis.optimization.RedundancyOptimizer.Evaluator;
import org.nines.analysis.optimization.RedundancyOptimizer.Limits;
import org.nines.analysis.optimization.Subsystems.Subsystem;

/** Enumeration or greedy search for general structures (see {@link RedundancyOptimizer}). */
final class GeneralSearch {
    private final List<Subsystem> subsystems;
    private final Limits limits;
    private final Evaluator evaluator;
    private final OptimizationGoal goal;
    private final CostBasis basis;
    private final List<Design> evaluated = new ArrayList<>();

    GeneralSearch(List<Subsystem> subsystems, Limits limits, Evaluator evaluator, OptimizationGoal goal, CostBasis basis) {
        this.subsystems = subsystems;
        this.limits = limits;
        this.evaluator = evaluator;
        this.goal = goal;
        this.basis = basis;
    }

    OptimizationResult solve() {
        long combinations = 1;
        for (Subsystem s : subsystems) {
            combinations = Math.min(Long.MAX_VALUE / 1024, combinations * s.choices().size());
        }
        List<DesignChoice> best = new ArrayList<>();
        for (Subsystem s : subsystems) {
            best.add(s.choices().stream().max(Comparator.comparingDouble(DesignChoice::availability)).orElseThrow());
        }
        double bound = evaluator.availability(best);
        if (combinations <= RedundancyOptimizer.ENUMERATION_LIMIT) {
            enumerate(0, new ArrayList<>());
            List<Design> front = RedundancyOptimizer.front(evaluated);
            double exactBound = front.isEmpty() ? 0 : front.get(front.size() - 1).availability();
            return new OptimizationResult(goal, basis, true, "general structure: exact enumeration of " + combinations
                    + " designs", RedundancyOptimizer.best(front, goal), front, exactBound, evaluator.evaluations());
        }
        greedy();
        List<Design> front = RedundancyOptimizer.front(evaluated);
        return new OptimizationResult(goal, basis, false, "general structure: greedy heuristic (gain in availability per"
                + " extra cost), bound = every subsystem at its most available choice", RedundancyOptimizer.best(front, goal),
                front, bound, evaluator.evaluations());
    }

    private void enumerate(int i, List<DesignChoice> chosen) {
        if (i == subsystems.size()) {
            Design d = RedundancyOptimizer.design(chosen, 0);
            if (limits.fits(d)) {
                evaluated.add(RedundancyOptimizer.design(chosen, evaluator.availability(chosen)));
            }
            return;
        }
        for (DesignChoice c : subsystems.get(i).choices()) {
            chosen.add(c);
            enumerate(i + 1, chosen);
            chosen.remove(chosen.size() - 1);
        }
    }

    private void greedy() {
        List<DesignChoice> current = new ArrayList<>();
        for (Subsystem s : subsystems) {
            current.add(s.choices().stream().min(Comparator.comparingDouble(DesignChoice::cost)
                    .thenComparing(Comparator.comparingDouble(DesignChoice::availability).reversed())).orElseThrow());
        }
        Design design = RedundancyOptimizer.design(current, evaluator.availability(current));
        if (!limits.fits(design)) {
            return;
        }
        evaluated.add(design);
        while (!(goal instanceof OptimizationGoal.TargetAvailability t && design.availability() >= t.availability())) {
            Design next = null;
            double bestRatio = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < subsystems.size(); i++) {
                for (DesignChoice c : subsystems.get(i).choices()) {
                    if (c.availability() <= current.get(i).availability()) {
                        continue;
                    }
                    List<DesignChoice> trial = new ArrayList<>(current);
                    trial.set(i, c);
                    Design d = RedundancyOptimizer.design(trial, 0);
                    if (!limits.fits(d)) {
                        continue;
                    }
                    d = RedundancyOptimizer.design(trial, evaluator.availability(trial));
                    evaluated.add(d);
                    double gain = Math.log((1 - design.availability()) / Math.max(1e-300, 1 - d.availability()));
                    double extra = d.cost() - design.cost();
                    double ratio = extra <= 0 ? Double.POSITIVE_INFINITY : gain / extra;
                    if (gain > 0 && ratio > bestRatio) {
                        bestRatio = ratio;
                        next = d;
                    }
                }
            }
            if (next == null) {
                return;
            }
            design = next;
            current = new ArrayList<>(next.choices());
        }
    }
}
