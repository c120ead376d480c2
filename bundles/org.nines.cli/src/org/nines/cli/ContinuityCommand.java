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
import org.nines.analysis.continuity.SimulatedRecovery;
import org.nines.analysis.simulation.MonteCarloSimulation;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.system.Json;
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
        boolean simulate = false;
        SimulationArgs simulation = new SimulationArgs();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            int used = simulation.accept(arguments, i);
            if (used >= 0) {
                i = used;
                continue;
            }
            switch (a) {
                case "--json" -> json = true;
                case "--no-cut-sets" -> cutSets = false;
                case "--all" -> all = true;
                case "--simulate" -> simulate = true;
                default -> files.add(RisksCommand.option(a));
            }
        }
        if (simulation.given() && !simulate) {
            throw new UsageException("--histories, --years, --seed, --threads, --target-rel-ci and --threats need --simulate");
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
        SimulatedRecovery simulated = simulate ? simulateTopService(model, results.get(0), simulation) : null;
        if (json) {
            String continuity = ContinuityJson.of(results);
            out.println(simulated == null ? continuity : "{\"continuity\":" + continuity + ",\"simulatedRto\":" + json(simulated) + "}");
        } else {
            print(results, all);
            if (simulated != null) {
                out.printf(Locale.ROOT, "%nSimulated (top service, %s): %,d outages; %.1f %% of them longer than the RTO of %s "
                        + "(P90 outage %s, longest %s)%n", "seed " + simulation.options().seed(), simulated.outages(),
                        100 * simulated.shareLongerThanRto(), Hours.format(simulated.rtoHours()),
                        Hours.format(simulated.p90OutageHours()), Hours.format(simulated.maxOutageHours()));
            }
        }
        return Main.OK;
    }

    /** Simulates the model and reads its outage durations against the top service's RTO (a usage error without one). */
    private SimulatedRecovery simulateTopService(SystemModel model, ContinuityResult base, SimulationArgs simulation) {
        double rto = base.services().isEmpty() ? 0 : base.services().get(0).targets().rtoHours();
        if (!(rto > 0)) {
            throw new UsageException("--simulate needs an RTO target on the top diagram (rtoTargetHours); none is set");
        }
        SimulationResult result = MonteCarloSimulation.run(SimulationModel.compile(model), simulation.options());
        return SimulatedRecovery.of(result, rto);
    }

    private static String json(SimulatedRecovery s) {
        return new Json().beginObject().name("rtoHours").value(s.rtoHours()).name("outages").value(s.outages())
                .name("shareLongerThanRto").value(s.shareLongerThanRto()).name("p90OutageHours").value(s.p90OutageHours())
                .name("maxOutageHours").value(s.maxOutageHours()).endObject().toString();
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
