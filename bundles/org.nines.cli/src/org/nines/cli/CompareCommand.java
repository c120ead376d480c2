package org.nines.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.scenario.Comparison;
import org.nines.analysis.scenario.ComparisonJson;
import org.nines.analysis.scenario.ScenarioComparison;
import org.nines.analysis.scenario.SimulatedComparison;
import org.nines.analysis.simulation.PairedSimulation;
import org.nines.analysis.simulation.SimulationMonitor;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.model.SystemModel;

/**
 * {@code nines compare FILE [--json] [--simulate [--histories N] [--years Y] [--seed S] [--threads T] [--threats M]]}:
 * the base design and every what-if scenario side by side (exact availability, downtime, outages, CAPEX, OPEX, cost
 * of ownership, downtime cost, total, payback, Pareto efficiency). With {@code --simulate} every alternative is also
 * simulated (threats off unless {@code --threats} says otherwise, like the exact figures) with common random numbers, and its difference to the base is given with the confidence interval of
 * paired histories ({@link ScenarioComparison#simulate}); Ctrl+C prints the alternatives finished so far, marked
 * partial, and exits with 130.
 */
final class CompareCommand {
    private final PrintStream out;
    private final PrintStream err;

    CompareCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        boolean json = false;
        boolean simulate = false;
        // threats off by default: the exact figures beside the simulated ones leave the risk register out too
        SimulationArgs simulation = new SimulationArgs(ThreatMode.OFF);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            int used = simulation.accept(arguments, i);
            if (used >= 0) {
                i = used;
            } else if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--simulate")) {
                simulate = true;
            } else {
                files.add(RisksCommand.option(a));
            }
        }
        if (simulation.given() && !simulate) {
            throw new UsageException("simulation options need --simulate");
        }
        String file = RisksCommand.oneFile(files, "compare");
        SystemModel model = RisksCommand.loadValid(file, err);
        if (model == null) {
            return Main.USAGE;
        }
        if (simulate) {
            return simulated(file, model, simulation.options(), json);
        }
        Comparison comparison;
        try {
            comparison = ScenarioComparison.compare(model);
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (json) {
            out.println(ComparisonJson.of(comparison));
        } else {
            print(comparison);
        }
        return Main.OK;
    }

    private int simulated(String file, SystemModel model, SimulationOptions options, boolean json) {
        Interruption interruption = new Interruption().install();
        try {
            SimulatedComparison comparison;
            try {
                comparison = ScenarioComparison.simulate(model, options, interruption.cancelling(SimulationMonitor.NONE));
            } catch (IllegalArgumentException e) {
                err.println(file + ": " + e.getMessage());
                return Main.USAGE;
            }
            if (json) {
                out.println(ComparisonJson.of(comparison));
            } else {
                print(comparison.exact());
                out.println();
                print(comparison, interruption.interrupted());
            }
            if (comparison.partial()) {
                err.printf(Locale.ROOT, "%s: partial: %s%n", file, interruption.interrupted() ? "interrupted" : "cancelled");
            }
            out.flush();
            return interruption.interrupted() ? Interruption.EXIT_INTERRUPTED : Main.OK;
        } finally {
            interruption.finished();
        }
    }

    private void print(SimulatedComparison c, boolean interrupted) {
        SimulationResult first = c.alternatives().get(0).simulation();
        out.printf(Locale.ROOT, "Simulated with common random numbers: %,d histories of %s per alternative, seed %d%s%n",
                first.histories(), first.years() == 1 ? "one year" : first.years() + " years", first.seed(),
                c.partial() ? (interrupted ? ", partial: interrupted" : ", partial: cancelled") : "");
        out.printf(Locale.ROOT, "%-8s %-16s %-16s %-37s %-34s %s%n", "id", "exact", "simulated", "95 % CI",
                "difference to base (95 % CI)", "unpaired ±");
        for (SimulatedComparison.SimulatedAlternative a : c.alternatives()) {
            SimulationResult.Estimate e = a.simulation().availability();
            PairedSimulation.PairedDifference d = a.differenceToBase();
            String difference = d == null ? "-" : String.format(Locale.ROOT, "%+.3g h/yr (%+.3g to %+.3g)",
                    -d.mean() * a.simulation().periodHours(), -d.ciHigh() * a.simulation().periodHours(),
                    -d.ciLow() * a.simulation().periodHours());
            String unpaired = d == null ? "-" : String.format(Locale.ROOT, "± %.3g h/yr", d.unpairedHalfWidth()
                    * a.simulation().periodHours());
            out.printf(Locale.ROOT, "%-8s %-16s %-16s %-37s %-34s %s%n", a.id(), RisksCommand.percent(a.exactAvailability()),
                    RisksCommand.percent(e.mean()), RisksCommand.percent(e.ciLow()) + " to " + RisksCommand.percent(e.ciHigh()),
                    difference, unpaired);
        }
        out.println();
        out.println("Difference = change in service downtime per year against the base (negative: less downtime), from"
                + " paired histories (the same failures and repairs of shared elements); unpaired ± = the half-width two"
                + " independent runs would give.");
    }

    private void print(Comparison c) {
        out.printf(Locale.ROOT, "What-if comparison of %s (money in %s; downtime cost %s/h; exact steady state)%n%n",
                c.modelName(), c.currency(), RisksCommand.money(c.downtimeCostPerHour()));
        out.printf(Locale.ROOT, "%-8s %-16s %10s %8s %10s %10s %11s %11s %11s %8s %6s  %s%n", "id", "availability", "downtime",
                "outages", "CAPEX", "OPEX/yr", "TCO/yr", "dt cost/yr", "total/yr", "payback", "Pareto", "name");
        for (Alternative a : c.alternatives()) {
            out.printf(Locale.ROOT, "%-8s %-16s %8.3f h %8.4g %10s %10s %11s %11s %11s %8s %6s  %s%n", a.id(),
                    RisksCommand.percent(a.availability()), a.downtimeHoursPerYear(), a.outagesPerYear(),
                    RisksCommand.money(a.capex()), RisksCommand.money(a.opexPerYear()),
                    RisksCommand.money(a.costOfOwnershipPerYear()), RisksCommand.money(a.downtimeCostPerYear()),
                    RisksCommand.money(a.totalCostPerYear()), payback(a), a.paretoEfficient() ? "yes" : "no", a.name());
        }
        out.println();
        out.println("TCO = CAPEX / service life + OPEX; total = TCO + downtime cost; payback = extra CAPEX over the base /"
                + " yearly saving in OPEX and downtime cost; Pareto = no alternative is both cheaper (TCO) and more available.");
    }

    private static String payback(Alternative a) {
        if (a.base()) {
            return "-";
        }
        if (a.paybackYears() == Double.POSITIVE_INFINITY) {
            return "never";
        }
        return String.format(Locale.ROOT, "%.2f y", a.paybackYears());
    }
}
