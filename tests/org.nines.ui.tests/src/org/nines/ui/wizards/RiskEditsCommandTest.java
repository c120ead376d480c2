package org.nines.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.excel.RegisterColumn;
import org.nines.model.Component;
import org.nines.model.Risk;
import org.nines.model.SystemModel;
import org.nines.ui.wizards.EditsPreview.Kind;

/** Previewing a workshop's risk edits and applying them to the open model as one undoable command. */
class RiskEditsCommandTest {
    @TempDir
    Path dir;
    private SystemModel model;
    private BasicCommandStack stack;
    private AdapterFactoryEditingDomain domain;

    @BeforeEach
    void open() throws Exception {
        model = EditedWorkbooks.example("web-cluster.nines");
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
    }

    private Risk risk(String id) {
        return model.getRisks().stream().filter(r -> r.getId().equals(id)).findFirst().orElse(null);
    }

    private EditsPreview preview(String affectedOfNewRisk) throws Exception {
        Path edited = EditedWorkbooks.exportEdited(model, dir.resolve("w.xlsx"), sheet -> {
            EditedWorkbooks.setText(sheet, "R-02", RegisterColumn.TITLE, "DDoS on the web shop");
            EditedWorkbooks.setNumber(sheet, "R-03", RegisterColumn.OUTAGE, 6);
            EditedWorkbooks.addRow(sheet, "R-99", "Cleaner unplugs the core switch", affectedOfNewRisk, 0.2, 1);
        });
        return EditsPreview.of(model, edited);
    }

    @Test
    void thePreviewListsEveryChangeWithItsCellAndWritesNothing() throws Exception {
        String oldTitle = risk("R-02").getTitle();
        EditsPreview preview = preview(model.getComponents().get(0).getId());
        assertTrue(preview.canApply(), preview.rows().toString());
        EditsPreview.Row title = preview.rows().stream().filter(r -> r.field().equals("title")).findFirst().orElseThrow();
        assertEquals("R-02", title.riskId());
        assertTrue(title.cell().startsWith("Risk Register!"), title.cell());
        assertTrue(title.newValue().contains("DDoS on the web shop"), title.newValue());
        assertTrue(preview.rows().stream().anyMatch(r -> r.kind() == Kind.NEW_RISK && r.riskId().equals("R-99")));
        assertEquals(oldTitle, risk("R-02").getTitle(), "the open model is unchanged by the preview");
        assertNull(risk("R-99"));
        assertTrue(preview.summary().startsWith("2 changed fields, 1 new risk, 0 rejected cells"), preview.summary());
    }

    @Test
    void applyingIsOneCommandThatUndoRevertsCompletely() throws Exception {
        String oldTitle = risk("R-02").getTitle();
        double oldOutage = risk("R-03").getOutageHours();
        int risks = model.getRisks().size();
        EditsPreview preview = preview(model.getComponents().get(0).getId());
        Command command = RiskEditsCommand.create(domain, model, preview.result().model());
        stack.execute(command);
        assertEquals("DDoS on the web shop", risk("R-02").getTitle());
        assertEquals(6.0, risk("R-03").getOutageHours());
        assertEquals(risks + 1, model.getRisks().size());
        assertTrue(stack.isSaveNeeded(), "the editor becomes dirty");
        assertEquals(RiskEditsCommand.LABEL, stack.getUndoCommand().getLabel());

        stack.undo();
        assertEquals(oldTitle, risk("R-02").getTitle());
        assertEquals(oldOutage, risk("R-03").getOutageHours());
        assertEquals(risks, model.getRisks().size());
        assertFalse(stack.canUndo(), "one undo takes back the whole import");
    }

    @Test
    void aNewRiskRefersToTheOpenModelsComponentNotTheImportersCopy() throws Exception {
        Component first = model.getComponents().get(0);
        EditsPreview preview = preview(first.getId());
        stack.execute(RiskEditsCommand.create(domain, model, preview.result().model()));
        assertEquals(List.of(first), List.copyOf(risk("R-99").getAffectedComponents()));
        assertSame(model, risk("R-99").getAffectedComponents().get(0).eContainer());
    }

    @Test
    void anUnknownComponentIsARejectedCellAndNothingCanBeApplied() throws Exception {
        EditsPreview preview = preview("no-such-component");
        assertFalse(preview.canApply());
        EditsPreview.Row rejected = preview.rows().get(0);
        assertEquals(Kind.REJECTED, rejected.kind(), "rejections are listed first");
        assertTrue(rejected.cell().startsWith("Risk Register!"), rejected.cell());
        assertTrue(preview.rows().stream().anyMatch(r -> r.kind() == Kind.REJECTED && r.newValue().contains("no-such-component")),
                preview.rows().toString());
        assertTrue(preview.summary().contains("Nothing is applied"), preview.summary());
    }

    @Test
    void anUneditedWorkbookGivesNoCommand() throws Exception {
        Path unedited = EditedWorkbooks.exportEdited(model, dir.resolve("same.xlsx"), sheet -> {
        });
        EditsPreview preview = EditsPreview.of(model, unedited);
        assertFalse(preview.canApply());
        assertNull(RiskEditsCommand.create(domain, model, preview.result().model()));
    }
}
