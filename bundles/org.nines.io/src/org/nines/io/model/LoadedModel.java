package org.nines.io.model;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.nines.model.SystemModel;
import org.nines.model.validation.Problem;

/**
 * A model read from a file, with the line each element starts on, so problems can be reported as
 * {@code file:line: message}.
 */
public record LoadedModel(Path file, SystemModel model, Map<EObject, Integer> lines) {
    public LoadedModel {
        lines = Map.copyOf(lines);
    }

    /** @return the line the element (or its nearest ancestor read from the file) starts on, or 0 if unknown */
    public int lineOf(EObject element) {
        for (EObject object = element; object != null; object = object.eContainer()) {
            Integer line = lines.get(object);
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** @return {@code file:line: severity: message} */
    public String describe(Problem problem) {
        return file + ":" + lineOf(problem.element()) + ": " + problem.severity().word() + ": " + problem.message();
    }
}
