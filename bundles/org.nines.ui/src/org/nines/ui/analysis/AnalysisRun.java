package org.nines.ui.analysis;

import java.time.Instant;
import java.util.List;

import org.nines.analysis.risk.RiskRegister;
import org.nines.analysis.scenario.Comparison;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.model.validation.Problem;

/**
 * One analysis of a model as the workbench shows it: the result (null when validation errors blocked it), the
 * validation problems, and when it ran. Immutable.
 *
 * @param modelName name of the model analysed
 * @param problems  validation problems found first (errors mean no result)
 * @param result    the exact result, or null
 * @param risks     the computed risk register, or null
 * @param scenarios the what-if comparison of the base and every scenario, or null
 * @param finished  when the analysis finished
 */
public record AnalysisRun(String modelName, List<Problem> problems, AvailabilityResult result, RiskRegister risks,
        Comparison scenarios, Instant finished) {
    public AnalysisRun {
        problems = List.copyOf(problems);
    }
}
