package org.nines.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import java.util.List;

import org.nines.io.model.LoadedModel;
import org.nines.io.model.ModelFileException;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/** Reads model files for commands, reporting load and validation problems on stderr. */
final class ModelInput {
    private ModelInput() {
    }

    /** @return the loaded model, or null after printing why it could not be read */
    static LoadedModel load(String argument, PrintStream err) {
        try {
            return ModelStore.load(Path.of(argument));
        } catch (ModelFileException e) {
            e.messages().forEach(message -> err.println(message));
            return null;
        }
    }

    /**
     * @param notDone what the command did not do, for the message ("not analysed", "not simulated")
     * @return the loaded model without validation errors (warnings are printed), or null after reporting why
     */
    static SystemModel loadValid(String file, PrintStream err, String notDone) {
        LoadedModel loaded = load(file, err);
        if (loaded == null) {
            return null;
        }
        List<Problem> problems = ModelValidator.validate(loaded.model());
        problems.forEach(p -> err.println(loaded.describe(p)));
        if (ModelValidator.hasErrors(problems)) {
            err.println(file + ": " + notDone + ": fix the errors above first.");
            return null;
        }
        return loaded.model();
    }
}
