package org.nines.ui.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.nines.ui.NinesPreferences;

/** Window &gt; Preferences &gt; Nines: units (the currency of new models, downtime in hours or minutes). */
public class NinesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public NinesPreferencePage() {
        this(NinesPreferences.store());
    }

    /** A page on another store (with the keys and defaults of {@link NinesPreferences}), for tests. */
    public NinesPreferencePage(IPreferenceStore store) {
        super(GRID);
        setPreferenceStore(store);
        setDescription("Units. The currency is used for new models and for models that do not name one.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor currency = new StringFieldEditor(NinesPreferences.CURRENCY, "&Currency (ISO 4217 code):", 6,
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return isCurrencyCode(getStringValue());
            }
        };
        currency.setErrorMessage("The currency must be a three-letter ISO 4217 code such as EUR, USD or CHF.");
        currency.setEmptyStringAllowed(false);
        addField(currency);
        addField(new RadioGroupFieldEditor(NinesPreferences.DOWNTIME_UNIT, "&Downtime shown in", 2,
                new String[][] { { "&hours per year", "hours" }, { "&minutes per year", "minutes" } }, getFieldEditorParent(), true));
    }

    /** Three upper-case letters (any code of that shape: new codes need no Nines update); lower case is refused. */
    static boolean isCurrencyCode(String text) {
        return text != null && text.matches("[A-Z]{3}");
    }
}
