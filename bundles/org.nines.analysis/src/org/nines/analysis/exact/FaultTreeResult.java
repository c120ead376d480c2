package org.nines.analysis.exact;

import java.util.List;

/**
 * Immutable result of {@link FaultTreeAnalysis#analyze}.
 *
 * @param topEventProbability exact probability of the top event (system failure), in [0, 1]
 * @param importance one entry per variable of the structure function, in variable index order; empty if
 *        importance was not requested
 * @param minimalCutSets the most probable minimal cut sets within the options' limits, sorted by probability
 *        descending, then by name lists ascending
 * @param cutSetsTruncated whether the cut-set list may be incomplete because {@code maxCutSets} was reached
 * @param bddNodeCount number of BDD nodes kept over all modules (a size indicator of the exact model)
 * @param moduleCount number of independent modules compiled separately
 * @param analysisSeconds wall-clock seconds spent in the analysis
 */
public record FaultTreeResult(double topEventProbability, List<Importance> importance,
        List<CutSet> minimalCutSets, boolean cutSetsTruncated, long bddNodeCount, int moduleCount,
        double analysisSeconds) {

    /** Copies the lists. */
    public FaultTreeResult {
        importance = List.copyOf(importance);
        minimalCutSets = List.copyOf(minimalCutSets);
    }
}
