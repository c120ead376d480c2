package org.nines.analysis.optimization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nines.analysis.bdd.CompiledStructure;
import org.nines.analysis.exact.FaultTreeAnalysis;
import org.nines.analysis.optimization.Subsystems.Subsystem;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.SystemModel;

/**
 * Redundancy allocation: chooses for every optimisation subsystem of a model one design (option and number of units)
 * so as to reach a target availability at least cost, or the best availability within a budget, under the model's
 * weight, rack-unit and power limits (0 = none); and returns the Pareto front of cost against availability.
 *
 * <p><b>Series structure</b> (every optimised block is a single point of failure of the base structure, i.e. the
 * service function is {@code F = v_1 OR ... OR v_m OR G(rest)}): the service availability of a design is
 * {@code A_rest * prod A_i(choice_i)}, with {@code A_rest} the exact availability of the rest with the optimised blocks
 * perfect. Solved exactly by dynamic programming over subsystems with dominance pruning: a partial design is dropped
 * when another one is no more expensive, uses no more of any limited resource and is at least as available (every
 * completion of the dropped one is then matched by a completion of the other). The final non-dominated designs give
 * the exact Pareto front; the cheapest front design reaching the target, or the most available one within the budget,
 * is the exact optimum (the front contains an optimum of both problems).
 *
 * <p><b>General structure</b>: each design is evaluated exactly (the optimised block's variable takes the chosen
 * module's unavailability in the compiled BDD of the base). All designs are enumerated when there are at most
 * {@value #ENUMERATION_LIMIT} (exact); otherwise a greedy heuristic starts from the cheapest choice of every subsystem
 * and repeatedly takes the single-subsystem upgrade with the largest gain in availability per extra cost until the
 * target is met or no upgrade fits. The reported bound is then the availability with every subsystem at its most
 * available choice, ignoring cost and limits (valid because the structure is coherent).
 *
 * <p>Never modifies the model. Deterministic.
 */
public final class RedundancyOptimizer {
    /** Largest number of designs enumerated exactly for a general structure. */
    public static final long ENUMERATION_LIMIT = 20_000;
    /** Largest number of partial designs kept per stage of the dynamic programme. */
    public static final int STATE_LIMIT = 2_000_000;

    private RedundancyOptimizer() {
    }

    public static OptimizationResult optimize(SystemModel model, OptimizationGoal goal) {
        return optimize(model, goal, CostBasis.CAPEX);
    }

    /**
     * @throws IllegalArgumentException naming the subsystem or option when the model's optimisation data is unusable
     * @throws IllegalStateException    when the dynamic programme exceeds {@link #STATE_LIMIT} partial designs
     */
    public static OptimizationResult optimize(SystemModel model, OptimizationGoal goal, CostBasis basis) {
        SystemSnapshot snapshot = SnapshotBuilder.of(model);
        List<Subsystem> subsystems = Subsystems.of(model, snapshot, basis);
        Limits limits = new Limits(model.getMaxWeightKg(), model.getMaxRackUnits(), model.getMaxPowerWatts(),
                goal instanceof OptimizationGoal.Budget b ? b.budget() : 0, goal instanceof OptimizationGoal.Budget);
        Evaluator evaluator = new Evaluator(snapshot, subsystems);
        if (evaluator.isSeries()) {
            List<Design> designs = new SeriesFront(subsystems, limits, evaluator.restAvailability()).solve();
            List<Design> front = front(designs);
            double bound = front.isEmpty() ? 0 : front.get(front.size() - 1).availability();
            return new OptimizationResult(goal, basis, true, "series structure: exact dynamic programming",
                    best(front, goal), front, bound, 0);
        }
        return new GeneralSearch(subsystems, limits, evaluator, goal, basis).solve();
    }

    /** Resource limits of a design; 0 = none. The budget applies when {@code hasBudget}. */
    record Limits(double weightKg, double rackUnits, double powerWatts, double budget, boolean hasBudget) {
        boolean fits(double cost, double weight, double ru, double power) {
            return (weightKg <= 0 || weight <= weightKg * (1 + 1e-12)) && (rackUnits <= 0 || ru <= rackUnits * (1 + 1e-12))
                    && (powerWatts <= 0 || power <= powerWatts * (1 + 1e-12)) && (!hasBudget || cost <= budget * (1 + 1e-12));
        }

        boolean fits(Design d) {
            return fits(d.cost(), d.weightKg(), d.rackUnits(), d.powerWatts());
        }
    }

    /** Cost-ascending designs that no other design beats in cost and availability. */
    static List<Design> front(List<Design> designs) {
        List<Design> sorted = new ArrayList<>(designs);
        sorted.sort(Comparator.comparingDouble(Design::cost).thenComparing(Comparator.comparingDouble(Design::availability).reversed()));
        List<Design> front = new ArrayList<>();
        double best = -1;
        for (Design d : sorted) {
            if (d.availability() > best) {
                front.add(d);
                best = d.availability();
            }
        }
        return front;
    }

    static Design best(List<Design> front, OptimizationGoal goal) {
        return switch (goal) {
            case OptimizationGoal.TargetAvailability t ->
                front.stream().filter(d -> d.availability() >= t.availability()).findFirst().orElse(null);
            case OptimizationGoal.Budget b -> front.stream().filter(d -> d.cost() <= b.budget() * (1 + 1e-12))
                    .reduce((x, y) -> y).orElse(null);
            case OptimizationGoal.ParetoFront p -> front.isEmpty() ? null : front.get(front.size() - 1);
        };
    }

