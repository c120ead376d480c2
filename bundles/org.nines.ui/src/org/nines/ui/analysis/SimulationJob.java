package org.nines.ui.analysis;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.nines.analysis.simulation.FailureBiasing;
import org.nines.analysis.simulation.MonteCarloSimulation;
import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationMonitor;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.model.SystemModel;
import org.nines.ui.UiFormats;

/**
 * Runs a simulation of a model in the background (plain Monte Carlo, or failure biasing for rare outages) with progress
 * in histories (cycles) done / planned. Cancelling stops it after the current batch; what finished so far still
 * reaches the listener, marked as a partial result. The model is copied on the UI thread when the job is created; the
 * listener gets the run on the UI thread.
 */
public final class SimulationJob extends Job {
    /** Family of all simulation jobs (for tests and progress). */
    public static final Object FAMILY = SimulationJob.class;
    /** Progress units of the whole run (histories are scaled to them: a run may have more than 2^31 histories). */
    private static final int UNITS = 1000;
    private final SystemModel copy;
    private final SimulationOptions options;
    private final SimulationMethod method;
    private final Display display;
    private final Consumer<SimulationRun> listener;
    private volatile long historiesDone;

    /** A plain Monte Carlo simulation; see {@link #SimulationJob(SystemModel, SimulationOptions, SimulationMethod, Display, Consumer)}. */
    public SimulationJob(SystemModel model, SimulationOptions options, Display display, Consumer<SimulationRun> listener) {
        this(model, options, SimulationMethod.PLAIN, display, listener);
    }

    /** Call on the UI thread: copies the model right away. The model must be free of validation errors. */
    public SimulationJob(SystemModel model, SimulationOptions options, SimulationMethod method, Display display,
            Consumer<SimulationRun> listener) {
        super("Simulation of " + model.getName());
        this.copy = EcoreUtil.copy(model);
        this.options = options;
        this.method = method;
        this.display = display;
        this.listener = listener;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** @return histories (cycles with failure biasing) finished so far in the current run (for tests and status lines) */
    public long historiesDone() {
        return historiesDone;
    }

    /** @return the settings this job simulates with */
    public SimulationOptions options() {
        return options;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(String.format(Locale.ROOT, "Simulating %,d %s of %s", options.maxHistories(), unit(), copy.getName()), UNITS);
        SimulationRun run;
        try {
            SimulationModel model = SimulationModel.compile(copy);
            if (method == SimulationMethod.FAILURE_BIASING) {
                RareEventResult rare = FailureBiasing.run(model, options, new Progress(monitor));
                run = new SimulationRun(copy.getName(), options, null, rare, Instant.now());
            } else {
                SimulationResult result = MonteCarloSimulation.run(model, options, new Progress(monitor));
                run = new SimulationRun(copy.getName(), options, result, Instant.now());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            String how = method == SimulationMethod.FAILURE_BIASING ? " with failure biasing: " : ": ";
            return Status.error("The model " + copy.getName() + " cannot be simulated" + how + e.getMessage(), e);
        } finally {
            monitor.done();
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> listener.accept(run));
        }
        return run.partial() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** @return what the progress counts: histories, or regenerative cycles with failure biasing */
    private String unit() {
        return method == SimulationMethod.FAILURE_BIASING ? "cycles" : "histories";
    }

    /** Bridges the engine's monitor to the job's: progress, estimate so far, cancellation. */
    private final class Progress implements SimulationMonitor {
        private final IProgressMonitor monitor;
        private int unitsReported;

        Progress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void progress(long done, long planned, double availability, double relativeCi) {
            historiesDone = done;
            int units = (int) Math.min(UNITS, UNITS * (double) done / Math.max(1, planned));
            if (units > unitsReported) {
                monitor.worked(units - unitsReported);
                unitsReported = units;
            }
            monitor.subTask(String.format(Locale.ROOT, "%,d / %,d %s, availability %s%s", done, planned, unit(),
                    UiFormats.percent(availability),
                    Double.isFinite(relativeCi) ? String.format(Locale.ROOT, " (\u00B1%.1f %% on unavailability)", 100 * relativeCi) : ""));
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }
}
