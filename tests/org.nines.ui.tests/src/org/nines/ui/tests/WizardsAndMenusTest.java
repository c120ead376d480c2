package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.byId;
import static org.nines.ui.tests.driver.Ui.byText;
import static org.nines.ui.tests.driver.Ui.find;
import static org.nines.ui.tests.driver.Ui.fire;
import static org.nines.ui.tests.driver.Ui.screenshot;
import static org.nines.ui.tests.driver.Ui.screenshotDir;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.syncRun;
import static org.nines.ui.tests.driver.Ui.waitUntil;
import static org.nines.ui.tests.driver.Ui.workbenchShell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nines.io.excel.RegisterColumn;
import org.nines.io.model.ModelStore;
import org.nines.model.Risk;
import org.nines.ui.NinesPreferences;
import org.nines.ui.actions.ExportDiagramAction;
import org.nines.ui.actions.RecentFiles;
import org.nines.ui.actions.UserGuideWindow;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.preferences.NinesPreferencePage;
import org.nines.ui.preferences.SimulationPreferencePage;
import org.nines.ui.tests.driver.ScreenshotOnFailure;
import org.nines.ui.wizards.EditedWorkbooks;
import org.nines.ui.wizards.Examples;
import org.nines.ui.wizards.ImportRiskEditsWizard;
import org.nines.ui.wizards.NewModelWizard;

