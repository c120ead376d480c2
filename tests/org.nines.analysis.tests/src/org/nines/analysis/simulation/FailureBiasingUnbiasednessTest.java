package org.nines.analysis.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.model.SystemModel;

/**
 * Failure biasing is unbiased: on Markovian models with an exact answer (the exact engine, or a closed-form Markov
 * chain for limited crews) the 95 % interval covers the exact unavailability in at least 93 of 100 seeds, the mean
 * over the seeds is within four of its standard errors of the exact value, and so is the mean outage frequency.
 */
class FailureBiasingUnbiasednessTest {
    private static final int SEEDS = 100;
    private static final long CYCLES = 3000;

    /** What 100 seeds gave. */
    private record Seeds(int covered, double meanU, double seMeanU, double meanFrequency, double seMeanFrequency) {
    }

    private static Seeds runSeeds(SystemModel model, double exactU) {
        SimulationModel compiled = SimulationModel.compile(model);
        int covered = 0;
        double sumU = 0;
        double sumUU = 0;
        double sumF = 0;
        double sumFF = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            RareEventResult r = FailureBiasing.run(compiled, SimulationOptions.defaults().withHistories(CYCLES).withSeed(seed)
                    .withThreats(ThreatMode.OFF));
            if (r.unavailabilityEstimate().ciLow() <= exactU && exactU <= r.unavailabilityEstimate().ciHigh()) {
                covered++;
            }
            sumU += r.unavailability();
            sumUU += r.unavailability() * r.unavailability();
            double f = r.outagesPerYear().mean();
            sumF += f;
            sumFF += f * f;
        }
        return new Seeds(covered, sumU / SEEDS, sd(sumU, sumUU) / Math.sqrt(SEEDS), sumF / SEEDS, sd(sumF, sumFF) / Math.sqrt(SEEDS));
    }

    private static double sd(double sum, double sumSquares) {
        double mean = sum / SEEDS;
        return Math.sqrt(Math.max(0, (sumSquares - sum * mean) / (SEEDS - 1)));
    }

    private static void assertUnbiased(Supplier<SystemModel> models, double exactU, double exactFailuresPerYear) {
        Seeds s = runSeeds(models.get(), exactU);
        String what = models.get().getName() + ": exact U " + exactU + ", " + s;
        assertTrue(s.covered() >= 93, "covered in " + s.covered() + " of 100 seeds; " + what);
        assertTrue(Math.abs(s.meanU() - exactU) <= 4 * s.seMeanU(), what);
        assertTrue(Math.abs(s.meanU() - exactU) <= 0.03 * exactU, "mean relative error above 3 %: " + what);
        assertTrue(Math.abs(s.meanFrequency() - exactFailuresPerYear) <= 4 * s.seMeanFrequency(),
                "outages per year, exact " + exactFailuresPerYear + ": " + what);
    }

    private static void assertUnbiasedAgainstExactEngine(Supplier<SystemModel> models) {
        AvailabilityResult exact = RareModels.exact(models.get());
        assertUnbiased(models, exact.unavailability(), exact.failuresPerYear());
    }

    @Test
    void bridgeCoversTheExactEngine() {
        assertUnbiasedAgainstExactEngine(RareModels::bridge);
    }

    @Test
    void twoOfThreeWithCommonCauseCoversTheExactEngine() {
        assertUnbiasedAgainstExactEngine(RareModels::twoOfThreeWithCommonCause);
    }

    @Test
    void verySeriesParallelSystemWithARareSinglePointOfFailureCoversTheExactEngine() {
        double u = RareModels.exact(RareModels.seriesParallelVeryReliable()).unavailability();
        assertTrue(u > 1e-7 && u < 1e-6, "test model should be at six to seven nines, U = " + u);
        assertUnbiasedAgainstExactEngine(RareModels::seriesParallelVeryReliable);
    }

    @Test
    void warmStandbyWithSwitchFailuresCoversTheExactMarkovModel() {
        assertUnbiasedAgainstExactEngine(RareModels::standbyWithSwitchFailure);
    }

    @Test
    void pairWithOneRepairCrewCoversTheBirthDeathChain() {
        double u = RareModels.pairWithOneCrewUnavailability();
        SystemModel unlimited = RareModels.pairWithOneCrew();
        unlimited.setRepairCrews(0);
        double independent = RareModels.exact(unlimited).unavailability();
        assertTrue(u > 1.5 * independent, "one crew must matter in this model: " + u + " vs " + independent);
        assertUnbiased(RareModels::pairWithOneCrew, u, RareModels.pairWithOneCrewFailuresPerHour() * 8760);
    }
}
