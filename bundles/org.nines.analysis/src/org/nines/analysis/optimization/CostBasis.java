package org.nines.analysis.optimization;

/** What "cost" means in an optimisation. */
public enum CostBasis {
    /** Purchase cost: the sum of the units' CAPEX. */
    CAPEX,
    /** Annualised cost of ownership: the sum of the units' CAPEX / service life + OPEX per year. */
    ANNUAL
}
