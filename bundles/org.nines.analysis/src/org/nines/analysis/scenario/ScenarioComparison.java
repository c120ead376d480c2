package org.nines.analysis.scenario;

import java.util.ArrayList;
import java.util.List;

import org.nines.analysis.simulation.PairedSimulation;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationMonitor;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.ComponentSnapshot;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.Scenario;
import org.nines.model.SystemModel;

/**
 * Compares the base design with each what-if scenario: every scenario is applied to a copy of the base
 * ({@link ScenarioApplier}), snapshotted and analysed exactly ({@link AvailabilityAnalysis}), and costed.
 *
 * <p>Cost model: the model is the bill of materials, so every component of the model counts in every alternative,
 * whether or not a block uses it (a component drawn but disabled in the base counts in the base too); what a scenario
 * adds is its extra CAPEX and OPEX, what it saves is modelled as parameter changes of the components concerned (e.g.
 * CAPEX 0). Only differences against the base therefore carry meaning for planned components. The annualised cost of
 * ownership is the sum over components of CAPEX / service life + OPEX per year, plus the scenario's extra CAPEX over
 * {@link Options#extraCapexLifeYears()} and its extra OPEX. Never modifies the model.
 */
public final class ScenarioComparison {
    /**
     * @param extraCapexLifeYears years over which a scenario's extra CAPEX is annualised (&gt; 0; default 5, the
     *                            default service life of a component)
     */
    public record Options(double extraCapexLifeYears) {
        public Options {
            if (!(extraCapexLifeYears > 0)) {
                throw new IllegalArgumentException("extra CAPEX life must be > 0 years, got " + extraCapexLifeYears);
            }
        }

        public static Options defaults() {
            return new Options(5);
        }
    }

    private ScenarioComparison() {
    }

    public static Comparison compare(SystemModel model) {
        return compare(model, Options.defaults());
    }

    /**
     * @throws IllegalArgumentException naming the scenario or element when an alternative cannot be analysed
     */
    public static Comparison compare(SystemModel model, Options options) {
        List<Alternative> rows = new ArrayList<>();
        rows.add(row("base", "Base design", true, model, 0, 0, options));
        for (Scenario scenario : model.getScenarios()) {
            SystemModel changed = ScenarioApplier.apply(model, scenario);
            String name = scenario.getName() == null ? scenario.getId() : scenario.getName();
            try {
                rows.add(row(scenario.getId(), name, false, changed, scenario.getExtraCapex(),
                        scenario.getExtraOpexPerYear(), options));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scenario " + scenario.getId() + ": " + e.getMessage(), e);
            }
        }
        return new Comparison(model.getName(), model.getCurrency(), model.getDowntimeCostPerHour(), finish(rows));
    }

    /**
     * The exact comparison, plus every alternative simulated with the same options and common random numbers
     * ({@link PairedSimulation}): history n of each alternative draws the same failures and repairs for every element
     * they share, so each alternative's difference to the base comes with the narrow confidence interval of paired
     * histories. The monitor sees each alternative's run in turn; cancelling returns the histories finished so far,
     * marked partial.
     *
     * @throws IllegalArgumentException naming the scenario or element when an alternative cannot be analysed or
     *                                  simulated
     */
    public static SimulatedComparison simulate(SystemModel model, SimulationOptions simulation, SimulationMonitor monitor) {
        Comparison exact = compare(model);
        List<SimulationModel> compiled = new ArrayList<>();
        compiled.add(SimulationModel.compile(model));
        for (Scenario scenario : model.getScenarios()) {
            try {
                compiled.add(SimulationModel.compile(ScenarioApplier.apply(model, scenario)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scenario " + scenario.getId() + ": " + e.getMessage(), e);
            }
        }
        List<PairedSimulation.Paired> runs = PairedSimulation.run(compiled, simulation, monitor);
        List<SimulatedComparison.SimulatedAlternative> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Alternative a = exact.alternatives().get(i);
            rows.add(new SimulatedComparison.SimulatedAlternative(a.id(), a.name(), a.availability(), runs.get(i).result(),
                    runs.get(i).differenceToBase()));
        }
        return new SimulatedComparison(exact, rows);
    }

    /** Figures of one alternative, payback and Pareto flag still open. */
    static Alternative row(String id, String name, boolean base, SystemModel model, double extraCapex,
            double extraOpex, Options options) {
        SystemSnapshot snapshot = SnapshotBuilder.of(model);
        AvailabilityResult r = AvailabilityAnalysis.analyze(snapshot, AvailabilityAnalysis.Options.noCutSets());
        double capex = extraCapex;
        double opex = extraOpex;
        double ownership = extraCapex / options.extraCapexLifeYears() + extraOpex;
        for (ComponentSnapshot c : snapshot.components()) {
            if (c.capex() != 0 && !(c.serviceLifeYears() > 0)) {
                throw new IllegalArgumentException("component " + c.id() + " has CAPEX but a service life of "
                        + c.serviceLifeYears() + " years");
            }
            capex += c.capex();
            opex += c.opexPerYear();
            ownership += (c.capex() == 0 ? 0 : c.capex() / c.serviceLifeYears()) + c.opexPerYear();
        }
        return new Alternative(id, name, base, r.availability(), r.unavailability(), r.downtimeHoursPerYear(),
                r.failuresPerYear(), capex, opex, ownership, r.downtimeCostPerYear(), ownership + r.downtimeCostPerYear(),
                Double.NaN, false);
    }

    /** Adds payback against the first row (the base) and the Pareto flags (cost of ownership against availability). */
    static List<Alternative> finish(List<Alternative> rows) {
        Alternative base = rows.get(0);
        List<Alternative> done = new ArrayList<>();
        for (Alternative a : rows) {
            double payback = a == base ? Double.NaN : payback(base, a);
            done.add(a.with(payback, efficient(a, rows)));
        }
        return done;
    }

    /**
     * Years until the extra CAPEX against the base is recovered by the yearly saving in OPEX plus downtime cost.
     */
    static double payback(Alternative base, Alternative a) {
        double extraCapex = a.capex() - base.capex();
        double saving = (base.opexPerYear() + base.downtimeCostPerYear()) - (a.opexPerYear() + a.downtimeCostPerYear());
        if (extraCapex <= 0 && saving >= 0) {
            return 0;
        }
        if (extraCapex > 0 && saving > 0) {
            return extraCapex / saving;
        }
        return Double.POSITIVE_INFINITY;
    }

    static boolean efficient(Alternative a, List<Alternative> all) {
        for (Alternative b : all) {
            boolean noWorse = b.costOfOwnershipPerYear() <= a.costOfOwnershipPerYear() && b.availability() >= a.availability();
            boolean better = b.costOfOwnershipPerYear() < a.costOfOwnershipPerYear() || b.availability() > a.availability();
            if (b != a && noWorse && better) {
                return false;
            }
        }
        return true;
    }
}
