package org.nines.ui.tests;

import static org.nines.ui.tests.driver.Ui.activateWorkbenchShell;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.syncRun;
import static org.nines.ui.tests.driver.Ui.waitShowing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nines.ui.diagram.DiagramCanvas;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.wizards.EditedWorkbooks;

/**
 * JUnit 5 fixture for workbench tests, registered with {@code @RegisterExtension}: before each test it copies an
 * example model into a fresh temporary folder, opens the copy in the workbench, activates the workbench shell and
 * waits until the diagram canvas shows; after each test (after the test's own {@code @AfterEach}) it closes all
 * editors without saving and deletes the folder.
 */
public final class ExampleEditor implements BeforeEachCallback, AfterEachCallback {
    /** The example most UI tests edit. */
    public static final String WEB_CLUSTER = "web-cluster.nines";

    private final String example;
    private Path dir;
    private Path file;
    private ModelEditor editor;

    /** @param example file name of a model in the examples directory, e.g. {@link #WEB_CLUSTER} */
    public ExampleEditor(String example) {
        this.example = example;
    }

    /** Copies the example {@code name} (see {@link EditedWorkbooks#examples()}) into {@code dir}; returns the copy. */
    public static Path copy(String name, Path dir) throws IOException {
        return Files.copy(EditedWorkbooks.examples().resolve(name), dir.resolve(name));
    }

    /** Closes every editor of the active workbench page without saving. */
    public static void closeAllEditors() {
        syncRun(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("nines-ui-test");
        file = copy(example, dir);
        editor = sync(() -> ModelEditor.openFile(file));
        activateWorkbenchShell();
        waitShowing(editor.canvas());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        closeAllEditors();
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(ExampleEditor::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test copy " + path, e);
        }
    }

    /** The editor on the copy; open and showing its diagram. */
    public ModelEditor editor() {
        return editor;
    }

    /** The editor's diagram canvas. */
    public DiagramCanvas canvas() {
        return editor.canvas();
    }

    /** The copied model file. */
    public Path file() {
        return file;
    }

    /** The temporary folder holding the copy; tests may write other files there. */
    public Path dir() {
        return dir;
    }
}
