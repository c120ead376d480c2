package org.nines.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.nines.io.model.LoadedModel;
import org.nines.io.model.ModelFileException;
import org.nines.io.model.ModelStore;

/** Reads model files for commands, reporting load problems on stderr. */
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
}
