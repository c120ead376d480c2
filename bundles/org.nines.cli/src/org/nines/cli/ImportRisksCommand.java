package org.nines.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.nines.io.excel.ExcelImportException;
import org.nines.io.excel.RiskWorkbookImporter;
import org.nines.io.model.LoadedModel;
import org.nines.io.model.ModelStore;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/**
 * {@code nines import-risks FILE --xlsx IN.xlsx [-o OUT.nines] [--dry-run]}: takes a workshop's edits of the Risk
 * Register sheet back into the model. Every change is printed as {@code sheet!cell: risk field old -> new}; every
 * rejected cell goes to stderr with its reference and reason. On any rejected cell, or when the updated model has
 * validation errors, nothing is written (exit 2). Otherwise the model is saved atomically to OUT (default: FILE
 * itself, the previous version kept as FILE.bak).
 */
final class ImportRisksCommand {
    private final PrintStream out;
    private final PrintStream err;
    private String file;
    private String xlsx;
    private String output;
    private boolean dryRun;

    ImportRisksCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        parse(arguments);
        LoadedModel loaded = ModelInput.load(file, err);
        if (loaded == null) {
            return Main.USAGE;
        }
        RiskWorkbookImporter.Result result;
        try {
            result = RiskWorkbookImporter.importRisks(loaded.model(), Path.of(xlsx));
        } catch (ExcelImportException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println(xlsx + ": cannot read: " + e.getMessage());
            return Main.USAGE;
        }
        result.changes().forEach(out::println);
        result.added().forEach(id -> out.println("new risk " + id));
        result.notes().forEach(n -> out.println("note: " + n));
        result.errors().forEach(e -> err.println(e));
        if (!result.ok()) {
            err.println(xlsx + ": " + result.errors().size() + " rejected cell" + (result.errors().size() == 1 ? "" : "s")
                    + "; nothing written.");
            return Main.USAGE;
        }
        List<Problem> problems = ModelValidator.validate(result.model());
        if (ModelValidator.hasErrors(problems)) {
            problems.stream().filter(Problem::isError).forEach(p -> err.println(xlsx + ": " + p.severity().word() + ": " + p.message()));
            err.println(xlsx + ": the updated model has errors; nothing written.");
            return Main.USAGE;
        }
        Path target = Path.of(output != null ? output : file);
        String summary = result.changes().size() + " change" + (result.changes().size() == 1 ? "" : "s") + ", "
                + result.added().size() + " new risk" + (result.added().size() == 1 ? "" : "s");
        if (dryRun) {
            out.println(summary + "; dry run, nothing written.");
            return Main.OK;
        }
        if (!result.changed() && output == null) {
            out.println("No changes; " + target + " left as it is.");
            return Main.OK;
        }
        try {
            ModelStore.save(result.model(), target);
        } catch (IOException e) {
            err.println(target + ": not written: " + e.getMessage());
            return Main.FAILURE;
        }
        out.println(summary + "; wrote " + target + ".");
        return Main.OK;
    }

    private void parse(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            switch (a) {
                case "--xlsx" -> xlsx = Args.value(arguments, ++i, a);
                case "-o", "--output" -> output = Args.value(arguments, ++i, a);
                case "--dry-run" -> dryRun = true;
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (file != null) {
                        throw new UsageException("imports into one model at a time, got " + file + " and " + a);
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            throw new UsageException("expects a model file, e.g. nines import-risks model.nines --xlsx workshop.xlsx");
        }
        if (xlsx == null) {
            throw new UsageException("needs --xlsx IN.xlsx");
        }
    }

}
