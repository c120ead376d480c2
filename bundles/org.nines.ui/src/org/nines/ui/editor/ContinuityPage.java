package org.nines.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.nines.analysis.continuity.ContinuityResult;
import org.nines.analysis.continuity.FailoverTest;
import org.nines.analysis.continuity.Hours;
import org.nines.analysis.continuity.Outcome;
import org.nines.analysis.continuity.TestPlan;
import org.nines.io.excel.TestPlanSheet;
import org.nines.model.SystemModel;
import org.nines.ui.editor.ContinuityPageData.IncidentRow;

/**
 * The editor's Continuity page: recovery time (RTO) and data-loss window (RPO) of every risk and minimal cut set
 * against the services' targets, per what-if scenario, and the failover test plan with its predicted outcomes. Misses
 * and tests that would take the service down are red. Computed in a background job from a copy of the model
 * ({@link #show(SystemModel)}); marked stale when the model changes ({@link #refresh()}). Read-only: never changes
 * the model.
 */
public final class ContinuityPage {
    /** Family of the page's background jobs (for tests and progress). */
    public static final Object JOB_FAMILY = ContinuityPage.class;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final Composite page;
    private final Label state;
    private final Button export;
    private final PageParts.Status status;
    private final ContinuityPageTable<ContinuityResult> scenarios;
    private final Label incidentsHeader;
    private final Label summary;
    private final Button showAbsorbed;
    private final ContinuityPageTable<IncidentRow> incidents;
    private final Label testPlanHeader;
    private final ContinuityPageTable<FailoverTest> tests;
    private ContinuityPageData data;
    private boolean stale;
    private boolean changedSinceCopy;
    private Job running;

    /** @param model the editor's model: the Analyse button analyses a copy of it */
    public ContinuityPage(Composite parent, SystemModel model) {
        page = PageParts.page(parent);
        Composite tools = PageParts.toolRow(page, 3);
        state = new Label(tools, SWT.NONE);
        state.setData("testid", "continuity.state");
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        PageParts.button(tools, "Analyse", "continuity.analyze",
                "Compute recovery times, data-loss windows and the test plan of the model as it is now",
                () -> show(EcoreUtil.copy(model)));
        export = PageParts.button(tools, "Export Test Plan...", "continuity.exportTestPlan",
                "Write the failover test plan shown below as an Excel workbook (.xlsx)", this::chooseAndExport);
        status = new PageParts.Status(page, "continuity.status");

        SashForm sections = new SashForm(page, SWT.VERTICAL);
        sections.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite top = section(sections);
        PageParts.label(top, "Per what-if scenario (top service): worst and expected recovery time (RTO) and data-loss "
                + "window (RPO); red: a target missed. Select one to see its incidents.")
                .setData("testid", "continuity.scenarios.header");
        scenarios = scenarioTable(top);
        scenarios.onSelection(this::showIncidents);
        Composite middle = section(sections);
        incidentsHeader = PageParts.label(middle, "");
        incidentsHeader.setData("testid", "continuity.incidents.header");
        summary = PageParts.label(middle, "");
        summary.setData("testid", "continuity.summary");
        showAbsorbed = new Button(middle, SWT.CHECK);
        showAbsorbed.setText("Show incidents absorbed without interruption or data loss");
        showAbsorbed.setData("testid", "continuity.showAbsorbed");
        showAbsorbed.addListener(SWT.Selection, e -> showIncidents());
        incidents = incidentTable(middle);
        Composite bottom = section(sections);
        testPlanHeader = PageParts.label(bottom, "");
        testPlanHeader.setData("testid", "continuity.testPlan.header");
        tests = testTable(bottom);
        sections.setWeights(30, 38, 32); // the scenario table keeps a few rows in a small editor
        showData(null);
    }

    public Composite control() {
        return page;
    }

