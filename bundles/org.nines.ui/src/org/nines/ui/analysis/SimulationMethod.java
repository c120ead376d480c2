package org.nines.ui.analysis;

/** How the workbench simulates: the plain Monte Carlo simulation or failure biasing for rare outages. */
public enum SimulationMethod {
    /** One-year (or longer) histories of the real system: means, spreads and percentiles, any laws, threats. */
    PLAIN("Plain Monte Carlo: histories of years, with spreads and percentiles (any laws, crews, spares, threats)"),
    /**
     * Regenerative simulation with balanced failure biasing ({@code FailureBiasing}): steady-state means of highly
     * available systems in seconds; Markovian models only (exponential laws, no threats, no fixed delays).
     */
    FAILURE_BIASING("Failure biasing: steady state of highly available systems (exponential laws only, threats off)");

    private final String label;

    SimulationMethod(String label) {
        this.label = label;
    }

    /** @return what the settings dialog shows for the method */
    public String label() {
        return label;
    }
}
