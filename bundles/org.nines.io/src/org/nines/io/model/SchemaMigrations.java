package org.nines.io.model;

import java.nio.file.Path;
import java.util.List;

import org.nines.model.SystemModel;
import org.nines.model.files.ModelFiles;

/**
 * Brings models written by older versions of Nines up to {@link ModelFiles#SCHEMA_VERSION}, one version step at a
 * time, and refuses models written by newer versions. Schema 1 is the first, so the standard list is still empty;
 * when the schema changes, add the step from the previous version here and raise {@code SCHEMA_VERSION}.
 */
public final class SchemaMigrations {
    /** Upgrades a model of schema {@code from()} to {@code from() + 1} in place. */
    public interface Step {
        int from();

        void apply(SystemModel model);
    }

    private final int current;
    private final List<Step> steps;

    public SchemaMigrations(int current, List<Step> steps) {
        this.current = current;
        this.steps = List.copyOf(steps);
    }

    /** The migrations of this version of Nines. */
    public static SchemaMigrations standard() {
        return new SchemaMigrations(ModelFiles.SCHEMA_VERSION, List.of());
    }

    /** Migrates the freshly loaded model in place. */
    public void migrate(Path file, SystemModel model) throws ModelFileException {
        int version = model.getSchemaVersion();
        if (version > current) {
            throw new ModelFileException(file + ":1: model: written by a newer Nines (schema " + version
                    + "); this version reads schema " + current + " and older. Update Nines to open it.");
        }
        if (version < 1) {
            throw new ModelFileException(file + ":1: model: schemaVersion must be 1 or more, got " + version + ".");
        }
        while (version < current) {
            int from = version;
            Step step = steps.stream().filter(s -> s.from() == from).findFirst().orElseThrow(
                    () -> new ModelFileException(file + ":1: model: no migration from schema " + from + " to " + (from + 1) + "."));
            step.apply(model);
            version++;
            model.setSchemaVersion(version);
        }
    }
}
