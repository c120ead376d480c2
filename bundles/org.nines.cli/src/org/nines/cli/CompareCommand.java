package org.nines.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.scenario.Alternative;
import org.nines.analysis.scenario.Comparison;
import org.nines.analysis.scenario.ComparisonJson;
import org.nines.analysis.scenario.ScenarioComparison;
import org.nines.model.SystemModel;

/**
 * {@code nines compare FILE [--json]}: the base design and every what-if scenario side by side (exact availability,
 * downtime, outages, CAPEX, OPEX, cost of ownership, downtime cost, total, payback, Pareto efficiency).
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
        List<String> files = new ArrayList<>();
        for (String a : arguments) {
            if (a.equals("--json")) {
                json = true;
            } else {
                files.add(RisksCommand.option(a));
            }
        }
        String file = RisksCommand.oneFile(files, "compare");
        SystemModel model = RisksCommand.loadValid(file, err);
        if (model == null) {
            return Main.USAGE;
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
