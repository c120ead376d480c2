package org.nines.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.simulation.FailureBiasing;
import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.io.excel.RiskWorkbookWriter;
import org.nines.io.excel.WorkbookData;
import org.nines.model.SystemModel;

/**
 * {@code nines export FILE --xlsx OUT.xlsx [--scenarios] [--simulate [--histories N] [--years Y] [--seed S]
 * [--threads T] [--threats MODE] [--method plain|failure-biasing]]}: the risk-register workbook for risk workshops (Summary, Risk Register, Risk Matrix,
 * Components, Cut Sets, optional Scenarios and Simulation sheets). The file is written atomically.
 */
final class ExportCommand {
    private final PrintStream out;
    private final PrintStream err;
    private String file;
    private String xlsx;
    private boolean scenarios;
    private boolean testPlan;
    private boolean simulate;
    private final SimulationArgs simulation = new SimulationArgs().acceptingMethod();

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        parse(arguments);
        SystemModel model = RisksCommand.loadValid(file, err);
        if (model == null) {
            return Main.USAGE;
        }
        WorkbookData data;
        try {
            data = simulate && simulation.method() == SimulationArgs.Method.FAILURE_BIASING
                    ? WorkbookData.withRareEvents(model, scenarios, failureBiasing(model), testPlan, Versions.ninesVersion(),
                            ZonedDateTime.now())
                    : WorkbookData.compute(model, scenarios, simulate ? simulation.options() : null, testPlan,
                            Versions.ninesVersion(), ZonedDateTime.now());
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return Main.USAGE;
        }
        Path target = Path.of(xlsx);
        try {
            RiskWorkbookWriter.write(data, target);
        } catch (IOException e) {
            err.println(xlsx + ": not written: " + e.getMessage());
            return Main.FAILURE;
        }
        long proposed = data.register().risks().stream().filter(r -> model.getRisks().stream()
                .noneMatch(m -> m.getId().equals(r.id()))).count();
        out.printf(Locale.ROOT, "Wrote %s: %d risks (%d proposed), %d components, %d cut sets%s%s%n", target,
                data.register().risks().size() - proposed, proposed, model.getComponents().size(),
                Math.min(RiskWorkbookWriter.MAX_CUT_SETS, data.availability().minimalCutSets().size()),
                data.comparison() == null ? "" : ", " + data.comparison().alternatives().size() + " alternatives",
                (data.simulation() == null ? "" : String.format(Locale.ROOT, ", simulation of %,d histories",
                        data.simulation().histories()))
                        + (data.rareEvents() == null ? "" : String.format(Locale.ROOT,
                                ", failure-biasing simulation of %,d cycles", data.rareEvents().cycles()))
                        + (data.testPlan() == null ? "" : ", " + data.testPlan().tests().size() + " failover tests"));
        return Main.OK;
    }

    /** The failure-biasing run of a Markovian model; refuses others naming the element (IllegalArgumentException). */
    private RareEventResult failureBiasing(SystemModel model) {
        return FailureBiasing.run(SimulationModel.compile(model), simulation.options());
    }

    private void parse(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            int used = simulation.accept(arguments, i);
            if (used >= 0) {
                i = used;
                continue;
            }
            switch (a) {
                case "--xlsx" -> xlsx = Args.value(arguments, ++i, a);
                case "--scenarios" -> scenarios = true;
                case "--test-plan" -> testPlan = true;
                case "--simulate" -> simulate = true;
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (file != null) {
                        throw new UsageException("exports one model at a time, got " + file + " and " + a);
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            throw new UsageException("expects a model file, e.g. nines export examples/web-cluster.nines --xlsx risks.xlsx");
        }
        if (xlsx == null) {
            throw new UsageException("needs --xlsx OUT.xlsx");
        }
        if (!xlsx.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("--xlsx needs a file name ending in .xlsx, got '" + xlsx + "'");
        }
        if (simulation.given() && !simulate) {
            throw new UsageException("--histories, --years, --seed, --threads, --threats, --target-rel-ci and --method"
                    + " need --simulate");
        }
    }

}
