package org.nines.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.ui.wizards.EditedWorkbooks;

/** File > Export / Import Open-PSA MEF: a model's fault tree out, and back in as a new model file. */
class MefConversionsTest {
    @TempDir
    Path dir;

    @Test
    void anExportedExampleImportsAsAValidModelWithOneComponentPerBasicEvent() throws Exception {
        SystemModel model = EditedWorkbooks.example("web-cluster.nines");
        Path xml = dir.resolve("web-cluster.xml");
        String summary = MefConversions.export(model, xml);
        assertTrue(Files.readString(xml).contains("<opsa-mef>"));
        int events = Integer.parseInt(summary.substring(0, summary.indexOf(' ')));

        Path target = dir.resolve("from-mef.nines");
        MefConversions.importTree(List.of(xml), target);
        SystemModel imported = ModelStore.load(target).model();
        assertEquals("web-cluster", imported.getName());
        assertEquals(events, imported.getComponents().size(), summary);
        assertFalse(ModelValidator.hasErrors(ModelValidator.validate(imported)));
    }

    @Test
    void aFileThatIsNotMefIsRefusedAndNoModelIsWritten() throws Exception {
        Path xml = Files.writeString(dir.resolve("not-mef.xml"), "<html/>");
        Path target = dir.resolve("never.nines");
        assertThrows(java.io.IOException.class, () -> MefConversions.importTree(List.of(xml), target));
        assertFalse(Files.exists(target));
    }

    @Test
    void modelNamesDropTheXmlExtension() {
        assertEquals("tree", MefConversions.modelName(Path.of("/a/tree.XML")));
    }
}
