package org.nines.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.widgets.Group;
import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.ui.analysis.SimulationRun;
import org.nines.ui.UiFormats;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.EventResult;
import org.nines.model.validation.Problem;
import org.nines.ui.TextColumn;
import org.nines.ui.analysis.AnalysisRun;

/**
 * Headline figures of the latest analysis: availability, nines, downtime and outages per year, MTBF, mean outage,
 * reliability, downtime cost, single points of failure, and every component's share of the downtime; below them the
 * latest Monte Carlo simulation of the same editor (availability with its 95 % confidence interval, the downtime per
 * year distribution, the settings), marked stale once the model changes after it.
 */
public class ResultsView extends ViewPart {
    public static final String ID = "org.nines.ui.views.results";
    /** Shown while no analysis result is available. */
    public static final String NO_RESULT = "No analysis yet. Open a Nines model (.nines) and run an analysis to see "
            + "its availability, downtime per year and single points of failure here.";
    /** Appended to the simulation status once the model changed after the run. */
    public static final String STALE = "(stale: the model changed since)";
    private static final String[] SIM_FIGURES = { "Availability:", "Downtime per year:", "Outages per year:", "Settings:" };
    /** Narrowest column of the headline figures, pixels. */
    private static final int MIN_FIGURE_WIDTH = 200;
    private static final String[] FIGURES = { "Availability", "Nines", "Downtime per year", "Outages per year", "MTBF",
        "Mean outage", "Reliability (mission)", "Downtime cost per year" };

