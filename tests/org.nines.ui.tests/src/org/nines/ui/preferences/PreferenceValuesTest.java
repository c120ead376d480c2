package org.nines.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.preference.PreferenceStore;
import org.junit.jupiter.api.Test;
import org.nines.analysis.risk.RiskScale;
import org.nines.model.SystemModel;
import org.nines.ui.wizards.NewModels;

/** What the preference pages accept, and the risk scales they give new models. */
class PreferenceValuesTest {
    @Test
    void currencyCodesAreThreeUpperCaseLetters() {
        assertTrue(NinesPreferencePage.isCurrencyCode("CHF"));
        assertFalse(NinesPreferencePage.isCurrencyCode("chf"));
        assertFalse(NinesPreferencePage.isCurrencyCode("EURO"));
        assertFalse(NinesPreferencePage.isCurrencyCode(""));
    }

    @Test
    void numberFieldsCheckKindAndLowerBound() {
        assertTrue(NumberFieldEditor.accepts("1", true, 1, false), "histories: at least 1");
        assertFalse(NumberFieldEditor.accepts("0", true, 1, false));
        assertFalse(NumberFieldEditor.accepts("1.5", true, 1, false), "histories are whole");
        assertTrue(NumberFieldEditor.accepts(" 0.25 ", false, 0, true), "years: greater than 0");
        assertFalse(NumberFieldEditor.accepts("0", false, 0, true));
        assertFalse(NumberFieldEditor.accepts("NaN", false, 0, false));
        assertTrue(NumberFieldEditor.accepts("-42", true, Double.NEGATIVE_INFINITY, false), "any seed");
        assertFalse(NumberFieldEditor.accepts("x", true, Double.NEGATIVE_INFINITY, false));
    }

    @Test
    void riskBoundsAreFourAscendingNumbers() {
        assertEquals(List.of(0.02, 0.2, 2.0, 20.0), RiskScalePreferences.parse("0.02, 0.2; 2 20"));
        assertNull(RiskScalePreferences.parse("1 2 3"), "three bounds");
        assertNull(RiskScalePreferences.parse("1 2 2 3"), "not strictly ascending");
        assertNull(RiskScalePreferences.parse("-1 2 3 4"), "negative");
        assertNull(RiskScalePreferences.parse("1 2 three 4"));
        assertEquals("0.01 0.1 1 10", RiskScalePreferences.format(RiskScale.DEFAULT_LIKELIHOOD));
    }

    @Test
    void newModelsGetTheStoredScalesAndKeepDefaultsImplicit() {
        PreferenceStore store = new PreferenceStore();
        RiskScalePreferences.setDefaults(store);
        SystemModel plain = NewModels.empty("a", "EUR", RiskScalePreferences.scale(store));
        assertTrue(plain.getLikelihoodThresholds().isEmpty() && plain.getImpactThresholds().isEmpty());

        store.setValue(RiskScalePreferences.IMPACT, "0.5 2 12 48");
        SystemModel custom = NewModels.empty("b", "EUR", RiskScalePreferences.scale(store));
        assertEquals(List.of(0.5, 2.0, 12.0, 48.0), List.copyOf(custom.getImpactThresholds()));
        assertTrue(custom.getLikelihoodThresholds().isEmpty());

        store.setValue(RiskScalePreferences.IMPACT, "broken");
        assertEquals(RiskScale.DEFAULT_IMPACT, RiskScalePreferences.scale(store).impactBounds(), "invalid text: defaults");
    }
}
