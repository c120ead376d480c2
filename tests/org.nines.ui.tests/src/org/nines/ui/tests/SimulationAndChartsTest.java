package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nines.ui.tests.driver.Ui.byId;
import static org.nines.ui.tests.driver.Ui.byText;
import static org.nines.ui.tests.driver.Ui.find;
import static org.nines.ui.tests.driver.Ui.sync;
import static org.nines.ui.tests.driver.Ui.syncRun;
import static org.nines.ui.tests.driver.Ui.waitForJobs;
import static org.nines.ui.tests.driver.Ui.waitShowing;
import static org.nines.ui.tests.driver.Ui.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.model.NinesPackage;
import org.nines.ui.NinesPreferences;
import org.nines.ui.analysis.AnalysisJob;
import org.nines.ui.analysis.SimulationJob;
import org.nines.ui.analysis.SimulationLauncher;
import org.nines.ui.analysis.SimulationMethod;
import org.nines.ui.analysis.SimulationRun;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.tests.driver.ScreenshotOnFailure;
import org.nines.ui.views.ChartsView;
import org.nines.ui.views.ResultsView;

/**
 * Simulating an example model in the real workbench: progress, cancel with a partial result, the Results view's
 * simulation section and its stale marking, the settings dialog, and the Charts view's charts and export.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SimulationAndChartsTest {
    private static final long TIMEOUT_MS = 60_000;
    @RegisterExtension
    final ExampleEditor example = new ExampleEditor(ExampleEditor.WEB_CLUSTER);
    private ModelEditor editor;
    private Path dir;

    @BeforeEach
    void useAnalysedExample() {
        editor = example.editor();
        dir = example.dir();
        waitForJobs(AnalysisJob.FAMILY, TIMEOUT_MS);
        waitUntil("exact analysis shown", () -> editor.lastRun() != null);
    }

    @AfterEach
    void cancelSimulationsAndResetTheirSettings() {
        org.eclipse.core.runtime.jobs.Job.getJobManager().cancel(SimulationJob.FAMILY);
        waitForJobs(SimulationJob.FAMILY, TIMEOUT_MS);
        for (String key : new String[] { NinesPreferences.SIM_HISTORIES, NinesPreferences.SIM_YEARS, NinesPreferences.SIM_SEED,
            NinesPreferences.SIM_THREADS, NinesPreferences.SIM_TARGET_REL_CI, NinesPreferences.SIM_METHOD }) {
            NinesPreferences.store().setToDefault(key);
        }
    }

    private static SimulationOptions shortRun() {
        return new SimulationOptions(2_000, 1, 3, 1, 0, ThreatMode.OFF, SimulationOptions.DEFAULT_BATCH);
    }

    private ResultsView resultsView() {
        return sync(() -> (ResultsView) editor.getSite().getPage().findView(ResultsView.ID));
    }

    private ChartsView chartsView() {
        return sync(() -> (ChartsView) editor.getSite().getPage().showView(ChartsView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
    }

    /** Runs a simulation to its end and waits until the Results view shows it. */
    private SimulationRun simulate(SimulationOptions options) {
        return simulate(options, SimulationMethod.PLAIN);
    }

    private SimulationRun simulate(SimulationOptions options, SimulationMethod method) {
        SimulationRun before = sync(() -> SimulationLauncher.lastRun(editor));
        SimulationJob job = sync(() -> SimulationLauncher.start(editor, options, method));
        assertNotNull(job, "the example is valid, so the simulation starts");
        waitForJobs(SimulationJob.FAMILY, TIMEOUT_MS);
        waitUntil("simulation shown", () -> SimulationLauncher.lastRun(editor) != before && resultsView() != null
                && !resultsView().simulationStatus().isEmpty(), TIMEOUT_MS);
        return sync(() -> SimulationLauncher.lastRun(editor));
    }

    @Test
    void shortSimulationShowsItsFiguresAndSettingsInTheResultsView() {
        SimulationRun run = simulate(shortRun());
        assertEquals(SimulationResult.Status.COMPLETED, run.result().status());
        assertEquals(2_000, run.result().histories());
        ResultsView view = resultsView();
        String status = sync(view::simulationStatus);
        assertTrue(status.contains("completed, 2,000 histories"), status);
        assertFalse(status.contains(ResultsView.STALE), status);
        // mean availability, the half-width of its confidence interval, and the confidence level it is for
        assertTrue(sync(view::simulationAvailabilityText).matches("9\\d\\.\\d+ % \u00B1 \\d[0-9.e+-]* % \\(95 % confidence\\)"),
                sync(view::simulationAvailabilityText));
        String settings = sync(() -> find(org.eclipse.swt.widgets.Label.class, byId("results.simulation.settings")).getText());
        assertTrue(settings.contains("2,000 histories") && settings.contains("seed 3") && settings.contains("1 thread(s)"), settings);
    }

    @Test
    void cancellingALongSimulationShowsThePartialResultMarkedAsSuch() {
        SimulationOptions huge = new SimulationOptions(500_000_000L, 1, 5, 1, 0, ThreatMode.INHERENT, SimulationOptions.DEFAULT_BATCH);
        SimulationJob job = sync(() -> SimulationLauncher.start(editor, huge));
        waitUntil("progress reported", () -> job.historiesDone() > 0, TIMEOUT_MS);
        job.cancel();
        waitForJobs(SimulationJob.FAMILY, TIMEOUT_MS);
        waitUntil("partial result shown", () -> resultsView().simulationStatus().contains("cancelled after"), TIMEOUT_MS);
        SimulationRun run = sync(() -> SimulationLauncher.lastRun(editor));
        assertTrue(run.result().partial());
        assertTrue(run.result().histories() > 0 && run.result().histories() < huge.maxHistories(), "histories " + run.result().histories());
        assertTrue(sync(resultsView()::simulationStatus).contains("(partial result)"));
    }

    @Test
    void editingTheModelAfterASimulationMarksItStale() {
        ChartsView charts = chartsView();
        simulate(shortRun());
        assertFalse(sync(charts::isStale), "charts of a fresh run");
        syncRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.model(), NinesPackage.Literals.SYSTEM_MODEL__NAME, "Renamed shop")));
        waitUntil("stale marking", () -> resultsView().simulationStatus().contains(ResultsView.STALE));
        waitUntil("charts stale too", () -> sync(charts::isStale) && sync(charts::hint).startsWith("Stale"));
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        simulate(shortRun().withSeed(4));
        waitUntil("fresh run not stale", () -> !resultsView().simulationStatus().contains(ResultsView.STALE)
                && resultsView().simulationStatus().contains("completed"));
        syncRun(() -> charts.select(ChartsView.Kind.HISTOGRAM));
        waitUntil("simulation charts fresh again", () -> !sync(charts::isStale)); // the exact ones wait for F9
        syncRun(() -> charts.select(ChartsView.Kind.IMPORTANCE_FV));
        assertTrue(sync(charts::isStale), "no analysis since the edit");
    }

    @Test
    void theWorkbookHasTheSimulationSheetOnlyWhileTheModelIsAsSimulated() throws Exception {
        simulate(shortRun());
        assertTrue(sheets(exportWorkbook("simulated.xlsx")).contains(org.nines.io.excel.RiskWorkbookWriter.SIMULATION));
        syncRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.model(), NinesPackage.Literals.SYSTEM_MODEL__NAME, "Renamed shop")));
        assertFalse(sheets(exportWorkbook("edited.xlsx")).contains(org.nines.io.excel.RiskWorkbookWriter.SIMULATION),
                "a simulation of the model before the edit is not exported as current");
        syncRun(() -> editor.getEditingDomain().getCommandStack().undo());
        assertTrue(sheets(exportWorkbook("undone.xlsx")).contains(org.nines.io.excel.RiskWorkbookWriter.SIMULATION),
                "undo brings back the simulated state");
    }

    private Path exportWorkbook(String name) throws InterruptedException {
        Path target = dir.resolve(name);
        org.eclipse.core.runtime.jobs.Job job = sync(() -> org.nines.ui.editor.WorkshopActions.exportWorkbook(editor, target));
        job.join();
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
        return target;
    }

    private static java.util.List<String> sheets(Path workbook) throws java.io.IOException {
        try (var in = Files.newInputStream(workbook); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        }
    }

    @Test
    void editingTheModelWhileASimulationRunsMarksItsResultStale() {
        SimulationOptions huge = new SimulationOptions(500_000_000L, 1, 6, 1, 0, ThreatMode.OFF, SimulationOptions.DEFAULT_BATCH);
        SimulationJob job = sync(() -> SimulationLauncher.start(editor, huge));
        waitUntil("progress reported", () -> job.historiesDone() > 0, TIMEOUT_MS);
        syncRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.model(), NinesPackage.Literals.SYSTEM_MODEL__NAME, "Renamed while simulating")));
        job.cancel();
        waitForJobs(SimulationJob.FAMILY, TIMEOUT_MS);
        waitUntil("stale partial result", () -> resultsView().simulationStatus().contains("cancelled after")
                && resultsView().simulationStatus().contains(ResultsView.STALE), TIMEOUT_MS);
    }

    @Test
    void settingsDialogRejectsBadInputAndStartsTheSimulationOnOk() {
        syncRun(() -> editor.getSite().getShell().getDisplay().asyncExec(() -> SimulationLauncher.run(editor)));
        Text histories = find(Text.class, byId("simulate.histories"));
        Button ok = find(Button.class, byText("OK"));
        syncRun(() -> histories.setText("many"));
        assertFalse(sync(ok::isEnabled), "OK disabled while the histories are not a number");
        syncRun(() -> histories.setText("1500"));
        syncRun(() -> find(Text.class, byId("simulate.threads")).setText("1"));
        assertTrue(sync(ok::isEnabled));
        syncRun(() -> ok.notifyListeners(SWT.Selection, new Event()));
        waitForJobs(SimulationJob.FAMILY, TIMEOUT_MS);
        waitUntil("dialog's simulation shown", () -> SimulationLauncher.lastRun(editor) != null);
        SimulationRun run = sync(() -> SimulationLauncher.lastRun(editor));
        assertEquals(1_500, run.result().histories());
        assertEquals(1, run.result().threads());
        assertEquals(1_500L, NinesPreferences.store().getLong(NinesPreferences.SIM_HISTORIES), "accepted values become the defaults");
    }

    @Test
    void failureBiasingShowsSteadyStateFiguresThatCoverTheExactAvailability() throws Exception {
        ChartsView charts = chartsView();
        SimulationOptions cycles = new SimulationOptions(20_000, 1, 2, 1, 0, ThreatMode.OFF, SimulationOptions.DEFAULT_BATCH);
        SimulationRun run = simulate(cycles, SimulationMethod.FAILURE_BIASING);
        assertEquals(SimulationMethod.FAILURE_BIASING, run.method());
        assertEquals(20_000, run.rareEvents().cycles());
        double exact = sync(() -> editor.lastRun().result().availability());
        var availability = run.availability();
        assertTrue(availability.ciLow() <= exact && exact <= availability.ciHigh(),
                "95 % CI " + availability.ciLow() + " to " + availability.ciHigh() + " covers the exact " + exact);
        ResultsView view = resultsView();
        assertTrue(sync(view::simulationStatus).contains("completed, 20,000 cycles (failure biasing)"), sync(view::simulationStatus));
        String settings = sync(() -> find(org.eclipse.swt.widgets.Label.class, byId("results.simulation.settings")).getText());
        assertTrue(settings.startsWith("failure biasing") && settings.contains("seed 2"), settings);
        syncRun(() -> charts.select(ChartsView.Kind.CONVERGENCE));
        waitUntil("convergence against cycles", () -> sync(charts::chart).getXYPlot().getDomainAxis().getLabel().startsWith("regenerative cycles"));
        syncRun(() -> charts.select(ChartsView.Kind.HISTOGRAM));
        assertTrue(sync(charts::hint).contains("plain Monte Carlo"), sync(charts::hint));
        syncRun(() -> charts.select(ChartsView.Kind.DOWNTIME));
        assertEquals(2, sync(charts::chart).getCategoryPlot().getDataset().getRowCount(), "exact and simulated bars");
        Path workbook = exportWorkbook("biased.xlsx"); // File > Export after this run: its steady-state sheet
        try (var in = Files.newInputStream(workbook); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            String title = wb.getSheet(org.nines.io.excel.RiskWorkbookWriter.SIMULATION).getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.startsWith("Failure-biasing simulation"), title);
        }
    }

    @Test
    void choosingFailureBiasingInTheDialogTurnsThreatsOffAndYearsUnused() {
        syncRun(() -> editor.getSite().getShell().getDisplay().asyncExec(() -> SimulationLauncher.run(editor)));
        org.eclipse.swt.widgets.Combo method = find(org.eclipse.swt.widgets.Combo.class, byId("simulate.method"));
        org.eclipse.swt.widgets.Combo threats = find(org.eclipse.swt.widgets.Combo.class, byId("simulate.threats"));
        Text years = find(Text.class, byId("simulate.years"));
        syncRun(() -> {
            method.select(SimulationMethod.FAILURE_BIASING.ordinal());
            method.notifyListeners(SWT.Selection, new Event());
        });
        assertEquals(ThreatMode.OFF.ordinal(), (int) sync(threats::getSelectionIndex));
        assertFalse(sync(threats::isEnabled));
        assertFalse(sync(years::isEnabled));
        syncRun(() -> {
            find(Text.class, byId("simulate.histories")).setText("3000");
            find(Text.class, byId("simulate.threads")).setText("1");
            find(Button.class, byText("OK")).notifyListeners(SWT.Selection, new Event());
        });
        waitForJobs(SimulationJob.FAMILY, TIMEOUT_MS);
        waitUntil("failure-biasing run shown", () -> SimulationLauncher.lastRun(editor) != null
                && SimulationLauncher.lastRun(editor).rareEvents() != null, TIMEOUT_MS);
        assertEquals(3_000, sync(() -> SimulationLauncher.lastRun(editor)).rareEvents().cycles());
        assertEquals("FAILURE_BIASING", NinesPreferences.store().getString(NinesPreferences.SIM_METHOD), "the method becomes the default");
    }

    @Test
    void failureBiasingOfAModelWithALognormalRepairIsRefusedNamingTheComponent() throws Exception {
        Path file = ExampleEditor.copy("plant-mes.nines", dir);
        ModelEditor plant = sync(() -> ModelEditor.openFile(file));
        waitShowing(plant.canvas());
        NinesPreferences.store().setValue(NinesPreferences.SIM_METHOD, SimulationMethod.FAILURE_BIASING.name());
        syncRun(() -> plant.getSite().getShell().getDisplay().asyncExec(() -> SimulationLauncher.run(plant)));
        syncRun(() -> find(Button.class, byText("OK")).notifyListeners(SWT.Selection, new Event()));
        org.eclipse.swt.widgets.Label message = find(org.eclipse.swt.widgets.Label.class,
                w -> w instanceof org.eclipse.swt.widgets.Label l && l.getText().contains("cannot be simulated with failure biasing"));
        String text = sync(message::getText);
        assertTrue(text.contains("'gen1'") && text.contains("lognormal repair law"), text);
        syncRun(() -> message.getShell().close());
        assertEquals(null, sync(() -> SimulationLauncher.lastRun(plant)), "nothing was simulated");
    }

    @Test
    void simulationChartsSayWhatToRunUntilASimulationIsThere() {
        ChartsView charts = chartsView();
        syncRun(() -> charts.select(ChartsView.Kind.CONVERGENCE));
        waitUntil("hint names the simulation", () -> charts.hint().startsWith("Run a simulation (Ctrl+F9)"));
        simulate(shortRun());
        waitUntil("convergence chart", () -> charts.chart().getTitle().getText().startsWith("Convergence"));
        assertEquals("", sync(charts::hint));
        syncRun(() -> charts.select(ChartsView.Kind.HISTOGRAM));
        JFreeChart histogram = sync(charts::chart);
        assertEquals(2, histogram.getXYPlot().getDomainMarkers(Layer.FOREGROUND).size(), "P90 and P99 markers");
        syncRun(() -> editor.getSite().getPage().activate(charts)); // in front of Results for the screenshot
        org.nines.ui.tests.driver.Ui.flushUi();
        org.nines.ui.tests.driver.Ui.screenshot(org.nines.ui.tests.driver.Ui.workbenchShell(),
                org.nines.ui.tests.driver.Ui.screenshotDir().resolve("charts-histogram.png"));
    }

    @Test
    void everyChartOfTheExampleHasDataAfterAnalysisAndSimulation() throws Exception {
        ChartsView charts = chartsView();
        simulate(shortRun());
        for (ChartsView.Kind kind : ChartsView.Kind.values()) {
            syncRun(() -> charts.select(kind));
            assertEquals("", sync(charts::hint), kind + " has its data");
            Path png = dir.resolve(kind.name().toLowerCase() + ".png");
            syncRun(() -> {
                try {
                    charts.export(png);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(Files.size(png) > 1000, kind + " exported");
        }
        Path svg = dir.resolve("risk.svg");
        syncRun(() -> {
            try {
                charts.export(svg);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void optimiseDialogFindsTheMostAvailableDesignWithinABudget() throws Exception {
        Path file = ExampleEditor.copy("plant-mes.nines", dir);
        ModelEditor plant = sync(() -> ModelEditor.openFile(file));
        waitShowing(plant.canvas());
        syncRun(() -> plant.getSite().getShell().getDisplay().asyncExec(
                () -> org.nines.ui.analysis.OptimizeDialog.open(plant.getSite().getShell(), plant.model(), plant.getTitle())));
        Button budgetGoal = find(Button.class, byId("optimize.goal.budget"));
        syncRun(() -> {
            find(Button.class, byId("optimize.goal.target")).setSelection(false);
            budgetGoal.setSelection(true);
            find(Text.class, byId("optimize.budget")).setText("9000");
            find(Button.class, byId("optimize.run")).notifyListeners(SWT.Selection, new Event());
        });
        org.eclipse.swt.widgets.Label summary = find(org.eclipse.swt.widgets.Label.class, byId("optimize.summary"));
        waitUntil("optimisation shown", () -> summary.getText().startsWith("Best design"), TIMEOUT_MS);
        org.nines.ui.analysis.OptimizeDialog dialog = sync(() -> (org.nines.ui.analysis.OptimizeDialog) summary.getShell().getData());
        var result = sync(dialog::result);
        assertTrue(result.best().cost() <= 9000, "within the budget: " + result.best().cost());
        assertEquals(result.paretoFront().size(), (int) sync(() -> find(org.eclipse.swt.widgets.Table.class, byId("optimize.front")).getItemCount()));
        assertTrue(sync(() -> find(Button.class, byId("optimize.saveDesign")).isEnabled()), "the best design is selected");

        // Save Design As writes the design as a model of its own, whose exact availability is the design's
        Path saved = sync(() -> dialog.saveDesign(result.best(), dir.resolve("plant-design.nines")));
        syncRun(() -> summary.getShell().close());
        org.nines.model.SystemModel designed = org.nines.io.model.ModelStore.load(saved).model();
        assertTrue(org.nines.model.validation.ModelValidator.validate(designed).stream().noneMatch(
                org.nines.model.validation.Problem::isError), "the design model is valid");
        double availability = org.nines.analysis.system.AvailabilityAnalysis.analyze(
                org.nines.analysis.system.SnapshotBuilder.of(designed),
                org.nines.analysis.system.AvailabilityAnalysis.Options.noCutSets()).availability();
        assertEquals(result.best().availability(), availability, 1e-9, "exact availability of the saved design");
        ModelEditor opened = sync(() -> ModelEditor.openFile(saved));
        waitShowing(opened.canvas());
        assertTrue(sync(() -> opened.model().getName()).startsWith(sync(() -> plant.model().getName()) + " ("));
        assertFalse(sync(plant::isDirty), "the optimised model itself is not changed");
    }
}
