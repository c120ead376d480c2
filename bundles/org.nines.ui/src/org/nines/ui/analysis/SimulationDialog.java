package org.nines.ui.analysis;

import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.ThreatMode;
import org.nines.ui.NinesPreferences;

/**
 * Asks for the settings of a simulation: the method (plain Monte Carlo or failure biasing), histories (cycles with
 * failure biasing), years per history, seed, threads (0 = one per processor), the target relative confidence
 * half-width and the threat mode (off with failure biasing, which needs a Markovian model). Starts from a preference store with the SIM_* keys of
 * {@link NinesPreferences} (the workbench's: {@link NinesPreferences#store()}) and stores the accepted values back
 * there as the next defaults. {@link #options()} holds the result after OK.
 */
public final class SimulationDialog extends TitleAreaDialog {
    private static final String[] THREAT_TEXTS = { "inherent risks (before mitigation)", "residual risks (after mitigation)",
        "off: component failures only (comparable with the exact analysis)" };
    private final String modelName;
    private final IPreferenceStore prefs;
    private Combo method;
    private Label historiesLabel;
    private Label targetCiHint;
    private Text histories;
    private Text years;
    private Text seed;
    private Text threads;
    private Text targetCi;
    private Combo threats;
    private SimulationOptions options;
    private SimulationMethod chosenMethod;
    /** The threat mode chosen for the plain method, given back when the user switches back from failure biasing. */
    private int plainThreats;

    public SimulationDialog(Shell parent, String modelName, IPreferenceStore prefs) {
        super(parent);
        this.modelName = modelName;
        this.prefs = prefs;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Simulate");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Monte Carlo simulation of " + modelName);
        setMessage("Independent histories of every component's failures and repairs; the same seed gives the same result.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText("Method:");
        method = new Combo(form, SWT.READ_ONLY);
        for (SimulationMethod m : SimulationMethod.values()) {
            method.add(m.label());
        }
        method.select(savedMethod().ordinal());
        method.setData("testid", "simulate.method");
        method.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        histories = field(form, "Histories:", String.valueOf(prefs.getLong(NinesPreferences.SIM_HISTORIES)), "at most; 1 or more", "simulate.histories");
        historiesLabel = sibling(histories, -1);
        years = field(form, "Years per history:", number(prefs.getDouble(NinesPreferences.SIM_YEARS)), "analysis periods", "simulate.years");
        seed = field(form, "Seed:", String.valueOf(prefs.getLong(NinesPreferences.SIM_SEED)), "any whole number", "simulate.seed");
        threads = field(form, "Threads:", String.valueOf(prefs.getInt(NinesPreferences.SIM_THREADS)),
                "0 = one per processor (" + Runtime.getRuntime().availableProcessors() + ")", "simulate.threads");
        targetCi = field(form, "Stop at relative CI:", number(100 * prefs.getDouble(NinesPreferences.SIM_TARGET_REL_CI)),
                "% half-width on unavailability; 0 = run all histories", "simulate.targetCi");
        targetCiHint = sibling(targetCi, 1);
        new Label(form, SWT.NONE).setText("Threats:");
        threats = new Combo(form, SWT.READ_ONLY);
        threats.setItems(THREAT_TEXTS);
        threats.select(0);
        threats.setData("testid", "simulate.threats");
        threats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        method.addListener(SWT.Selection, e -> methodChanged());
        methodChanged();
        return area;
    }

    /** The label in front of a field (offset -1) or its hint after it (offset 1): its sibling in the form. */
    private static Label sibling(Text field, int offset) {
        Control[] siblings = field.getParent().getChildren();
        return (Label) siblings[java.util.Arrays.asList(siblings).indexOf(field) + offset];
    }

    private SimulationMethod savedMethod() {
        try {
            return SimulationMethod.valueOf(prefs.getString(NinesPreferences.SIM_METHOD));
        } catch (IllegalArgumentException e) {
            return SimulationMethod.PLAIN;
        }
    }

    private SimulationMethod selectedMethod() {
        return SimulationMethod.values()[Math.max(0, method.getSelectionIndex())];
    }

