package org.nines.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One validation finding: what is wrong with which element, and how to fix it.
 *
 * @param severity errors block analysis, warnings do not
 * @param element  the element concerned (never null)
 * @param message  "Kind 'name' (id): problem. How to fix it."
 */
public record Problem(Severity severity, EObject element, String message) {
    /** How serious a finding is. */
    public enum Severity {
        ERROR, WARNING;

        /** Lower-case word used in messages ("error", "warning"). */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
