package org.nines.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.nines.ui.NinesPreferences;

/** Window &gt; Preferences &gt; Nines &gt; Diagram: grid and how analysed blocks are coloured. */
public class DiagramPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public DiagramPreferencePage() {
        this(NinesPreferences.store());
    }

    /** A page on another store (with the keys and defaults of {@link NinesPreferences}), for tests. */
    public DiagramPreferencePage(IPreferenceStore store) {
        super(GRID);
        setPreferenceStore(store);
        setDescription("How diagrams look. Moves snap to a grid of 10 diagram units.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(NinesPreferences.DIAGRAM_SHOW_GRID, "&Show the grid", getFieldEditorParent()));
        addField(new RadioGroupFieldEditor(NinesPreferences.DIAGRAM_COLOUR_BY, "&Colour analysed blocks by", 1,
                new String[][] { { "&Share of the downtime (Fussell-Vesely importance)", "downtime" },
                        { "&Birnbaum importance", "importance" } },
                getFieldEditorParent(), true));
    }
}
