package org.nines.model.files;

/** Facts about Nines model files that every layer (UI, CLI, importers) agrees on. */
public final class ModelFiles {
    /** File extension of Nines models, without the dot. */
    public static final String EXTENSION = "nines";
    /** Schema version written into every saved model; older files are migrated on load. */
    public static final int SCHEMA_VERSION = 1;

    private ModelFiles() {
    }

    /** @return whether the file name carries the Nines model extension (case-insensitive) */
    public static boolean isModelFile(String fileName) {
        return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith("." + EXTENSION);
    }
}
