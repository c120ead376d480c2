package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nines.analysis.risk.AssessedRisk;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.model.Risk;
import org.nines.model.RiskCategory;
import org.nines.model.RiskStatus;
import org.nines.ui.editor.RiskCommands;

/** Adding, duplicating, deleting and adopting risks on the Risks page. */
class RiskCommandsTest {

    @Test
    void newRiskGetsTheNextFreeIdAndDefaultsAndIsValidOnceItAffectsSomething() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        RiskCommands commands = new RiskCommands(f.domain, f.model);
        Risk risk = commands.newRisk(List.of(f.component("web1")));
        f.execute(commands.add(List.of(risk)));

        assertEquals("R-08", risk.getId(), "the example has R-01 to R-07");
        assertEquals(RiskStatus.OPEN, risk.getStatus());
        assertEquals(0.1, risk.getLikelihoodPerYear());
        assertEquals(4, risk.getOutageHours());
        assertEquals(List.of(), f.errors());
    }

    @Test
    void duplicateAndDeleteAreUndoable() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        RiskCommands commands = new RiskCommands(f.domain, f.model);
        Risk original = f.model.getRisks().get(0);
        List<Risk> copies = commands.copies(List.of(original));
        f.execute(commands.add(copies));
        assertNotEquals(original.getId(), copies.get(0).getId());
        assertEquals(original.getTitle() + " copy", copies.get(0).getTitle());
        assertEquals(original.getAffectedSites(), copies.get(0).getAffectedSites());

        f.execute(commands.delete(List.of(original)));
        assertFalse(f.model.getRisks().contains(original));
        f.stack.undo();
        assertEquals(original, f.model.getRisks().get(0));
    }

    @Test
    void adoptingADerivedRiskAddsItToTheRegisterAndTheAnalysisStopsProposingIt() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        RiskCommands commands = new RiskCommands(f.domain, f.model);
        List<AssessedRisk> derived = proposals(f);
        AssessedRisk proposal = derived.get(0);

        Risk adopted = commands.adopt(proposal);
        f.execute(commands.add(List.of(adopted)));

        assertTrue(adopted.isDerived());
        assertEquals(proposal.title(), adopted.getTitle());
        assertEquals(proposal.affectedComponentIds(), adopted.getAffectedComponents().stream().map(c -> c.getId()).toList());
        assertEquals(proposal.inherent().likelihoodPerYear(), adopted.getLikelihoodPerYear());
        assertEquals(proposal.inherent().outageHours(), adopted.getOutageHours());
        assertEquals(RiskCategory.get(proposal.category()), adopted.getCategory());
        assertEquals(List.of(), f.errors());
        assertEquals(derived.size() - 1, proposals(f).size(), "the adopted risk is no longer proposed");
        f.stack.undo();
        assertEquals(derived.size(), proposals(f).size());
    }

    @Test
    void adoptingAProposalWhoseComponentIsGoneIsRefusedWithItsName() throws Exception {
        EditorCommandsFixture f = new EditorCommandsFixture("web-cluster.nines");
        RiskCommands commands = new RiskCommands(f.domain, f.model);
        AssessedRisk proposal = proposals(f).get(0);
        f.model.getComponents().removeIf(c -> c.getId().equals(proposal.affectedComponentIds().get(0)));

        var e = assertThrows(IllegalArgumentException.class, () -> commands.adopt(proposal));
        assertTrue(e.getMessage().contains(proposal.affectedComponentIds().get(0)), e.getMessage());
    }

    /** The analysis' risks that are not in the model's register. */
    private static List<AssessedRisk> proposals(EditorCommandsFixture f) {
        var ids = f.model.getRisks().stream().map(Risk::getId).toList();
        return RiskAnalysis.assess(f.model).risks().stream().filter(r -> !ids.contains(r.id())).toList();
    }
}
