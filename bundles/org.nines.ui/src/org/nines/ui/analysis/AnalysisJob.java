package org.nines.ui.analysis;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.analysis.scenario.ScenarioComparison;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.model.SystemModel;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;

/**
 * Runs the exact analysis of a model in the background: availability, the computed risk register and the what-if
 * comparison. The model is copied on the UI thread before the job starts
 * (the editor keeps editing its own instance), validated, then analysed; the listener gets the run on the UI thread.
 */
public final class AnalysisJob extends Job {
    /** Family of all analysis jobs (for tests and progress). */
    public static final Object FAMILY = AnalysisJob.class;
    private final SystemModel copy;
    private final Consumer<AnalysisRun> listener;
    private final org.eclipse.swt.widgets.Display display;

    /** Call on the UI thread: copies the model right away. */
    public AnalysisJob(SystemModel model, org.eclipse.swt.widgets.Display display, Consumer<AnalysisRun> listener) {
        super("Exact analysis of " + model.getName());
        this.copy = EcoreUtil.copy(model);
        this.listener = listener;
        this.display = display;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), 4);
        List<Problem> problems = ModelValidator.validate(copy);
        monitor.worked(1);
        AnalysisRun run;
        try {
            if (ModelValidator.hasErrors(problems)) {
                run = new AnalysisRun(copy.getName(), problems, null, null, null, Instant.now());
            } else {
                var snapshot = SnapshotBuilder.of(copy);
                var result = AvailabilityAnalysis.analyze(snapshot,
                        AvailabilityAnalysis.Options.defaults().withSubsystems()); // shown on sub-diagram blocks
                monitor.worked(1);
                var risks = RiskAnalysis.assess(copy, snapshot, result, RiskAnalysis.Options.defaults()); // same analysis
                monitor.worked(1);
                var scenarios = ScenarioComparison.compare(copy);
                run = new AnalysisRun(copy.getName(), problems, result, risks, scenarios, Instant.now());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Status.error("The model cannot be analysed: " + e.getMessage(), e);
        }
        monitor.done();
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> listener.accept(run));
        }
        return Status.OK_STATUS;
    }
}