/** File > New, Open Recent, Import Risk Edits, the preference pages and the user guide in the real workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class WizardsAndMenusTest {
    @TempDir
    Path dir;
    private WizardDialog dialog;
    private Shell extraShell;

    @BeforeAll
    static void examplesAndDocs() {
        if (Examples.available().isEmpty()) { // not packaged into the bundle: use the sources
            System.setProperty(Examples.PROPERTY, Path.of("../../examples").toAbsolutePath().toString());
        }
        if (System.getProperty(UserGuideWindow.PROPERTY) == null && Files.isDirectory(Path.of("../../docs"))
                && org.nines.ui.actions.ShippedFiles.directory("docs", UserGuideWindow.PROPERTY) == null) {
            System.setProperty(UserGuideWindow.PROPERTY, Path.of("../../docs").toAbsolutePath().toString());
        }
    }

    @AfterEach
    void closeEverything() {
        syncRun(() -> {
            if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            if (extraShell != null && !extraShell.isDisposed()) {
                extraShell.close();
            }
        });
        ExampleEditor.closeAllEditors();
    }

    private void openWizard(IWizard wizard) {
        syncRun(() -> {
            dialog = new WizardDialog(workbenchShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
        });
    }

    private Button button(String label) {
        return find(Button.class, w -> byText(label).test(w) && ((Button) w).getShell() == dialog.getShell());
    }

    private static ModelEditor activeEditor() {
        IEditorPart part = sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
        return part instanceof ModelEditor editor ? editor : null;
    }

    private static void setText(String testId, String value) {
        Text text = find(Text.class, byId(testId));
        syncRun(() -> text.setText(value));
    }

    @Test
    void newModelWizardCreatesAValidEmptyModelAndOpensIt() throws Exception {
        openWizard(new NewModelWizard(dir, file -> NewModelWizard.openInEditor(workbenchShell(), file)));
        setText("newModel.name", "Billing");
        assertEquals("Billing.nines", sync(() -> find(Text.class, byId("newModel.fileName")).getText()));
        screenshot(sync(dialog::getShell), screenshotDir().resolve("new-model-wizard.png"));
        fire(button("Finish"), SWT.Selection);

        Path file = dir.resolve("Billing.nines");
        waitUntil("the new model open", () -> activeEditor() != null && file.equals(activeEditor().file()));
        ModelEditor editor = activeEditor();
        assertEquals("Billing", sync(() -> editor.model().getName()));
        assertEquals(sync(() -> NinesPreferences.store().getString(NinesPreferences.CURRENCY)), sync(() -> editor.model().getCurrency()));
        assertEquals(1, (int) sync(() -> editor.model().getTopDiagram().getConnectors().size()), "Start connected to End");
        assertFalse(sync(editor::isDirty));
        assertEquals("Billing", ModelStore.load(file).model().getName(), "written to disk");
    }

    @Test
    void newModelWizardRefusesAFolderThatDoesNotExist() {
        NewModelWizard wizard = new NewModelWizard(dir, file -> {
        });
        openWizard(wizard);
        Button finish = button("Finish");
        setText("newModel.folder", dir.resolve("missing").toString());
        waitUntil("Finish disabled", () -> !finish.isEnabled());
        assertTrue(sync(() -> dialog.getCurrentPage().getErrorMessage()).contains("does not exist"));
        setText("newModel.folder", dir.toString());
        waitUntil("Finish enabled again", finish::isEnabled);
    }

    @Test
    void newModelFromAnExampleCopiesItUnderTheNewName() throws Exception {
        openWizard(new NewModelWizard(dir, file -> NewModelWizard.openInEditor(workbenchShell(), file)));
        setText("newModel.name", "Our shop");
        Table examples = find(Table.class, byId("newModel.examples"));
        int row = sync(() -> Arrays.asList(examples.getItems()).stream().map(i -> i.getText(0)).toList().indexOf("web-cluster.nines"));
        assertTrue(row >= 0, "web-cluster is offered");
        syncRun(() -> {
            examples.select(row);
            examples.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        assertTrue(sync(() -> find(Button.class, byId("newModel.fromExample")).getSelection()));
        fire(button("Finish"), SWT.Selection);

        waitUntil("the copy open", () -> activeEditor() != null && activeEditor().file().equals(dir.resolve("Our shop.nines")));
        int exampleComponents = EditedWorkbooks.example("web-cluster.nines").getComponents().size();
        assertEquals(exampleComponents, (int) sync(() -> activeEditor().model().getComponents().size()));
        assertEquals("Our shop", sync(() -> activeEditor().model().getName()));
    }

    @Test
    void openingAModelRecordsItFirstInOpenRecent() throws Exception {
        Path file = ExampleEditor.copy(ExampleEditor.WEB_CLUSTER, dir);
        sync(() -> ModelEditor.openFile(file));
        assertEquals(file.toAbsolutePath().normalize(), RecentFiles.list().get(0));
        String label = sync(() -> {
            Menu bar = workbenchShell().getMenuBar();
            MenuItem fileMenu = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("File")).findFirst().orElseThrow();
            fileMenu.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
            MenuItem recent = Arrays.stream(fileMenu.getMenu().getItems()).filter(i -> i.getText().replace("&", "").startsWith("Open Recent"))
                    .findFirst().orElseThrow(() -> new AssertionError("no File > Open Recent"));
            recent.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
            String first = recent.getMenu().getItem(0).getText();
            recent.getMenu().notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
            fileMenu.getMenu().notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
            return first;
        });
        assertTrue(label.contains("web-cluster.nines") && label.contains(dir.getFileName().toString()), label);
    }

    @Test
    void importRiskEditsPreviewsThenAppliesOneUndoableEdit() throws Exception {
        Path file = ExampleEditor.copy(ExampleEditor.WEB_CLUSTER, dir);
        ModelEditor editor = sync(() -> ModelEditor.openFile(file));
        Path edited = EditedWorkbooks.exportEdited(ModelStore.load(file).model(), dir.resolve("register.xlsx"),
                sheet -> EditedWorkbooks.setText(sheet, "R-02", RegisterColumn.TITLE, "DDoS on the web shop"));
        String oldTitle = sync(() -> risk(editor, "R-02").getTitle());

        openWizard(new ImportRiskEditsWizard(editor.model(), editor.getEditingDomain(), edited));
        fire(button("Next >"), SWT.Selection);
        Table preview = find(Table.class, byId("importEdits.preview"));
        Button finish = button("Finish");
        waitUntil("the preview", () -> preview.getItemCount() > 0 && finish.isEnabled());
        assertTrue(sync(() -> Arrays.stream(preview.getItems()).anyMatch(i -> i.getText(2).equals("R-02") && i.getText(3).equals("title")
                && i.getText(1).startsWith("Risk Register!"))));
        assertEquals(oldTitle, sync(() -> risk(editor, "R-02").getTitle()), "nothing applied before Finish");
        screenshot(sync(dialog::getShell), screenshotDir().resolve("import-risk-edits.png"));
        fire(finish, SWT.Selection);

        waitUntil("edits applied", () -> "DDoS on the web shop".equals(risk(editor, "R-02").getTitle()));
        waitUntil("editor dirty", editor::isDirty);
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        assertEquals(oldTitle, sync(() -> risk(editor, "R-02").getTitle()));
        waitUntil("clean after undo", () -> !editor.isDirty());
    }

    @Test
    void importRiskEditsCannotFinishWithAnUnknownComponent() throws Exception {
        Path file = ExampleEditor.copy(ExampleEditor.WEB_CLUSTER, dir);
        ModelEditor editor = sync(() -> ModelEditor.openFile(file));
        Path edited = EditedWorkbooks.exportEdited(ModelStore.load(file).model(), dir.resolve("register.xlsx"),
                sheet -> EditedWorkbooks.addRow(sheet, "R-99", "New risk", "no-such-component", 0.1, 2));
        int risks = sync(() -> editor.model().getRisks().size());

        openWizard(new ImportRiskEditsWizard(editor.model(), editor.getEditingDomain(), edited));
        fire(button("Next >"), SWT.Selection);
        Table preview = find(Table.class, byId("importEdits.preview"));
        waitUntil("the rejected cell", () -> preview.getItemCount() > 0 && preview.getItem(0).getText(0).equals("rejected"));
        assertTrue(sync(() -> preview.getItem(0).getText(5)).contains("no-such-component"));
        Button finish = button("Finish");
        assertFalse(sync(finish::isEnabled));
        assertEquals(risks, (int) sync(() -> editor.model().getRisks().size()));
        assertFalse(sync(editor::isDirty));
    }

    @Test
    void theShownDiagramExportsAsPngAndSvg() throws Exception {
        Path file = ExampleEditor.copy(ExampleEditor.WEB_CLUSTER, dir);
        ModelEditor editor = sync(() -> ModelEditor.openFile(file));
        Path png = dir.resolve("diagram.png");
        Path svg = dir.resolve("diagram.svg");
        syncRun(() -> {
            try {
                ExportDiagramAction.export(editor, ExportDiagramAction.Format.PNG, png);
                ExportDiagramAction.export(editor, ExportDiagramAction.Format.SVG, svg);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        byte[] header = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertEquals("\u0089PNG", new String(header, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
    }

    private static Risk risk(ModelEditor editor, String id) {
        return editor.model().getRisks().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void preferencePagesRefuseInvalidValuesAndStoreValidOnes() {
        PreferenceStore store = new PreferenceStore();
        store.setDefault(NinesPreferences.CURRENCY, "EUR");
        store.setDefault(NinesPreferences.DOWNTIME_UNIT, "hours");
        store.setDefault(NinesPreferences.SIM_HISTORIES, 10_000L);
        store.setDefault(NinesPreferences.SIM_YEARS, 1.0);
        store.setDefault(NinesPreferences.SIM_SEED, 1L);
        store.setDefault(NinesPreferences.SIM_THREADS, 0);
        store.setDefault(NinesPreferences.SIM_TARGET_REL_CI, 0.0);
        NinesPreferencePage units = new NinesPreferencePage(store);
        SimulationPreferencePage simulation = new SimulationPreferencePage(store);
        PreferenceDialog[] preferences = new PreferenceDialog[1];
        PreferenceNode simulationNode = new PreferenceNode("simulation", simulation);
        syncRun(() -> {
            PreferenceManager manager = new PreferenceManager();
            manager.addToRoot(new PreferenceNode("units", units));
            manager.addToRoot(simulationNode);
            units.setTitle("Nines");
            simulation.setTitle("Simulation");
            preferences[0] = new PreferenceDialog(workbenchShell(), manager);
            preferences[0].setBlockOnOpen(false);
            preferences[0].open();
            extraShell = preferences[0].getShell();
        });
        Text currency = find(Text.class, w -> w instanceof Text t && t.getText().equals("EUR") && t.getShell() == extraShell);
        syncRun(() -> currency.setText("eur"));
        fire(currency, SWT.KeyUp);
        waitUntil("lower case refused", () -> !units.isValid());
        syncRun(() -> currency.setText("CHF"));
        fire(currency, SWT.KeyUp);
        waitUntil("code accepted", units::isValid);
        assertTrue(sync(units::performOk));
        assertEquals("CHF", store.getString(NinesPreferences.CURRENCY));

        syncRun(() -> preferences[0].getTreeViewer().setSelection(new StructuredSelection(simulationNode)));
        Text histories = find(Text.class, w -> w instanceof Text t && t.getText().equals("10000") && t.getShell() == extraShell);
        syncRun(() -> histories.setText("0"));
        fire(histories, SWT.KeyUp);
        waitUntil("zero histories refused", () -> !simulation.isValid());
        syncRun(() -> histories.setText("250000"));
        fire(histories, SWT.KeyUp);
        waitUntil("histories accepted", simulation::isValid);
        assertTrue(sync(simulation::performOk));
        assertEquals(250_000L, store.getLong(NinesPreferences.SIM_HISTORIES));
    }

    @Test
    void userGuideRendersTheGuideAndFollowsLinksToOtherDocs() {
        UserGuideWindow guide = sync(() -> UserGuideWindow.show(workbenchShell()));
        syncRun(() -> extraShell = guide.getShell());
        assertTrue(sync(() -> guide.text().getText()).startsWith("Nines user guide"), "the guide is found and its title shown");
        assertFalse(sync(() -> guide.text().getText()).contains("## "), "headings rendered, not raw");
        assertTrue(sync(() -> guide.text().getStyleRangeAtOffset(0).font != null), "the title has its own (larger) font");
        screenshot(sync(guide::getShell), screenshotDir().resolve("user-guide.png"));
        syncRun(() -> guide.follow("excel.md"));
        assertTrue(sync(() -> guide.text().getText()).toLowerCase().contains("excel"));
        assertFalse(sync(() -> guide.text().getText()).startsWith("Nines user guide"));
    }
}
