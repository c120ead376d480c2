package org.nines.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.optimization.CostBasis;
import org.nines.analysis.optimization.Design;
import org.nines.analysis.optimization.DesignChoice;
import org.nines.analysis.optimization.OptimizationGoal;
import org.nines.analysis.optimization.OptimizationJson;
import org.nines.analysis.optimization.OptimizationResult;
import org.nines.analysis.optimization.RedundancyOptimizer;
import org.nines.model.SystemModel;

/**
 * {@code nines optimize FILE [--target-availability A | --budget B] [--cost capex|annual] [--json]}: the cheapest
 * design of the model's optimisation subsystems that reaches A, or the most available one within budget B, and the
 * Pareto front of cost against availability. A may be a fraction (0.9999) or a percentage (99.99%).
 */
final class OptimizeCommand {
    private static final int FRONT_LINES = 30;
    private final PrintStream out;
    private final PrintStream err;

    OptimizeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        boolean json = false;
        OptimizationGoal goal = null;
        CostBasis basis = CostBasis.CAPEX;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--target-availability" -> goal = only(goal, new OptimizationGoal.TargetAvailability(availability(Args.value(arguments, ++i, a))));
                case "--budget" -> goal = only(goal, new OptimizationGoal.Budget(budget(Args.value(arguments, ++i, a))));
                case "--cost" -> basis = switch (Args.value(arguments, ++i, a).toLowerCase(Locale.ROOT)) {
                    case "capex" -> CostBasis.CAPEX;
                    case "annual" -> CostBasis.ANNUAL;
                    default -> throw new UsageException("--cost needs capex or annual");
                };
                default -> files.add(RisksCommand.option(a));
            }
        }
        String file = RisksCommand.oneFile(files, "optimize");
        SystemModel model = RisksCommand.loadValid(file, err);
        if (model == null) {
            return Main.USAGE;
        }
        OptimizationResult result;
        try {
            result = RedundancyOptimizer.optimize(model, goal == null ? new OptimizationGoal.ParetoFront() : goal, basis);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println(file + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (json) {
            out.println(OptimizationJson.of(result));
        } else {
            print(model, result);
        }
        return Main.OK;
    }

    private static OptimizationGoal only(OptimizationGoal before, OptimizationGoal now) {
        if (before != null) {
            throw new UsageException("give either --target-availability or --budget, once");
        }
        return now;
    }

    private static double availability(String text) {
        try {
            double v = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1).trim()) / 100
                    : Double.parseDouble(text);
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--target-availability needs a value in (0, 1] or a percentage, got '" + text + "'");
    }

    private static double budget(String text) {
        try {
            double v = Double.parseDouble(text);
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--budget needs an amount >= 0, got '" + text + "'");
    }

    private void print(SystemModel model, OptimizationResult r) {
        String currency = model.getCurrency();
        out.printf(Locale.ROOT, "Redundancy optimisation of %s (cost: %s, %s)%n", model.getName(),
                r.costBasis() == CostBasis.CAPEX ? "CAPEX of the optimised units" : "annual cost of ownership of the optimised units",
                currency);
        out.println("Method: " + r.method() + (r.exact() ? " (optimal)" : " (not proven optimal)"));
        String goal = switch (r.goal()) {
            case OptimizationGoal.TargetAvailability t -> "cheapest design with availability >= " + RisksCommand.percent(t.availability());
            case OptimizationGoal.Budget b -> "most available design costing at most " + RisksCommand.money(b.budget()) + " " + currency;
            case OptimizationGoal.ParetoFront p -> "Pareto front (best = most available design within the limits)";
        };
        out.println("Goal: " + goal);
        if (r.best() == null) {
            out.printf(Locale.ROOT, "No design meets the goal within the limits; the best availability reachable is %s.%n",
                    RisksCommand.percent(r.availabilityBound()));
        } else {
            Design d = r.best();
            out.printf(Locale.ROOT, "Best design: availability %s, downtime %.3f h/yr, cost %s %s%s%n",
                    RisksCommand.percent(d.availability()), d.downtimeHoursPerYear(), RisksCommand.money(d.cost()), currency,
                    resources(d));
            for (DesignChoice c : d.choices()) {
                out.printf(Locale.ROOT, "  %-20s %-14s %s  A = %s  cost %s%n", c.subsystemId(), c.optionId(), c.describe(),
                        RisksCommand.percent(c.availability()), RisksCommand.money(c.cost()));
            }
        }
        if (!r.exact()) {
            out.printf(Locale.ROOT, "Upper bound on the availability of any design: %s%n", RisksCommand.percent(r.availabilityBound()));
        }
        out.printf(Locale.ROOT, "%nPareto front (%d designs, cost ascending):%n", r.paretoFront().size());
        List<Design> front = r.paretoFront();
        int step = Math.max(1, (front.size() + FRONT_LINES - 1) / FRONT_LINES);
        for (int i = 0; i < front.size(); i++) {
            if (i % step == 0 || i == front.size() - 1) {
                Design d = front.get(i);
                out.printf(Locale.ROOT, "  %12s  %s  %9.3f h/yr  %s%n", RisksCommand.money(d.cost()),
                        RisksCommand.percent(d.availability()), d.downtimeHoursPerYear(),
                        String.join(", ", d.choices().stream().map(c -> c.subsystemId() + ": " + c.units() + " x " + c.componentId()).toList()));
            }
        }
        if (step > 1) {
            out.printf(Locale.ROOT, "  (every %d-th design shown; --json lists all)%n", step);
        }
    }

    private static String resources(Design d) {
        StringBuilder s = new StringBuilder();
        if (d.weightKg() > 0) {
            s.append(String.format(Locale.ROOT, ", %.1f kg", d.weightKg()));
        }
        if (d.rackUnits() > 0) {
            s.append(String.format(Locale.ROOT, ", %.1f U", d.rackUnits()));
        }
        if (d.powerWatts() > 0) {
            s.append(String.format(Locale.ROOT, ", %.0f W", d.powerWatts()));
        }
        return s.toString();
    }
}
