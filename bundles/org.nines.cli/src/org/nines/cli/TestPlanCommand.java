package org.nines.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.continuity.ContinuityJson;
import org.nines.analysis.continuity.FailoverTest;
import org.nines.analysis.continuity.Hours;
import org.nines.analysis.continuity.TestPlan;
import org.nines.analysis.continuity.TestPlanGenerator;
import org.nines.io.excel.TestPlanSheet;
import org.nines.model.SystemModel;

/**
 * {@code nines test-plan FILE [--json | --xlsx OUT.xlsx]}: a failover test plan derived from the model, one test per redundant element
 * with its predicted outcome; tests that would take the service down are flagged "do not run in production".
 */
final class TestPlanCommand {
    private final PrintStream out;
    private final PrintStream err;

    TestPlanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        boolean json = false;
        String xlsx = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--xlsx")) {
                xlsx = Args.value(arguments, ++i, a);
            } else {
                files.add(RisksCommand.option(a));
            }
        }
        SystemModel model = RisksCommand.loadValid(RisksCommand.oneFile(files, "test-plan"), err);
        if (model == null) {
            return Main.USAGE;
        }
        TestPlan plan;
        try {
            plan = TestPlanGenerator.generate(model);
        } catch (IllegalArgumentException e) {
            err.println(files.get(0) + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (xlsx != null) {
            try {
                TestPlanSheet.writeWorkbook(plan, model.getCurrency(), Path.of(xlsx));
            } catch (IOException e) {
                err.println(xlsx + ": not written: " + e.getMessage());
                return Main.FAILURE;
            }
            out.println("Wrote " + xlsx + ": " + plan.tests().size() + " failover tests, " + plan.doNotRunInProduction().size()
                    + " flagged do not run in production");
        } else if (json) {
            out.println(ContinuityJson.of(plan));
        } else {
            print(plan);
        }
        return Main.OK;
    }

    private void print(TestPlan plan) {
        out.printf(Locale.ROOT, "Failover test plan of %s (service %s): %d tests, %d flagged do not run in production%n",
                plan.modelName(), plan.serviceName(), plan.tests().size(), plan.doNotRunInProduction().size());
        for (FailoverTest t : plan.tests()) {
            out.printf(Locale.ROOT, "%n%2d. %s [%s]%s%n", t.number(), t.title(), t.id(),
                    t.doNotRunInProduction() ? "  ** DO NOT RUN IN PRODUCTION **" : "");
            out.printf(Locale.ROOT, "    outcome: %s; interruption %s, data loss up to %s; frequency %s (RAW %.3g)%n",
                    t.outcome(), Hours.format(t.expectedInterruptionHours()), Hours.format(t.dataLossWindowHours()),
                    t.frequency().name().toLowerCase(Locale.ROOT).replace('_', '-'), t.riskAchievementWorth());
            out.println("    expect: " + t.expectedBehaviour());
            t.preconditions().forEach(p -> out.println("    before: " + p));
        }
        if (!plan.singlePointsOfFailure().isEmpty()) {
            out.println();
            out.println("Not tested (single points of failure; stopping one takes the service down): "
                    + String.join(", ", plan.singlePointsOfFailure()));
        }
    }
}