    private org.eclipse.swt.custom.ScrolledComposite scroll;
    private Label message;
    private Label[] values;
    private Label spof;
    private TableViewer importance;
    private Font big;
    private IEditorPart source;
    private Group simulation;
    private Label simulationStatus;
    private Label[] simulationValues;
    private SimulationRun simulationRun;
    private IEditorPart simulationSource;
    private CommandStack watchedStack;
    private boolean simulationStale;
    private final CommandStackListener staleListener = e -> markSimulationStale();
    private final IPartListener2 closeListener = new IPartListener2() {
        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (source != null && ref.getPart(false) == source) {
                clear();
            }
            if (simulationSource != null && ref.getPart(false) == simulationSource) {
                clearSimulation();
            }
        }
    };

    @Override
    public void createPartControl(Composite outer) {
        outer.setLayout(new org.eclipse.swt.layout.FillLayout());
        scroll = new org.eclipse.swt.custom.ScrolledComposite(outer, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite parent = new Composite(scroll, SWT.NONE); // scrolls when the simulation section does not fit
        scroll.setContent(parent);
        parent.setLayout(new GridLayout(1, false));
        message = new Label(parent, SWT.WRAP);
        message.setText(NO_RESULT);
        message.setData("testid", "results.message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite figures = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(4, true);
        figures.setLayout(grid);
        figures.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroll.addListener(SWT.Resize, e -> { // two columns of figures when four would cut them off
            int columns = scroll.getClientArea().width < 4 * MIN_FIGURE_WIDTH ? 2 : 4;
            if (grid.numColumns != columns) {
                grid.numColumns = columns;
            }
            relayout();
        });
        FontData base = parent.getDisplay().getSystemFont().getFontData()[0];
        big = new Font(parent.getDisplay(), base.getName(), base.getHeight() + 2, SWT.BOLD);
        values = new Label[FIGURES.length];
        for (int i = 0; i < FIGURES.length; i++) {
            Composite cell = new Composite(figures, SWT.NONE);
            GridLayout cellLayout = new GridLayout(1, false);
            cellLayout.marginHeight = 2;
            cell.setLayout(cellLayout);
            cell.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            Label caption = new Label(cell, SWT.NONE);
            caption.setText(FIGURES[i]);
            values[i] = new Label(cell, SWT.NONE);
            values[i].setFont(big);
            values[i].setText("\u2013");
            values[i].setData("testid", "results." + FIGURES[i]);
            values[i].setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        spof = new Label(parent, SWT.WRAP);
        spof.setData("testid", "results.spof");
        spof.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        createSimulationSection(parent);
        importance = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        importance.getTable().setHeaderVisible(true);
        importance.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160; // at least this tall; taller when the view has room
        importance.getTable().setLayoutData(tableData);
        importance.setContentProvider(ArrayContentProvider.getInstance());
        column("Component or event", 260, EventResult::label);
        column("Unavailability", 110, e -> String.format(Locale.ROOT, "%.3e", e.unavailability()));
        column("Downtime share (FV)", 130, e -> String.format(Locale.ROOT, "%.2f %%", 100 * e.fussellVesely()));
        column("Downtime per year", 120, e -> duration(e.downtimeHoursPerYear()));
        column("Birnbaum", 90, e -> String.format(Locale.ROOT, "%.4g", e.birnbaum()));
        column("RAW", 90, e -> String.format(Locale.ROOT, "%.4g", e.raw()));
        column("RRW", 90, e -> Double.isInfinite(e.rrw()) ? "\u221E" : String.format(Locale.ROOT, "%.4g", e.rrw()));
        getSite().getPage().addPartListener(closeListener);
        parent.addListener(SWT.Dispose, e -> {
            getSite().getPage().removePartListener(closeListener);
            watch(null);
            big.dispose();
        });
    }

    /** Lays the content out again and tells the scroller how much room it needs at the current width. */
    private void relayout() {
        Composite content = (Composite) scroll.getContent();
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
    }

    private void createSimulationSection(Composite parent) {
        simulation = new Group(parent, SWT.NONE);
        simulation.setText("Simulation");
        simulation.setLayout(new GridLayout(1, false));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        simulation.setLayoutData(data);
        simulation.setVisible(false);
        simulationStatus = new Label(simulation, SWT.WRAP);
        simulationStatus.setData("testid", "results.simulation.status");
        simulationStatus.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite figures = new Composite(simulation, SWT.NONE);
        GridLayout rows = new GridLayout(2, false);
        rows.marginWidth = 0;
        rows.marginHeight = 0;
        figures.setLayout(rows);
        figures.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        simulationValues = new Label[SIM_FIGURES.length];
        for (int i = 0; i < SIM_FIGURES.length; i++) {
            new Label(figures, SWT.NONE).setText(SIM_FIGURES[i]);
            simulationValues[i] = new Label(figures, SWT.NONE);
            simulationValues[i].setData("testid", "results.simulation." + i);
            simulationValues[i].setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        simulationValues[0].setFont(big);
        simulationValues[SIM_FIGURES.length - 1].setData("testid", "results.simulation.settings");
    }

    /**
     * Shows a simulation of the model edited in {@code editor}: its figures and settings, marked stale as soon as the
     * editor's command stack changes; hidden again when that editor closes.
     */
    public void showSimulation(SimulationRun run, IEditorPart editor) {
        simulationRun = run;
        simulationSource = editor;
        simulationStale = false;
        watch(editor instanceof IEditingDomainProvider provider ? provider.getEditingDomain().getCommandStack() : null);
        String when = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()).format(run.finished());
        simulationStatus.setText(editor.getTitle() + ": simulation at " + when + ", " + run.statusText());
        String[] texts = run.result() != null ? texts(run.result()) : texts(run.rareEvents());
        for (int i = 0; i < texts.length; i++) {
            simulationValues[i].setText(texts[i]);
            simulationValues[i].setToolTipText(texts[i]);
        }
        setSimulationVisible(true);
    }

    /** The figures of a plain simulation: availability, downtime distribution, outages, settings. */
    private static String[] texts(SimulationResult r) {
        SimulationResult.Distribution down = r.downtimeHoursPerYear();
        return new String[] {
            UiFormats.percent(r.availability().mean()) + " \u00B1 " + halfWidth(r.availability()) + " (95 % confidence)",
            "mean " + hours(down.mean()) + ", P50 " + hours(down.p50()) + ", P90 " + hours(down.p90()) + ", P99 "
                    + hours(down.p99()) + ", max " + hours(down.max()),
            String.format(Locale.ROOT, "mean %.3g, P90 %.3g, max %.3g", r.outagesPerYear().mean(), r.outagesPerYear().p90(),
                    r.outagesPerYear().max()),
            settings(r) };
    }

    /** The figures of failure biasing: steady-state means with confidence intervals (no distribution over years). */
    private static String[] texts(RareEventResult r) {
        if (r.cycles() == 0) {
            return new String[] { "\u2013 (no cycle finished)", "\u2013", "\u2013", settings(r) };
        }
        SimulationResult.Estimate down = r.downtimeHoursPerYear();
        return new String[] {
            UiFormats.percent(r.availability().mean()) + " \u00B1 " + halfWidth(r.availability()) + " (95 % confidence)",
            "mean " + hours(down.mean()) + " (" + hours(down.ciLow()) + " to " + hours(down.ciHigh())
                    + "); steady state, no percentiles with failure biasing",
            String.format(Locale.ROOT, "mean %.3g, MTBF %s, mean outage %s", r.outagesPerYear().mean(),
                    Double.isFinite(r.mtbfHours()) ? duration(r.mtbfHours()) : "\u221E", hours(r.meanDowntimeHours())),
            settings(r) };
    }

    /** The settings and speed of a failure-biasing run, one line. */
    static String settings(RareEventResult r) {
        return String.format(Locale.ROOT, "failure biasing (p = %s), %,d cycles (%,d with an outage), seed %d, %d thread(s),"
                + " threats off, %.2f s", r.biasProbability(), r.cycles(), r.cyclesWithOutage(), r.seed(), r.threads(), r.wallSeconds());
    }

    /** Downtime with "0" for none (a quantile of exactly zero is common for highly available models). */
    private static String hours(double h) {
        return h == 0 ? "0" : duration(h);
    }

    /** The settings and speed of a run, one line. */
    static String settings(SimulationResult r) {
        return String.format(Locale.ROOT, "%,d histories \u00D7 %s yr, seed %d, %d thread(s), threats %s, %.2f s, %s events/s",
                r.histories(), r.years() == Math.rint(r.years()) ? String.valueOf((long) r.years()) : String.valueOf(r.years()),
                r.seed(), r.threads(), r.threats().name().toLowerCase(Locale.ROOT), r.wallSeconds(), rate(r.eventsPerSecond()));
    }

    private static String rate(double perSecond) {
        if (!Double.isFinite(perSecond)) {
            return "\u2013";
        }
        return perSecond >= 1e6 ? String.format(Locale.ROOT, "%.3g M", perSecond / 1e6)
                : String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String halfWidth(SimulationResult.Estimate availability) {
        double half = (availability.ciHigh() - availability.ciLow()) / 2;
        return Double.isFinite(half) ? String.format(Locale.ROOT, "%.2g %%", 100 * half) : "\u2013";
    }

    /** Marks the simulation shown as stale (the model changed since it was copied for the run). */
    public void markSimulationStale() {
        message.getDisplay().asyncExec(() -> {
            if (simulationStatus.isDisposed() || simulationRun == null || simulationStale) {
                return;
            }
            simulationStale = true;
            simulationStatus.setText(simulationStatus.getText() + "  " + STALE);
            relayout();
        });
    }

    /** Listens to the given command stack (null: to none) for staleness. */
    private void watch(CommandStack stack) {
        if (watchedStack != null) {
            watchedStack.removeCommandStackListener(staleListener);
        }
        watchedStack = stack;
        if (stack != null) {
            stack.addCommandStackListener(staleListener);
        }
    }

    private void setSimulationVisible(boolean visible) {
        simulation.setVisible(visible);
        ((GridData) simulation.getLayoutData()).exclude = !visible;
        relayout();
    }

    /** Hides the simulation section. */
    public void clearSimulation() {
        simulationRun = null;
        simulationSource = null;
        simulationStale = false;
        watch(null);
        setSimulationVisible(false);
    }

    /** @return the simulation status line as shown ("" when no simulation is shown), for tests */
    public String simulationStatus() {
        return simulationRun == null ? "" : simulationStatus.getText();
    }

    /** @return the simulated availability as shown ("" when no simulation is shown), for tests */
    public String simulationAvailabilityText() {
        return simulationRun == null ? "" : simulationValues[0].getText();
    }

    private void column(String title, int width, Function<EventResult, String> text) {
        TextColumn.add(importance, title, width, EventResult.class, text);
    }

    /** Shows an analysis run of the model edited in {@code editor}; cleared again when that editor closes. */
    public void show(AnalysisRun run, IEditorPart editor) {
        this.source = editor;
        if (simulationSource != null && simulationSource != editor) {
            clearSimulation();
        }
        show(run, editor.getTitle());
    }

    private void show(AnalysisRun run, String source) {
        String when = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()).format(run.finished());
        AvailabilityResult r = run.result();
        if (r == null) {
            long errors = run.problems().stream().filter(Problem::isError).count();
            message.setText(source + ": not analysed at " + when + ", the model has " + errors + " error(s):\n"
                    + String.join("\n", run.problems().stream().filter(Problem::isError).limit(8).map(Problem::message).toList()));
            for (Label value : values) {
                value.setText("\u2013");
            }
            spof.setText("");
            importance.setInput(new Object[0]);
        } else {
            message.setText(source + ": exact analysis at " + when + " (" + r.bddNodes() + " BDD nodes, "
                    + String.format(Locale.ROOT, "%.3f s", r.seconds()) + ")");
            String[] texts = {
                UiFormats.percent(r.availability()),
                String.format(Locale.ROOT, "%.2f", r.nines()),
                downtimePerYear(r.downtimeHoursPerYear()),
                String.format(Locale.ROOT, "%.3g", r.failuresPerYear()),
                duration(r.mtbfHours()),
                duration(r.meanDowntimeHours()),
                String.format(Locale.ROOT, "%.4f (%s)", r.reliability(), duration(r.missionHours())),
                String.format(Locale.ROOT, "%,.0f %s", r.downtimeCostPerYear(), r.currency()) };
            for (int i = 0; i < values.length; i++) {
                values[i].setText(texts[i]);
            }
            spof.setText(r.singlePointsOfFailure().isEmpty() ? "No single point of failure."
                    : "Single points of failure: " + String.join(", ", r.singlePointsOfFailure()));
            importance.setInput(r.events().stream().sorted(Comparator.comparingDouble(EventResult::fussellVesely).reversed()).toArray());
        }
        relayout();
    }

    /** Back to the "no analysis yet" state. */
    public void clear() {
        source = null;
        message.setText(NO_RESULT);
        for (Label value : values) {
            value.setText("\u2013");
        }
        spof.setText("");
        importance.setInput(new Object[0]);
        relayout();
    }

    /** @return the text currently shown in the header, for tests and accessibility */
    public String message() {
        return message.getText();
    }

    /** @return the availability figure as shown */
    public String availabilityText() {
        return values[0].getText();
    }

    /** Downtime per year in the unit of the preference (Window &gt; Preferences &gt; Nines): "1.21 h" or "72.5 min". */
    static String downtimePerYear(double hours) {
        boolean minutes = org.eclipse.core.runtime.Platform.isRunning() && "minutes".equals(
                org.nines.ui.NinesPreferences.store().getString(org.nines.ui.NinesPreferences.DOWNTIME_UNIT));
        if (!Double.isFinite(hours)) {
            return "\u2013";
        }
        return minutes ? String.format(Locale.ROOT, "%.3g min", hours * 60) : String.format(Locale.ROOT, "%.3g h", hours);
    }

    static String duration(double hours) {
        if (!Double.isFinite(hours)) {
            return "\u221E";
        }
        if (hours < 1) {
            return String.format(Locale.ROOT, "%.3g min", hours * 60);
        }
        if (hours < 72) {
            return String.format(Locale.ROOT, "%.3g h", hours);
        }
        if (hours < 2 * 8760) {
            return String.format(Locale.ROOT, "%.3g days", hours / 24);
        }
        return String.format(Locale.ROOT, "%.3g years", hours / 8760);
    }

    @Override
    public void setFocus() {
        message.setFocus();
    }
}
