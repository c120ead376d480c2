package org.nines.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.preference.IPreferenceStore;
import org.nines.analysis.risk.RiskScale;

/**
 * The risk-matrix scales given to NEW models (each model keeps its own: SystemModel likelihoodThresholds and
 * impactThresholds). Stored as text, four ascending upper bounds of levels 1 to 4 separated by spaces: likelihood in
 * events per year, impact in hours of expected service downtime per year. Blank or invalid text means the defaults of
 * {@link RiskScale}.
 */
public final class RiskScalePreferences {
    /** Likelihood bounds of levels 1-4, events per year (text). */
    public static final String LIKELIHOOD = "risk.likelihoodThresholds";
    /** Impact bounds of levels 1-4, hours of service downtime per year (text). */
    public static final String IMPACT = "risk.impactThresholds";

    private RiskScalePreferences() {
    }

    /** Sets the defaults of both keys in the store (the defaults of {@link RiskScale}). */
    public static void setDefaults(IPreferenceStore store) {
        store.setDefault(LIKELIHOOD, format(RiskScale.DEFAULT_LIKELIHOOD));
        store.setDefault(IMPACT, format(RiskScale.DEFAULT_IMPACT));
    }

    /** The scale for new models: the stored bounds, or the defaults where a text is blank or invalid. */
    public static RiskScale scale(IPreferenceStore store) {
        List<Double> likelihood = parse(store.getString(LIKELIHOOD));
        List<Double> impact = parse(store.getString(IMPACT));
        return new RiskScale(likelihood == null ? RiskScale.DEFAULT_LIKELIHOOD : likelihood,
                impact == null ? RiskScale.DEFAULT_IMPACT : impact);
    }

    /**
     * @return the four bounds of the text (numbers separated by spaces, commas or semicolons; at least 0, finite,
     *         strictly ascending), or null when the text is not that
     */
    public static List<Double> parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Double> bounds = new ArrayList<>();
        for (String part : text.strip().split("[\\s,;]+")) {
            try {
                bounds.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            return new RiskScale(bounds, RiskScale.DEFAULT_IMPACT).likelihoodBounds();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bounds as text: "0.01 0.1 1 10". */
    public static String format(List<Double> bounds) {
        return bounds.stream().map(b -> b == Math.rint(b) && Math.abs(b) < 1e15 ? String.format(Locale.ROOT, "%.0f", b)
                : Double.toString(b)).collect(Collectors.joining(" "));
    }
}
