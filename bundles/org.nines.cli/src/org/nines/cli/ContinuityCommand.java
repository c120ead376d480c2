package org.nines.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.continuity.Breach;
import org.nines.analysis.continuity.ContinuityAnalysis;
import org.nines.analysis.continuity.ContinuityJson;
import org.nines.analysis.continuity.ContinuityResult;
import org.nines.analysis.continuity.Hours;
import org.nines.analysis.continuity.IncidentRecovery;
import org.nines.analysis.continuity.ServiceContinuity;
import org.nines.analysis.continuity.ServiceTargets;
import org.nines.model.SystemModel;

/**
 * {@code nines continuity FILE [--json] [--no-cut-sets] [--all]}: recovery time and data-loss window of every risk
 * and minimal cut set against the RTO/RPO targets, the breaches, and per scenario the worst and expected RTO/RPO.
 */
final class ContinuityCommand {
    private final PrintStream out;
    private final PrintStream err;

    ContinuityCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        boolean json = false;
        boolean cutSets = true;
        boolean all = false;
        List<String> files = new ArrayList<>();
        for (String a : arguments) {
            switch (a) {
                case "--json" -> json = true;
                case "--no-cut-sets" -> cutSets = false;
                case "--all" -> all = true;
                default -> files.add(RisksCommand.option(a));
            }
        }
        SystemModel model = RisksCommand.loadValid(RisksCommand.oneFile(files, "continuity"), err);
        if (model == null) {
            return Main.USAGE;
        }
        ContinuityAnalysis.Options defaults = ContinuityAnalysis.Options.defaults();
        List<ContinuityResult> results;
        try {
            results = ContinuityAnalysis.analyzeScenarios(model, cutSets ? defaults
                    : new ContinuityAnalysis.Options(0, defaults.maxOrder(), defaults.cutSetCutoff()));
        } catch (IllegalArgumentException e) {
            err.println(files.get(0) + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (json) {
            out.println(ContinuityJson.of(results));
        } else {
            print(results, all);
        }
        return Main.OK;
    }

    private void print(List<ContinuityResult> results, boolean all) {
        ContinuityResult base = results.get(0);
        out.println("Business continuity of " + base.modelName());
        for (ServiceContinuity s : base.services()) {
            ServiceTargets t = s.targets();
            out.printf(Locale.ROOT, "%nService %s (%s): targets RTO %s, RPO %s, max outage %s%n", t.name(), t.diagramId(),
                    target(t.rtoHours()), target(t.rpoHours()), target(t.maxTolerableOutageHours()));
            out.printf(Locale.ROOT, "%-34s %5s %10s %10s %10s %10s  %s%n", "incident", "down", "RTO exp", "RTO worst",
                    "RPO exp", "RPO worst", "recovery path");
            for (IncidentRecovery r : s.incidents()) {
                if (!all && !r.serviceDown() && r.worstRtoHours() == 0 && r.worstRpoHours() == 0) {
                    continue;
                }
                out.printf(Locale.ROOT, "%-34s %5s %10s %10s %10s %10s  %s%n", cut(r.incident().label(), 34),
                        r.serviceDown() ? "yes" : "no", Hours.format(r.expectedRtoHours()), Hours.format(r.worstRtoHours()),
                        Hours.format(r.expectedRpoHours()), Hours.format(r.worstRpoHours()), r.path());
            }
            if (!all) {
                out.println("(incidents absorbed without interruption or data loss not shown; --all shows them)");
            }
            out.println(s.breaches().isEmpty() ? "No breaches." : s.breaches().size() + " breaches:");
            for (Breach b : s.breaches()) {
                out.println("  " + b.message());
            }
            if (!Double.isNaN(s.rtoBreachShare())) {
                out.printf(Locale.ROOT, "Share of incidents (by frequency) breaching the RTO: %.1f %%%n", s.rtoBreachShare() * 100);
            }
        }
        out.printf(Locale.ROOT, "%nPer scenario (top service): worst and expected (frequency-weighted) RTO/RPO per incident%n");
        out.printf(Locale.ROOT, "%-36s %10s %10s %10s %10s %9s%n", "scenario", "RTO worst", "RTO exp", "RPO worst", "RPO exp",
                "breaches");
        for (ContinuityResult r : results) {
            ServiceContinuity s = r.service();
            out.printf(Locale.ROOT, "%-36s %10s %10s %10s %10s %9d%n", cut(r.scenarioName(), 36), Hours.format(s.worstRtoHours()),
                    Hours.format(s.expectedRtoHours()), Hours.format(s.worstRpoHours()), Hours.format(s.expectedRpoHours()),
                    r.breaches().size());
        }
    }

    private static String target(double hours) {
        return hours > 0 ? Hours.format(hours) : "none";
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