    /**
     * Failure biasing simulates regenerative cycles of the steady state: years per history play no part, and threats
     * must be off (their outages are fixed times, not Markovian).
     */
    private void methodChanged() {
        boolean biasing = selectedMethod() == SimulationMethod.FAILURE_BIASING;
        historiesLabel.setText(biasing ? "Cycles:" : "Histories:");
        targetCiHint.setText("% half-width on unavailability; 0 = run all " + (biasing ? "cycles" : "histories"));
        years.setEnabled(!biasing);
        if (biasing && threats.isEnabled()) {
            plainThreats = threats.getSelectionIndex();
            threats.select(ThreatMode.OFF.ordinal());
        } else if (!biasing && !threats.isEnabled()) {
            threats.select(plainThreats);
        }
        threats.setEnabled(!biasing);
        setMessage(biasing
                ? "Failure biasing: regenerative cycles with importance sampling, steady-state figures of highly available"
                        + " systems (exponential laws, no fixed delays, threats off)."
                : "Independent histories of every component's failures and repairs; the same seed gives the same result.");
        historiesLabel.getParent().layout();
        validate();
    }

    private Text field(Composite form, String label, String value, String hint, String testId) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | SWT.RIGHT);
        text.setText(value);
        text.setData("testid", testId);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
        data.widthHint = 110;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> validate());
        Label note = new Label(form, SWT.NONE);
        note.setText(hint);
        note.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        return text;
    }

    /** Shows the first invalid entry and enables OK only when all are valid. */
    private void validate() {
        String problem = null;
        try {
            read();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    /** @return the options the fields describe; throws IllegalArgumentException naming the wrong field */
    private SimulationOptions read() {
        long h = parseLong(histories, "Histories");
        // failure biasing simulates the steady state: the (disabled) years field plays no part and is not checked
        double y = selectedMethod() == SimulationMethod.FAILURE_BIASING ? 1 : parseDouble(years, "Years per history");
        long s = parseLong(seed, "Seed");
        long t = parseLong(threads, "Threads");
        if (t < 0 || t > 1024) {
            throw new IllegalArgumentException("Threads must be between 0 (one per processor) and 1024, got " + t);
        }
        double ci = parseDouble(targetCi, "Stop at relative CI");
        if (ci < 0 || ci >= 100) {
            throw new IllegalArgumentException("Stop at relative CI must be 0 (off) or a percentage below 100, got " + number(ci));
        }
        return resolve(h, y, s, (int) t, ci / 100, ThreatMode.values()[Math.max(0, threats.getSelectionIndex())]);
    }

    /**
     * The engine's options for the dialog's values: threads 0 means one per processor.
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public static SimulationOptions resolve(long histories, double years, long seed, int threads, double targetRelativeCi, ThreatMode threats) {
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            return new SimulationOptions(histories, years, seed, workers, targetRelativeCi, threats, SimulationOptions.DEFAULT_BATCH);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1), e);
        }
    }

    @Override
    protected void okPressed() {
        try {
            options = read();
            chosenMethod = selectedMethod();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        prefs.setValue(NinesPreferences.SIM_HISTORIES, options.maxHistories());
        prefs.setValue(NinesPreferences.SIM_YEARS, options.years());
        prefs.setValue(NinesPreferences.SIM_SEED, options.seed());
        prefs.setValue(NinesPreferences.SIM_THREADS, (int) parseLong(threads, "Threads")); // as read() accepted it (0 = all)
        prefs.setValue(NinesPreferences.SIM_TARGET_REL_CI, options.targetRelativeCi());
        prefs.setValue(NinesPreferences.SIM_METHOD, chosenMethod.name());
        super.okPressed();
    }

    /** @return the accepted method, or null before OK */
    public SimulationMethod method() {
        return chosenMethod;
    }

    /** @return the accepted settings (threads resolved), or null before OK */
    public SimulationOptions options() {
        return options;
    }

    private static long parseLong(Text text, String what) {
        try {
            return Long.parseLong(text.getText().trim().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got \"" + text.getText().trim() + "\"");
        }
    }

    private static double parseDouble(Text text, String what) {
        try {
            double v = Double.parseDouble(text.getText().trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got \"" + text.getText().trim() + "\"");
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
