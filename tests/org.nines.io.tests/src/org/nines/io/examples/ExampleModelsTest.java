package org.nines.io.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nines.io.model.LoadedModel;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/** Every example in examples/ is valid, round-trips unchanged, and has scenarios and risks to show. */
class ExampleModelsTest {
    @TempDir
    Path dir;

    static Stream<Path> examples() throws IOException {
        Path folder = Path.of(System.getProperty("nines.examples", "../../examples"));
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".nines")).sorted().toList().stream();
        }
    }

    @Test
    void theFourPromisedExamplesExist() throws IOException {
        List<String> names = examples().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("plant-mes.nines", "web-cluster.nines", "os-standby.nines", "meshed-network.nines")),
                names.toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsValid(Path example) throws Exception {
        LoadedModel loaded = ModelStore.load(example);
        List<Problem> problems = ModelValidator.validate(loaded.model());
        assertEquals(List.of(), problems.stream().map(loaded::describe).toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleRoundTripsUnchanged(Path example) throws Exception {
        SystemModel original = ModelStore.load(example).model();
        Path copy = dir.resolve(example.getFileName());
        ModelStore.save(original, copy);
        SystemModel reloaded = ModelStore.load(copy).model();
        assertTrue(EcoreUtil.equals(original, reloaded), "load, save, load gives an equal model");
        ModelStore.save(reloaded, copy);
        assertEquals(Files.readString(copy.resolveSibling(copy.getFileName() + ".bak")), Files.readString(copy),
                "saving twice writes the same bytes");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleHasScenariosAndRisks(Path example) throws Exception {
        SystemModel model = ModelStore.load(example).model();
        assertTrue(model.getScenarios().size() >= 2, "at least two scenarios");
        assertFalse(model.getRisks().isEmpty(), "a risk register");
    }
}
