package org.nines.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.model.ModelStore;
import org.nines.model.Connector;
import org.nines.model.End;
import org.nines.model.Start;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/** The models the new-model wizard creates, and the examples it offers. */
class NewModelsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyModelConnectsStartToEndAndPassesTheValidator() {
        SystemModel model = NewModels.empty("Billing", "CHF");
        assertEquals("Billing", model.getName());
        assertEquals("CHF", model.getCurrency());
        assertEquals(1, model.getDiagrams().size());
        Connector only = model.getTopDiagram().getConnectors().get(0);
        assertTrue(only.getSource() instanceof Start && only.getTarget() instanceof End);
        List<Problem> problems = ModelValidator.validate(model);
        assertFalse(ModelValidator.hasErrors(problems), problems.toString());
    }

    @Test
    void anEmptyModelSurvivesSaveAndLoad() throws Exception {
        Path file = dir.resolve("billing.nines");
        NewModels.create(NewModels.empty("Billing", "USD"), file);
        SystemModel loaded = ModelStore.load(file).model();
        assertEquals("Billing", loaded.getName());
        assertEquals("USD", loaded.getCurrency());
        assertEquals(1, loaded.getTopDiagram().getConnectors().size());
    }

    @Test
    void aModelFromAnExampleIsTheExampleUnderTheNewName() throws Exception {
        Path example = EditedWorkbooks.examples().resolve("web-cluster.nines");
        SystemModel original = ModelStore.load(example).model();
        SystemModel copy = NewModels.fromExample(example, "My shop");
        assertEquals("My shop", copy.getName());
        assertEquals(original.getComponents().size(), copy.getComponents().size());
        assertEquals(original.getRisks().size(), copy.getRisks().size());
    }

    @Test
    void theExamplesAreListedByFileNameWithTheirOneLineDescriptions() {
        List<Examples.Example> examples = Examples.in(EditedWorkbooks.examples());
        assertTrue(examples.size() >= 4, examples.toString());
        assertEquals(examples.stream().map(Examples.Example::fileName).sorted().toList(),
                examples.stream().map(Examples.Example::fileName).toList());
        Examples.Example web = examples.stream().filter(e -> e.fileName().equals("web-cluster.nines")).findFirst().orElseThrow();
        assertEquals("Web shop on two data centres", web.description());
    }

    @Test
    void aMissingExamplesDirectoryListsNothing() {
        assertEquals(List.of(), Examples.in(dir.resolve("none")));
    }

    @Test
    void fileNamesForModelNamesAvoidCharactersFileSystemsRefuse() {
        assertEquals("Plant A_B.nines", NewModelPage.fileNameFor(" Plant A/B "));
        assertEquals("model.nines", NewModelPage.fileNameFor("  "));
    }

    @Test
    void examplesComeFromTheSystemPropertyWhenSet() {
        String before = System.getProperty(Examples.PROPERTY);
        try {
            System.setProperty(Examples.PROPERTY, dir.toString());
            assertEquals(List.of(), Examples.available());
            System.setProperty(Examples.PROPERTY, EditedWorkbooks.examples().toString());
            assertEquals(Examples.in(EditedWorkbooks.examples()).size(), Examples.available().size());
        } finally {
            if (before == null) {
                System.clearProperty(Examples.PROPERTY);
            } else {
                System.setProperty(Examples.PROPERTY, before);
            }
        }
    }
}
