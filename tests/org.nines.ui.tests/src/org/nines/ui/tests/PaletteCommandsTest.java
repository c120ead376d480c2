package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nines.model.Block;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.Diagram;
import org.nines.model.End;
import org.nines.model.Element;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.KofN;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.Start;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;
import org.nines.ui.wizards.EditedWorkbooks;
import org.nines.ui.diagram.PaletteCommands;
import org.nines.ui.diagram.PaletteCommands.Creation;
import org.nines.ui.diagram.PaletteEntry;

/** The palette's commands on web-cluster.nines: what they create, unique ids, validity, undo and redo. */
class PaletteCommandsTest {
    private SystemModel model;
    private Diagram top;
    private BasicCommandStack stack;
    private PaletteCommands commands;

    @BeforeEach
    void loadExample() throws Exception {
        model = EditedWorkbooks.example("web-cluster.nines");
        top = model.getTopDiagram();
        stack = new BasicCommandStack();
        commands = new PaletteCommands(new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack));
    }

    private <T> T run(Creation creation, Class<T> type) {
        assertTrue(creation.command().canExecute(), "command can execute");
        stack.execute(creation.command());
        return type.cast(creation.node());
    }

    @Test
    void kindEntryAddsANumberedComponentWithTheKindsDefaultDataAndABlockForIt() {
        int components = model.getComponents().size();
        Block block = run(commands.componentBlock(top, ComponentKind.DATABASE, 400, 500), Block.class);
        assertEquals(components + 1, model.getComponents().size());
        Component added = block.getComponent();
        assertSame(model, added.eContainer());
        assertEquals("Database 3", added.getName(), "web-cluster has two databases");
        assertEquals(ComponentKind.DATABASE, added.getKind());
        assertEquals(13_500, ((ExponentialFailure) added.getFailure()).getMtbfHours());
        assertEquals(4, ((ExponentialRepair) added.getRepair()).getMttrHours());
        assertTrue(added.getNotes().contains("Replace with your own figures"), added.getNotes());
        assertSame(top, block.eContainer());
        assertEquals("Database 3", block.getName());
        assertEquals(340, block.getBounds().getX(), "centred on the point, snapped to the grid");
        assertEquals(470, block.getBounds().getY());
        assertIdsUnique();
    }

    @Test
    void undoRemovesTheComponentAndTheBlockAndRedoRestoresThem() {
        SystemModel before = EcoreUtil.copy(model);
        Block block = run(commands.componentBlock(top, ComponentKind.SERVER, 200, 400), Block.class);
        SystemModel after = EcoreUtil.copy(model);
        stack.undo();
        assertTrue(EcoreUtil.equals(before, model), "undo restores the model exactly");
        assertNull(block.eContainer());
        assertNull(block.getComponent().eContainer());
        stack.redo();
        assertTrue(EcoreUtil.equals(after, model), "redo restores the added elements");
        assertSame(top, block.eContainer());
    }

    @Test
    void everyKindCreatesAValidComponentWithPositiveMtbfAndMttr() {
        for (ComponentKind kind : ComponentKind.VALUES) {
            Block block = run(commands.componentBlock(top, kind, 100, 600), Block.class);
            double mtbf = ((ExponentialFailure) block.getComponent().getFailure()).getMtbfHours();
            double mttr = ((ExponentialRepair) block.getComponent().getRepair()).getMttrHours();
            assertTrue(mtbf > 0 && mttr > 0 && mttr < mtbf, kind + ": MTBF " + mtbf + " h, MTTR " + mttr + " h");
            assertEquals(kind, block.getComponent().getKind());
        }
        assertIdsUnique();
        List<Problem> componentProblems = ModelValidator.validate(model).stream()
                .filter(p -> p.isError() && p.element() instanceof Component).toList();
        assertEquals(List.of(), componentProblems);
    }

    @Test
    void everyComponentKindIsInExactlyOnePaletteCategory() {
        List<ComponentKind> listed = new ArrayList<>();
        for (PaletteEntry.Category category : PaletteEntry.Category.values()) {
            for (PaletteEntry entry : PaletteEntry.entries(category)) {
                if (entry instanceof PaletteEntry.Kind kind) {
                    listed.add(kind.kind());
                }
                assertEquals(entry, PaletteEntry.byKey(entry.key()), "key round trip of " + entry);
            }
        }
        assertEquals(ComponentKind.VALUES.size(), listed.size());
        assertEquals(Set.copyOf(ComponentKind.VALUES), Set.copyOf(listed));
        assertEquals(4, PaletteEntry.entries(PaletteEntry.Category.STRUCTURE).size());
    }

    @Test
    void kOfNNodeHasTheChosenKAndKBelowOneIsRefused() {
        KofN node = run(commands.kOfN(top, 3, 300, 300), KofN.class);
        assertEquals(3, node.getK());
        assertSame(top, node.eContainer());
        assertThrows(IllegalArgumentException.class, () -> commands.kOfN(top, 0, 300, 300));
    }

    @Test
    void standbyGroupHasTwoNewMembersAndPassesTheValidator() {
        int components = model.getComponents().size();
        StandbyGroup group = run(commands.standbyGroup(top, ComponentKind.SERVER, 500, 500), StandbyGroup.class);
        assertEquals(components + 2, model.getComponents().size());
        assertEquals(2, group.getMembers().size());
        assertFalse(group.getMembers().get(0) == group.getMembers().get(1));
        group.getMembers().forEach(m -> assertSame(model, m.eContainer()));
        assertEquals(StandbyMode.COLD, group.getMode());
        assertTrue(group.getSwitchoverHours() > 0);
        List<Problem> groupProblems = ModelValidator.validate(model).stream()
                .filter(p -> p.element() == group || group.getMembers().contains(p.element()))
                .filter(p -> !p.message().contains("path")).toList();
        assertEquals(List.of(), groupProblems, "only the missing connections may be reported");
        assertIdsUnique();
        stack.undo();
        assertEquals(components, model.getComponents().size());
    }

    @Test
    void subDiagramCreatesAChildDiagramWithStartAndEndAndABlockForIt() {
        int diagrams = model.getDiagrams().size();
        SubDiagramBlock block = run(commands.subDiagram(top, 700, 500), SubDiagramBlock.class);
        assertEquals(diagrams + 1, model.getDiagrams().size());
        Diagram child = block.getDiagram();
        assertSame(model, child.eContainer());
        assertEquals(2, child.getNodes().size());
        assertEquals(1, child.getNodes().stream().filter(Start.class::isInstance).count());
        assertEquals(1, child.getNodes().stream().filter(End.class::isInstance).count());
        assertEquals(child.getName(), block.getName());
        assertIdsUnique();
        stack.undo();
        assertEquals(diagrams, model.getDiagrams().size());
        assertNull(child.eContainer());
    }

    @Test
    void placingAnExistingComponentSharesItWithoutCopying() {
        Component web1 = model.getComponents().stream().filter(c -> c.getId().equals("web1")).findFirst().orElseThrow();
        int components = model.getComponents().size();
        Block block = run(commands.placeComponent(top, web1, 600, 600), Block.class);
        assertSame(web1, block.getComponent());
        assertEquals(components, model.getComponents().size());
        assertEquals(2, top.getNodes().stream().filter(n -> n instanceof Block b && b.getComponent() == web1).count());
        assertIdsUnique();
    }

    @Test
    void repeatedCreationsKeepEveryIdUnique() {
        for (int i = 0; i < 3; i++) {
            run(commands.standbyGroup(top, ComponentKind.VIRTUAL_MACHINE, 100, 100), StandbyGroup.class);
            run(commands.subDiagram(top, 100, 100), SubDiagramBlock.class);
            run(commands.componentBlock(top, ComponentKind.VIRTUAL_MACHINE, 100, 100), Block.class);
            run(commands.kOfN(top, 2, 100, 100), KofN.class);
        }
        assertIdsUnique();
        Set<String> names = new HashSet<>();
        model.getComponents().forEach(c -> assertTrue(names.add(c.getName()), "duplicate component name " + c.getName()));
    }

    private void assertIdsUnique() {
        Set<String> ids = new HashSet<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e) {
                assertNotNull(e.getId(), "id of " + e);
                assertTrue(ids.add(e.getId()), "duplicate id " + e.getId());
            }
        });
    }
}