    static Design design(List<DesignChoice> choices, double availability) {
        double cost = 0;
        double weight = 0;
        double ru = 0;
        double power = 0;
        for (DesignChoice c : choices) {
            cost += c.cost();
            weight += c.weightKg();
            ru += c.rackUnits();
            power += c.powerWatts();
        }
        return new Design(choices, availability, cost, weight, ru, power);
    }

    /** Exact service availability of a design on the base structure; also tells whether it is a series structure. */
    static final class Evaluator {
        private final CompiledStructure compiled;
        private final double[] base;
        private final int[] variables;
        private long evaluations;

        Evaluator(SystemSnapshot snapshot, List<Subsystem> subsystems) {
            compiled = FaultTreeAnalysis.compile(snapshot.structure()); // recursive: on the engine's large-stack thread
            base = snapshot.unavailabilities();
            variables = subsystems.stream().mapToInt(s -> snapshot.structure().variableIndex(s.componentId())).toArray();
        }

        /** Every optimised variable alone fails the service whatever the other variables do. */
        boolean isSeries() {
            for (int v : variables) {
                double[] p = new double[base.length];
                Arrays.fill(p, 0.5);
                p[v] = 1;
                if (compiled.probability(p)[1] != 0) {
                    return false;
                }
            }
            return true;
        }

        /** Availability of the rest: the optimised blocks perfect. */
        double restAvailability() {
            double[] p = base.clone();
            for (int v : variables) {
                p[v] = 0;
            }
            return compiled.probability(p)[1];
        }

        double availability(List<DesignChoice> choices) {
            double[] p = base.clone();
            for (int i = 0; i < variables.length; i++) {
                p[variables[i]] = 1 - choices.get(i).availability();
            }
            evaluations++;
            return compiled.probability(p)[1];
        }

        long evaluations() {
            return evaluations;
        }
    }

    /** Exact dynamic programme for the series case. */
    static final class SeriesFront {
        private final List<Subsystem> subsystems;
        private final Limits limits;
        private final double rest;

        /** A partial design: totals and the chain of choices (newest first). */
        private record State(double cost, double weight, double ru, double power, double availability, DesignChoice choice,
                State previous) {
        }

        SeriesFront(List<Subsystem> subsystems, Limits limits, double rest) {
            this.subsystems = subsystems;
            this.limits = limits;
            this.rest = rest;
        }

        List<Design> solve() {
            List<State> states = List.of(new State(0, 0, 0, 0, rest, null, null));
            for (Subsystem s : subsystems) {
                List<State> next = new ArrayList<>();
                for (State st : states) {
                    for (DesignChoice c : s.choices()) {
                        State n = new State(st.cost + c.cost(), st.weight + c.weightKg(), st.ru + c.rackUnits(),
                                st.power + c.powerWatts(), st.availability * c.availability(), c, st);
                        if (limits.fits(n.cost, n.weight, n.ru, n.power)) {
                            next.add(n);
                        }
                    }
                }
                states = prune(next);
                if (states.size() > STATE_LIMIT) {
                    throw new IllegalStateException("more than " + STATE_LIMIT + " non-dominated partial designs at subsystem "
                            + s.id() + ": narrow the options");
                }
            }
            List<Design> out = new ArrayList<>();
            for (State st : states) {
                List<DesignChoice> choices = new ArrayList<>();
                for (State x = st; x.choice != null; x = x.previous) {
                    choices.add(0, x.choice);
                }
                out.add(design(choices, st.availability));
            }
            return out;
        }

        /** Keeps the states no other state dominates (cost, limited resources, availability). */
        private List<State> prune(List<State> states) {
            List<State> sorted = new ArrayList<>(states);
            sorted.sort(Comparator.comparingDouble((State s) -> s.cost).thenComparingDouble(s -> s.weight)
                    .thenComparingDouble(s -> s.ru).thenComparingDouble(s -> s.power)
                    .thenComparing(Comparator.comparingDouble((State s) -> s.availability).reversed()));
            int resources = (limits.weightKg() > 0 ? 1 : 0) + (limits.rackUnits() > 0 ? 1 : 0) + (limits.powerWatts() > 0 ? 1 : 0);
            List<State> kept = new ArrayList<>();
            if (resources == 0) {
                double best = -1;
                for (State s : sorted) {
                    if (s.availability > best) {
                        kept.add(s);
                        best = s.availability;
                    }
                }
            } else if (resources == 1) {
                // staircase over the one resource: resource -> best availability, increasing in the resource
                TreeMap<Double, Double> stairs = new TreeMap<>();
                for (State s : sorted) {
                    double r = resource(s);
                    Map.Entry<Double, Double> below = stairs.floorEntry(r);
                    if (below != null && below.getValue() >= s.availability) {
                        continue;
                    }
                    kept.add(s);
                    stairs.put(r, s.availability);
                    Map.Entry<Double, Double> above = stairs.higherEntry(r);
                    while (above != null && above.getValue() <= s.availability) {
                        stairs.remove(above.getKey());
                        above = stairs.higherEntry(r);
                    }
                }
            } else {
                for (State s : sorted) {
                    boolean dominated = false;
                    for (int i = 0; i < kept.size() && !dominated; i++) {
                        State k = kept.get(i);
                        dominated = k.weight <= s.weight && k.ru <= s.ru && k.power <= s.power && k.availability >= s.availability;
                    }
                    if (!dominated) {
                        kept.add(s);
                    }
                }
            }
            return kept;
        }

        private double resource(State s) {
            return limits.weightKg() > 0 ? s.weight : limits.rackUnits() > 0 ? s.ru : s.power;
        }
    }
}