    /**
     * Computes and shows the continuity figures of the model in a background job; a newer call replaces a running one.
     * Call on the UI thread.
     *
     * @param snapshotCopy a copy of the model that nothing else changes (e.g. {@code EcoreUtil.copy(model)})
     */
    public void show(SystemModel snapshotCopy) {
        if (running != null) {
            running.cancel(); // its result is dropped
        }
        Display display = page.getDisplay();
        Job job = new Job("Continuity analysis of " + snapshotCopy.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ContinuityPageData computed;
                IStatus result = Status.OK_STATUS;
                try {
                    computed = ContinuityPageData.compute(snapshotCopy);
                } catch (RuntimeException e) { // an engine defect: say so on the page and in the error log
                    computed = ContinuityPageData.failed(snapshotCopy, "The continuity analysis failed: " + e);
                    result = Status.error(computed.error(), e);
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                ContinuityPageData shown = computed;
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (running == this && !page.isDisposed()) {
                            running = null;
                            showData(shown);
                        }
                    });
                }
                return result;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        running = job;
        changedSinceCopy = false;
        state.setText("Computing continuity...");
        state.getParent().layout();
        job.schedule();
    }

    /**
     * Marks the figures stale after the model changed (call after every command); figures of a copy taken after the
     * change ({@link #show}) clear it.
     */
    public void refresh() {
        changedSinceCopy = true;
        if (data != null) {
            markStale();
        }
    }

    private void markStale() {
        if (!stale && !page.isDisposed()) {
            stale = true;
            state.setText(state.getText() + "  \u2013  stale: the model changed since, click Analyse");
            state.getParent().layout();
        }
    }

    /** @return the figures shown, or null before the first computation finished */
    public ContinuityPageData data() {
        return data;
    }

    /** @return whether the model changed after the figures shown were computed */
    public boolean isStale() {
        return stale;
    }

    /**
     * Writes the test plan shown as a workbook with a single Test Plan sheet, atomically (the file is replaced only
     * when complete).
     *
     * @throws IllegalStateException when no test plan is shown
     * @throws IOException           when the file cannot be written
     */
    public void exportTestPlan(Path file) throws IOException {
        if (data == null || data.plan() == null) {
            throw new IllegalStateException("No test plan to export: analyse a valid model first");
        }
        TestPlanSheet.writeWorkbook(data.plan(), data.currency(), file);
    }

    private void chooseAndExport() {
        FileDialog dialog = new FileDialog(page.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" });
        dialog.setFileName((data.modelName() == null ? "model" : data.modelName()) + " test plan.xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.endsWith(".xlsx") ? chosen : chosen + ".xlsx");
        try {
            exportTestPlan(file);
            status.show(null);
            state.setText("Wrote " + file.getFileName() + ": " + data.plan().tests().size() + " failover tests"
                    + (stale ? " (of the model as analysed, before the latest changes)" : ""));
            state.getParent().layout();
        } catch (IOException e) {
            MessageDialog.openError(page.getShell(), "Export Test Plan", file + " was not written: " + e.getMessage());
        }
    }

    private void showData(ContinuityPageData computed) {
        data = computed;
        stale = false;
        boolean ok = computed != null && computed.error() == null;
        status.show(computed == null ? null : computed.error());
        String time = LocalTime.now().format(TIME);
        state.setText(computed == null ? "Not analysed yet."
                : ok ? "Continuity of " + computed.modelName() + ", computed at " + time : "Not analysed (checked at " + time + ")");
        state.getParent().layout();
        export.setEnabled(ok && computed.plan() != null);
        List<ContinuityResult> results = ok ? computed.results() : List.of();
        scenarios.setRows(results);
        if (!results.isEmpty()) {
            scenarios.select(results.get(0));
        }
        showIncidents();
        showTestPlan(ok ? computed.plan() : null);
        if (computed != null && changedSinceCopy) {
            markStale(); // the model changed while the figures were computed from the copy taken before
        }
        page.layout(true, true);
    }

    private void showIncidents() {
        ContinuityResult result = scenarios.selected();
        if (result == null && data != null && !data.results().isEmpty()) {
            result = data.results().get(0);
        }
        incidentsHeader.setText("Recovery from each risk and minimal cut set"
                + (result == null ? "" : " (" + result.scenarioName() + ")") + ": time until the service is back (RTO) "
                + "and hours of changes lost (RPO), expected and worst, against the service's targets; red: a target missed.");
        summary.setText(result == null ? "" : ContinuityPageData.summary(result));
        incidents.setRows(result == null ? List.of() : ContinuityPageData.incidents(result, showAbsorbed.getSelection()));
        incidentsHeader.getParent().layout(true);
    }

    private void showTestPlan(TestPlan plan) {
        testPlanHeader.setText(plan == null ? "Failover test plan: not computed."
                : "Failover test plan of service " + plan.serviceName() + ": one test per redundant component (and site) "
                        + "with the outcome the model predicts; red: the test takes the service down, do not run it in "
                        + "production (" + plan.doNotRunInProduction().size() + " of " + plan.tests().size() + "). "
                        + "Not tested, single points of failure: " + (plan.singlePointsOfFailure().isEmpty() ? "none"
                                : String.join(", ", plan.singlePointsOfFailure())) + ".");
        tests.setRows(plan == null ? List.of() : plan.tests());
        testPlanHeader.getParent().layout(true);
    }

    private static Composite section(Composite parent) {
        Composite section = PageParts.page(parent);
        ((org.eclipse.swt.layout.GridLayout) section.getLayout()).marginWidth = 0;
        return section;
    }

    private static ContinuityPageTable<ContinuityResult> scenarioTable(Composite parent) {
        ContinuityPageTable<ContinuityResult> table = new ContinuityPageTable<ContinuityResult>(parent, ContinuityResult.class,
                "continuity.scenarios", r -> !r.breaches().isEmpty())
                .column("Scenario", 220, ContinuityResult::scenarioName)
                .column("RTO worst", 100, r -> Hours.format(r.service().worstRtoHours()), r -> r.service().worstRtoHours())
                .column("RTO expected", 115, r -> Hours.format(r.service().expectedRtoHours()), r -> r.service().expectedRtoHours())
                .column("RPO worst", 100, r -> Hours.format(r.service().worstRpoHours()), r -> r.service().worstRpoHours())
                .column("RPO expected", 115, r -> Hours.format(r.service().expectedRpoHours()), r -> r.service().expectedRpoHours())
                .column("Breaches", 85, r -> Integer.toString(r.breaches().size()));
        table.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return table;
    }

    private ContinuityPageTable<IncidentRow> incidentTable(Composite parent) {
        ContinuityPageTable<IncidentRow> table = new ContinuityPageTable<IncidentRow>(parent, IncidentRow.class,
                "continuity.incidents", IncidentRow::breached)
                .column("Service", 110, IncidentRow::serviceName)
                .column("Incident", 260, r -> r.recovery().incident().label())
                .column("Kind", 65, r -> r.recovery().incident().kind() == org.nines.analysis.continuity.Incident.Kind.RISK
                        ? "risk" : "cut set")
                .column("Per year", 75, r -> figure(r.recovery().incident().frequencyPerYear()),
                        r -> r.recovery().incident().frequencyPerYear())
                .column("Down", 50, r -> r.recovery().serviceDown() ? "yes" : "no")
                .column("RTO exp.", 80, r -> Hours.format(r.recovery().expectedRtoHours()), r -> r.recovery().expectedRtoHours())
                .column("RTO worst", 90, r -> Hours.format(r.recovery().worstRtoHours()), r -> r.recovery().worstRtoHours())
                .column("RPO exp.", 80, r -> Hours.format(r.recovery().expectedRpoHours()), r -> r.recovery().expectedRpoHours())
                .column("RPO worst", 90, r -> Hours.format(r.recovery().worstRpoHours()), r -> r.recovery().worstRpoHours())
                .column("Missed targets", 300, IncidentRow::breachText)
                .column("Recovery path", 420, r -> r.recovery().path());
        table.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return table;
    }

    private static ContinuityPageTable<FailoverTest> testTable(Composite parent) {
        ContinuityPageTable<FailoverTest> table = new ContinuityPageTable<FailoverTest>(parent, FailoverTest.class,
                "continuity.testPlan", FailoverTest::doNotRunInProduction)
                .column("#", 40, t -> Integer.toString(t.number()))
                .column("Test", 220, FailoverTest::title)
                .column("Components", 160, t -> String.join(", ", t.componentIds()))
                .column("Outcome", 85, t -> outcome(t.outcome()))
                .column("Production", 110, t -> t.doNotRunInProduction() ? "DO NOT RUN" : "may run")
                .column("Interruption", 105, t -> Hours.format(t.expectedInterruptionHours()), FailoverTest::expectedInterruptionHours)
                .column("Data loss", 80, t -> Hours.format(t.dataLossWindowHours()), FailoverTest::dataLossWindowHours)
                .column("Frequency", 90, t -> t.frequency().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .column("RAW", 70, t -> figure(t.riskAchievementWorth()), FailoverTest::riskAchievementWorth)
                .column("Expected behaviour", 420, FailoverTest::expectedBehaviour)
                .column("New single points of failure", 200, t -> String.join(", ", t.newSinglePointsOfFailure()))
                .column("Preconditions", 300, t -> String.join("; ", t.preconditions()))
                .column("Test ID", 110, FailoverTest::id);
        table.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return table;
    }

    /** @return three significant digits below 1,000 (0.0500, 12.0, 1.20e-05), else a whole number (7250) */
    private static String figure(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "\u2013" : "\u221E";
        }
        return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String outcome(Outcome outcome) {
        return switch (outcome) {
            case UP -> "up";
            case DEGRADED -> "degraded";
            case DOWN -> "down";
        };
    }
}
