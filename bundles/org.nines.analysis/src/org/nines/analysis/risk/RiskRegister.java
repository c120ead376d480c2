package org.nines.analysis.risk;

import java.util.List;

/**
 * Immutable computed risk register: every risk of the model and the derived proposals, sorted by inherent expected
 * loss per year (largest first), then expected downtime, then id.
 */
public record RiskRegister(String modelName, String currency, double downtimeCostPerHour, RiskScale scale,
        List<AssessedRisk> risks) {
    public RiskRegister {
        risks = List.copyOf(risks);
    }

    /** @return the entry with the given risk id */
    public AssessedRisk get(String id) {
        return risks.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no risk " + id));
    }

    /** @return how many entries sit in each cell {@code [likelihood-1][impact-1]} of the 5x5 matrix */
    public int[][] matrix(boolean residual) {
        int[][] cells = new int[5][5];
        for (AssessedRisk r : risks) {
            RiskFigures f = residual ? r.residual() : r.inherent();
            cells[f.likelihoodLevel() - 1][f.impactLevel() - 1]++;
        }
        return cells;
    }
}
