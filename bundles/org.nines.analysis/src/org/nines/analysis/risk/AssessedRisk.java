package org.nines.analysis.risk;

import java.util.List;

/**
 * One entry of the computed risk register.
 *
 * @param rank                 1 = largest inherent expected loss per year
 * @param derived              proposed from the model (single point of failure or minimal cut set), not entered by a
 *                             user
 * @param affectedComponentIds every component the risk takes down: its own components plus those at its sites, in
 *                             model order
 * @param reason               what the risk takes down and why the service fails (or survives)
 */
public record AssessedRisk(int rank, String id, String title, String category, String status, String owner,
        boolean derived, List<String> affectedComponentIds, RiskFigures inherent, RiskFigures residual, String reason) {
    public AssessedRisk {
        affectedComponentIds = List.copyOf(affectedComponentIds);
    }

    AssessedRisk withRank(int r) {
        return new AssessedRisk(r, id, title, category, status, owner, derived, affectedComponentIds, inherent, residual, reason);
    }
}
