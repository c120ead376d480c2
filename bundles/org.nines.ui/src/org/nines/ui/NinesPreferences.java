package org.nines.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Keys and defaults of the workbench preferences (Window &gt; Preferences &gt; Nines). Everything else reads them
 * through {@link #store()}; the defaults are set there, so a fresh workspace sees them too.
 */
public final class NinesPreferences {
    public static final String QUALIFIER = "org.nines.ui";
    /** Simulation: histories per run (long). */
    public static final String SIM_HISTORIES = "simulation.histories";
    /** Simulation: years per history (double). */
    public static final String SIM_YEARS = "simulation.years";
    /** Simulation: master seed (long). */
    public static final String SIM_SEED = "simulation.seed";
    /** Simulation: worker threads, 0 = one per processor (int). */
    public static final String SIM_THREADS = "simulation.threads";
    /** Simulation: stop at this relative 95 % CI half-width on unavailability, 0 = never (double). */
    public static final String SIM_TARGET_REL_CI = "simulation.targetRelCi";
    /** Simulation: method, a {@code SimulationMethod} name ("PLAIN" | "FAILURE_BIASING"). */
    public static final String SIM_METHOD = "simulation.method";
    /** Currency code shown for models that do not name one (string, ISO 4217). */
    public static final String CURRENCY = "units.currency";
    /** Downtime per year in the Results view in hours or minutes ("hours" | "minutes"). */
    public static final String DOWNTIME_UNIT = "units.downtime";
    /** Diagram: show the grid dots (boolean). */
    public static final String DIAGRAM_SHOW_GRID = "diagram.showGrid";
    /** Diagram: colour blocks by "downtime" (Fussell-Vesely) or "importance" (Birnbaum); the canvas shows a legend. */
    public static final String DIAGRAM_COLOUR_BY = "diagram.colourBy";
    /** Recently opened model files, newest first, separated by the path separator (string). */
    public static final String RECENT_FILES = "files.recent";

    private static ScopedPreferenceStore store;

    private NinesPreferences() {
    }

    /** The instance-scope store of the Nines workbench, with the defaults set. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
            store.setDefault(SIM_HISTORIES, 10_000L);
            store.setDefault(SIM_YEARS, 1.0);
            store.setDefault(SIM_SEED, 1L);
            store.setDefault(SIM_THREADS, 0);
            store.setDefault(SIM_TARGET_REL_CI, 0.0);
            store.setDefault(SIM_METHOD, "PLAIN");
            store.setDefault(CURRENCY, "EUR");
            store.setDefault(DOWNTIME_UNIT, "hours");
            store.setDefault(DIAGRAM_SHOW_GRID, true);
            store.setDefault(DIAGRAM_COLOUR_BY, "downtime");
            store.setDefault(RECENT_FILES, "");
        }
        return store;
    }
}
