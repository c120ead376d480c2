package org.nines.cli;

import java.io.PrintStream;
import java.util.List;

import org.nines.io.model.LoadedModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/** {@code nines validate FILE...}: exit 0 when every file is a valid model (warnings allowed), 2 otherwise. */
final class ValidateCommand {
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> files) {
        if (files.isEmpty()) {
            throw new UsageException("expects one or more model files, e.g. nines validate examples/web-cluster.nines");
        }
        boolean allValid = true;
        for (String file : files) {
            allValid &= validate(file);
        }
        return allValid ? Main.OK : Main.USAGE;
    }

    private boolean validate(String file) {
        LoadedModel loaded = ModelInput.load(file, err);
        if (loaded == null) {
            return false;
        }
        List<Problem> problems = ModelValidator.validate(loaded.model());
        problems.forEach(problem -> err.println(loaded.describe(problem)));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        out.println(file + ": " + (errors == 0 ? "valid" : "invalid, " + plural(errors, "error")) + (warnings == 0 ? "" : ", " + plural(warnings, "warning")));
        return errors == 0;
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
