package org.nines.ui.analysis;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.nines.analysis.simulation.FailureBiasing;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.model.validation.ModelValidator;
import org.nines.model.validation.Problem;
import org.nines.ui.editor.ModelEditor;
import org.nines.ui.views.ChartsView;
import org.nines.ui.views.ResultsView;

/**
 * Entry point of "Simulate..." (Ctrl+F9): asks for the method and settings, runs a {@link SimulationJob} on the editor's model and
 * shows the run in the Results and Charts views. One simulation per editor at a time: starting another cancels the
 * previous one. All methods on the UI thread.
 */
public final class SimulationLauncher {
    private static final Map<ModelEditor, SimulationJob> RUNNING = new WeakHashMap<>();
    private static final Map<ModelEditor, SimulationRun> LAST = new WeakHashMap<>();
    /** The command on top of each editor's undo stack when its latest shown simulation started (the model state). */
    private static final Map<ModelEditor, Object> STATE_AT_START = new WeakHashMap<>();

    private SimulationLauncher() {
    }

    /** Validates the editor's model, asks for the settings and starts the simulation; does nothing on Cancel. */
    public static void run(ModelEditor editor) {
        if (!checkValid(editor)) {
            return;
        }
        SimulationDialog dialog = new SimulationDialog(editor.getSite().getShell(), editor.model().getName(),
                org.nines.ui.NinesPreferences.store());
        if (dialog.open() == Window.OK && canSimulate(editor, dialog.options(), dialog.method())) {
            start(editor, dialog.options(), dialog.method());
        }
    }

    /** Failure biasing needs a Markovian model: says at once which element is not, instead of failing in the job. */
    private static boolean canSimulate(ModelEditor editor, SimulationOptions options, SimulationMethod method) {
        if (method != SimulationMethod.FAILURE_BIASING) {
            return true;
        }
        try {
            FailureBiasing.requireMarkovian(SimulationModel.compile(editor.model()), options.threats());
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Simulate", editor.getTitle()
                    + " cannot be simulated with failure biasing: " + e.getMessage());
            return false;
        }
    }

    /** Starts a plain Monte Carlo simulation; see {@link #start(ModelEditor, SimulationOptions, SimulationMethod)}. */
    public static SimulationJob start(ModelEditor editor, SimulationOptions options) {
        return start(editor, options, SimulationMethod.PLAIN);
    }

    /**
     * Starts a simulation of the editor's model with the given settings, without asking (for tests and repeat runs).
     * A model the method cannot simulate (failure biasing of a non-Markovian model) ends the job with an error status
     * that names the element; the platform shows it.
     *
     * @return the scheduled job, or null when the model has validation errors (the user was told)
     */
    public static SimulationJob start(ModelEditor editor, SimulationOptions options, SimulationMethod method) {
        if (!checkValid(editor)) {
            return null;
        }
        SimulationJob previous = RUNNING.get(editor);
        if (previous != null) {
            previous.cancel();
        }
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        Object stateAtStart = stateOf(stack);
        boolean[] changedMeanwhile = new boolean[1];
        CommandStackListener changes = e -> changedMeanwhile[0] = true;
        stack.addCommandStackListener(changes);
        SimulationJob[] job = new SimulationJob[1];
        Display display = editor.getSite().getShell().getDisplay();
        job[0] = new SimulationJob(editor.model(), options, method, display, run -> {
            if (RUNNING.get(editor) != job[0]) {
                return; // a newer run replaced it
            }
            RUNNING.remove(editor);
            STATE_AT_START.put(editor, stateAtStart);
            show(editor, run, changedMeanwhile[0]);
        });
        job[0].addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) { // also after a failure or a cancel before the start
                if (!display.isDisposed()) {
                    display.asyncExec(() -> stack.removeCommandStackListener(changes));
                }
            }
        });
        RUNNING.put(editor, job[0]);
        job[0].schedule();
        return job[0];
    }

    /** @return the latest simulation shown for the editor, or null */
    public static SimulationRun lastRun(ModelEditor editor) {
        return LAST.get(editor);
    }

    /**
     * @return the latest simulation of the editor when the model is still in the state it was simulated in (the same
     *         command on top of the undo stack), else null: what an export may include as current
     */
    public static SimulationRun currentRun(ModelEditor editor) {
        SimulationRun run = LAST.get(editor);
        return run != null && STATE_AT_START.get(editor) == stateOf(editor.getEditingDomain().getCommandStack()) ? run : null;
    }

    /** The undo stack's top command stands for the model's state (a sentinel when nothing was done yet). */
    private static Object stateOf(CommandStack stack) {
        Object top = stack.getUndoCommand();
        return top == null ? NO_COMMAND : top;
    }

    private static final Object NO_COMMAND = new Object();

    /** @param stale whether the model changed while the simulation ran on its copy */
    private static void show(ModelEditor editor, SimulationRun run, boolean stale) {
        if (editor.canvas() == null || editor.canvas().isDisposed()) {
            return; // the editor closed while the simulation ran
        }
        LAST.put(editor, run);
        IWorkbenchPage page = editor.getSite().getPage();
        try {
            ResultsView results = (ResultsView) page.showView(ResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            results.showSimulation(run, editor);
            if (stale) {
                results.markSimulationStale();
            }
            if (page.findView(ChartsView.ID) instanceof ChartsView charts) {
                charts.showSimulation(run);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Nines", "Cannot show the simulation: " + e.getMessage());
        }
    }

    private static boolean checkValid(ModelEditor editor) {
        List<Problem> errors = ModelValidator.validate(editor.model()).stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            return true;
        }
        MessageDialog.openError(editor.getSite().getShell(), "Simulate", editor.getTitle() + " cannot be simulated: it has "
                + errors.size() + " error(s):\n" + String.join("\n", errors.stream().limit(8).map(Problem::message).toList()));
        return false;
    }
}
