package org.nines.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.nines.ui.NinesPreferences;

/**
 * Window &gt; Preferences &gt; Nines &gt; Risk Scales: the likelihood and impact bounds of the 5x5 risk matrix given
 * to new models. Existing models keep their own scales.
 */
public class RiskScalePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public RiskScalePreferencePage() {
        this(NinesPreferences.store());
    }

    /** A page on another store, for tests. */
    public RiskScalePreferencePage(IPreferenceStore store) {
        super(GRID);
        RiskScalePreferences.setDefaults(store);
        setPreferenceStore(store);
        setDescription("Scales of the risk matrix for new models (each model keeps its own). Four ascending upper bounds "
                + "of levels 1 to 4, separated by spaces; level 5 lies above the last.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        addField(bounds(RiskScalePreferences.LIKELIHOOD, "&Likelihood (events per year):"));
        addField(bounds(RiskScalePreferences.IMPACT, "&Impact (hours of service downtime per year):"));
    }

    private StringFieldEditor bounds(String key, String label) {
        StringFieldEditor editor = new StringFieldEditor(key, label, 24, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return RiskScalePreferences.parse(getStringValue()) != null;
            }
        };
        editor.setErrorMessage(label.replace("&", "").replaceFirst(":$", "")
                + ": give four numbers of at least 0, strictly ascending, e.g. 0.01 0.1 1 10.");
        editor.setEmptyStringAllowed(false);
        return editor;
    }
}
