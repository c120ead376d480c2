package org.nines.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.io.excel.RiskWorkbookWriter;
import org.nines.io.excel.WorkbookData;
import org.nines.model.SystemModel;

/**
 * {@code nines export FILE --xlsx OUT.xlsx [--scenarios] [--simulate [--histories N] [--years Y] [--seed S]
 * [--threads T] [--threats MODE]]}: the risk-register workbook for risk workshops (Summary, Risk Register, Risk Matrix,
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
    private SimulationOptions simulation = SimulationOptions.defaults()
            .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));

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
            data = WorkbookData.compute(model, scenarios, simulate ? simulation : null, testPlan, Versions.ninesVersion(),
                    ZonedDateTime.now());
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
                data.simulation() == null ? "" : String.format(Locale.ROOT, ", simulation of %,d histories",
                        data.simulation().histories()) + (data.testPlan() == null ? "" : ", " + data.testPlan().tests().size()
                        + " failover tests"));
        return Main.OK;
    }

    private void parse(List<String> arguments) {
        boolean simulationOption = false;
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            switch (a) {
                case "--xlsx" -> xlsx = value(arguments, ++i, a);
                case "--scenarios" -> scenarios = true;
                case "--test-plan" -> testPlan = true;
                case "--simulate" -> simulate = true;
                case "--histories" -> {
                    simulation = simulation.withHistories(whole(a, value(arguments, ++i, a)));
                    simulationOption = true;
                }
                case "--years" -> {
                    simulation = simulation.withYears(positive(a, value(arguments, ++i, a)));
                    simulationOption = true;
                }
                case "--seed" -> {
                    simulation = simulation.withSeed(seed(value(arguments, ++i, a)));
                    simulationOption = true;
                }
                case "--threads" -> {
                    simulation = simulation.withThreads((int) Math.min(1024, whole(a, value(arguments, ++i, a))));
                    simulationOption = true;
                }
                case "--threats" -> {
                    simulation = simulation.withThreats(threats(value(arguments, ++i, a)));
                    simulationOption = true;
                }
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
        if (simulationOption && !simulate) {
            throw new UsageException("--histories, --years, --seed, --threads and --threats need --simulate");
        }
    }

    private static String value(List<String> arguments, int i, String option) {
        if (i >= arguments.size()) {
            throw new UsageException(option + " needs a value");
        }
        return arguments.get(i);
    }

    private static long whole(String option, String text) {
        try {
            long v = Long.parseLong(text.replace("_", "").replace(",", ""));
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a whole number >= 1, got '" + text + "'");
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed needs a whole number, got '" + text + "'");
        }
    }

    private static double positive(String option, String text) {
        try {
            double v = Double.parseDouble(text);
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive number, got '" + text + "'");
    }

    private static ThreatMode threats(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "inherent" -> ThreatMode.INHERENT;
            case "residual" -> ThreatMode.RESIDUAL;
            case "off", "none" -> ThreatMode.OFF;
            default -> throw new UsageException("--threats needs inherent, residual or off, got '" + text + "'");
        };
    }
}
