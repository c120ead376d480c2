package org.nines.analysis.continuity;

import java.util.List;

/**
 * One test of a failover test plan.
 *
 * @param number                  1-based position in the plan
 * @param id                      stable id: {@code T-<component id>} or {@code T-site-<site id>}
 * @param title                   e.g. "Stop PostgreSQL primary"
 * @param componentIds            the components the test takes down, sorted
 * @param outcome                 predicted outcome
 * @param doNotRunInProduction    true when the outcome is {@link Outcome#DOWN}
 * @param expectedInterruptionHours expected service interruption: switch-over/failover time when the service survives,
 *                                recovery time when it goes down, hours (0: no interruption)
 * @param dataLossWindowHours     worst data-loss window of the failover, hours of changes
 * @param expectedBehaviour       what the team should observe
 * @param newSinglePointsOfFailure labels of the components that are single points of failure during the test
 * @param preconditions           what must hold before the test starts
 * @param serviceDownProbability  exact probability that the service is down while the components are down (all other
 *                                components with their steady-state unavailability), from the exact engine
 * @param riskAchievementWorth    serviceDownProbability / the service's unavailability: how much the service relies
 *                                on the element
 * @param frequency               suggested test interval
 */
public record FailoverTest(int number, String id, String title, List<String> componentIds, Outcome outcome,
        boolean doNotRunInProduction, double expectedInterruptionHours, double dataLossWindowHours,
        String expectedBehaviour, List<String> newSinglePointsOfFailure, List<String> preconditions,
        double serviceDownProbability, double riskAchievementWorth, Frequency frequency) {

    public FailoverTest {
        componentIds = List.copyOf(componentIds);
        newSinglePointsOfFailure = List.copyOf(newSinglePointsOfFailure);
        preconditions = List.copyOf(preconditions);
    }

    /**
     * Suggested test interval, from the risk achievement worth (RAW) of the element: monthly for RAW &gt;= 100,
     * quarterly for &gt;= 10, half-yearly for &gt;= 2, yearly below; tests that take the service down yearly (in a
     * planned disaster-recovery exercise).
     */
    public enum Frequency {
        MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

        static Frequency of(double raw, Outcome outcome) {
            if (outcome == Outcome.DOWN) {
                return YEARLY;
            }
            if (raw >= 100) {
                return MONTHLY;
            }
            if (raw >= 10) {
                return QUARTERLY;
            }
            return raw >= 2 ? HALF_YEARLY : YEARLY;
        }
    }
}
