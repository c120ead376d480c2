package org.nines.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.nines.ui.actions.ShippedFiles;

/**
 * The example models shipped with Nines: the {@code examples/} entry of the org.nines.ui bundle, or the directory named
 * by the system property {@code nines.examples} (tests, development). Each {@code NAME.nines} may have a
 * {@code NAME.md} whose first line ({@code # NAME.nines: one-line description}) describes it.
 */
public final class Examples {
    /** System property naming a directory of examples that replaces the bundled ones. */
    public static final String PROPERTY = "nines.examples";

    /** One example: its file and the description from its .md ("" when it has none). */
    public record Example(String fileName, String description, Path file) {
    }

    private Examples() {
    }

    /** The examples available to this installation, sorted by file name; empty when none are shipped. */
    public static List<Example> available() {
        Path directory = ShippedFiles.directory("examples", PROPERTY);
        return directory == null ? List.of() : in(directory);
    }

    /** The examples in a directory, sorted by file name. */
    public static List<Example> in(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".nines")).toList()) {
                examples.add(new Example(file.getFileName().toString(), description(file), file));
            }
        } catch (IOException e) {
            return List.of();
        }
        examples.sort(Comparator.comparing(Example::fileName));
        return Collections.unmodifiableList(examples);
    }

    /** The text after the colon of the first heading of the example's .md, or "" when there is none. */
    static String description(Path example) {
        Path markdown = example.resolveSibling(example.getFileName().toString().replaceFirst("\\.nines$", ".md"));
        try (Stream<String> lines = Files.lines(markdown)) {
            return lines.filter(l -> l.startsWith("# ")).findFirst().map(Examples::headingDescription).orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    private static String headingDescription(String heading) {
        String text = heading.substring(2).strip();
        int colon = text.indexOf(": ");
        String description = colon < 0 ? text : text.substring(colon + 2).strip();
        return description.isEmpty() ? "" : Character.toUpperCase(description.charAt(0)) + description.substring(1);
    }
}
