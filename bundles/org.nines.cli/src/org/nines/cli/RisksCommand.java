package org.nines.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.analysis.risk.RiskFigures;
import org.nines.analysis.risk.RiskRegister;
import org.nines.analysis.risk.RiskRegisterJson;
import org.nines.model.SystemModel;

/**
 * {@code nines risks FILE [--json] [--no-derived]}: the risk register with the service impact of every risk computed
 * from the availability model, ranked by expected loss per year, and the 5x5 matrix. Also holds the small helpers the
 * decision commands ({@code risks}, {@code compare}, {@code optimize}) share.
 */
final class RisksCommand {
    private final PrintStream out;
    private final PrintStream err;

    RisksCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        boolean json = false;
        boolean derived = true;
        List<String> files = new ArrayList<>();
        for (String a : arguments) {
            switch (a) {
                case "--json" -> json = true;
                case "--no-derived" -> derived = false;
                default -> files.add(option(a));
            }
        }
        SystemModel model = loadValid(oneFile(files, "risks"), err);
        if (model == null) {
            return Main.USAGE;
        }
        RiskRegister register;
        try {
            register = RiskAnalysis.assess(model, derived ? RiskAnalysis.Options.defaults() : new RiskAnalysis.Options(false, 0, 0));
        } catch (IllegalArgumentException e) {
            err.println(files.get(0) + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (json) {
            out.println(RiskRegisterJson.of(register));
        } else {
            print(register);
        }
        return Main.OK;
    }

    private void print(RiskRegister r) {
        long derived = r.risks().stream().filter(AssessedRisk::derived).count();
        out.printf(Locale.ROOT, "Risk register of %s: %d risks (%d derived from the model), ranked by expected loss per year%n",
                r.modelName(), r.risks().size(), derived);
        out.printf(Locale.ROOT, "Downtime cost %s %s/h; matrix cell = likelihood level x impact level (1-5)%n%n",
                money(r.downtimeCostPerHour()), r.currency());
        out.printf(Locale.ROOT, "%3s  %-16s %-5s %9s %10s %12s   %-5s %10s %12s  %s%n", "#", "id", "cell", "P(down)",
                "h/yr", "loss/yr", "resid", "h/yr", "loss/yr", "title");
        for (AssessedRisk a : r.risks()) {
            RiskFigures i = a.inherent();
            RiskFigures s = a.residual();
            out.printf(Locale.ROOT, "%3d  %-16s %-5s %9.3g %10.4g %12s   %-5s %10.4g %12s  %s%s%n", a.rank(), a.id(),
                    i.matrixCell(), i.serviceDownProbability(), i.downtimeHoursPerYear(), money(i.lossPerYear()),
                    s.matrixCell(), s.downtimeHoursPerYear(), money(s.lossPerYear()), a.derived() ? "[derived] " : "",
                    a.title());
            out.println("       " + a.reason());
        }
        out.println();
        matrix("Inherent", r.matrix(false));
        matrix("Residual", r.matrix(true));
    }

    private void matrix(String title, int[][] cells) {
        out.println(title + " risk matrix (rows: likelihood 5 to 1, columns: impact 1 to 5; number of risks):");
        for (int l = 4; l >= 0; l--) {
            StringBuilder row = new StringBuilder("  L" + (l + 1) + " |");
            for (int i = 0; i < 5; i++) {
                row.append(String.format(Locale.ROOT, " %3s", cells[l][i] == 0 ? "." : Integer.toString(cells[l][i])));
            }
            out.println(row);
        }
        out.println("       I1  I2  I3  I4  I5");
    }

    // ---- helpers shared by the decision commands ----

    static String option(String argument) {
        if (argument.startsWith("--")) {
            throw new UsageException("unknown option " + argument);
        }
        return argument;
    }

    static String oneFile(List<String> files, String command) {
        if (files.size() != 1) {
            throw new UsageException("expects one model file, e.g. nines " + command + " examples/web-cluster.nines");
        }
        return files.get(0);
    }

    /** @return the loaded model without validation errors, or null after reporting why on {@code err} */
    static SystemModel loadValid(String file, PrintStream err) {
        return ModelInput.loadValid(file, err, "not analysed");
    }

    static String money(double amount) {
        return Formats.money(amount);
    }

    static String percent(double availability) {
        return String.format(Locale.ROOT, "%.6f %%", availability * 100);
    }
}
