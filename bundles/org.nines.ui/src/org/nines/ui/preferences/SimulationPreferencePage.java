package org.nines.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.nines.ui.NinesPreferences;

/** Window &gt; Preferences &gt; Nines &gt; Simulation: the defaults of Monte Carlo runs. */
public class SimulationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public SimulationPreferencePage() {
        this(NinesPreferences.store());
    }

    /** A page on another store (with the keys and defaults of {@link NinesPreferences}), for tests. */
    public SimulationPreferencePage(IPreferenceStore store) {
        super(GRID);
        setPreferenceStore(store);
        setDescription("Defaults of simulation runs. The same seed gives the same result, whatever the number of threads.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        addField(new NumberFieldEditor(NinesPreferences.SIM_HISTORIES, "&Histories per run:", getFieldEditorParent(), true, 1,
                false, "of at least 1"));
        addField(new NumberFieldEditor(NinesPreferences.SIM_YEARS, "&Years per history:", getFieldEditorParent(), false, 0,
                true, "greater than 0"));
        addField(new NumberFieldEditor(NinesPreferences.SIM_SEED, "&Seed:", getFieldEditorParent(), true,
                Double.NEGATIVE_INFINITY, false, "(any)"));
        addField(new NumberFieldEditor(NinesPreferences.SIM_THREADS, "&Threads (0 = one per processor, "
                + Runtime.getRuntime().availableProcessors() + " here):", getFieldEditorParent(), true, 0, false, "of at least 0"));
        addField(new NumberFieldEditor(NinesPreferences.SIM_TARGET_REL_CI, "Stop at relative 95 % CI &half-width (0 = never):",
                getFieldEditorParent(), false, 0, false, "of at least 0"));
    }
}
