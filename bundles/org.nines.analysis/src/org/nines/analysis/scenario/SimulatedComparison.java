package org.nines.analysis.scenario;

import java.util.List;

import org.nines.analysis.simulation.PairedSimulation.PairedDifference;
import org.nines.analysis.simulation.SimulationResult;

/**
 * A what-if comparison with each alternative also simulated, with common random numbers across the alternatives
 * ({@link ScenarioComparison#simulate}).
 *
 * @param exact        the exact comparison (figures and costs of every alternative)
 * @param alternatives the simulated figures, in the order of {@code exact.alternatives()} (base first)
 */
public record SimulatedComparison(Comparison exact, List<SimulatedAlternative> alternatives) {
    public SimulatedComparison {
        alternatives = List.copyOf(alternatives);
    }

    /** @return whether the simulation was cancelled, so the figures cover fewer histories than asked for */
    public boolean partial() {
        return alternatives.stream().anyMatch(a -> a.simulation().partial());
    }

    /** @return the row with the given id ({@code base} or a scenario id) */
    public SimulatedAlternative get(String id) {
        return alternatives.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alternative " + id));
    }

    /**
     * One alternative simulated.
     *
     * @param id               scenario id, or {@code base}
     * @param name             display name
     * @param exactAvailability the exact engine's availability (steady state)
     * @param simulation       the alternative's simulation (availability with its 95 % confidence interval)
     * @param differenceToBase simulated availability minus the base's, with its 95 % confidence interval from paired
     *                         histories; null for the base
     */
    public record SimulatedAlternative(String id, String name, double exactAvailability, SimulationResult simulation,
            PairedDifference differenceToBase) {
    }
}
