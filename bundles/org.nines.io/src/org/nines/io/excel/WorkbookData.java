package org.nines.io.excel;

import java.time.ZonedDateTime;
import java.util.Objects;

import org.nines.analysis.continuity.TestPlan;
import org.nines.analysis.continuity.TestPlanGenerator;
import org.nines.analysis.risk.RiskAnalysis;
import org.nines.analysis.risk.RiskRegister;
import org.nines.analysis.scenario.Comparison;
import org.nines.analysis.scenario.ScenarioComparison;
import org.nines.analysis.simulation.MonteCarloSimulation;
import org.nines.analysis.simulation.RareEventResult;
import org.nines.analysis.simulation.SimulationModel;
import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.SimulationResult;
import org.nines.analysis.system.AvailabilityAnalysis;
import org.nines.analysis.system.AvailabilityResult;
import org.nines.analysis.system.SnapshotBuilder;
import org.nines.analysis.system.SystemSnapshot;
import org.nines.model.SystemModel;

/**
 * Everything the risk-register workbook shows: the model and the immutable results of the engines. The writer only
 * formats these; it computes nothing itself.
 *
 * @param model        the model (read only)
 * @param snapshot     the engines' view of the model (component laws and means)
 * @param availability exact analysis of the model
 * @param register     computed risk register (risks of the model and proposals)
 * @param comparison   what-if comparison, or null for no Scenarios sheet
 * @param simulation   Monte Carlo result, or null
 * @param rareEvents   failure-biasing result (steady state), or null; at most one of {@code simulation} and
 *                     {@code rareEvents} is given, and either makes the Simulation sheet
 * @param testPlan     failover test plan, or null for no Test Plan sheet
 * @param toolVersion  Nines version shown on the Summary sheet
 * @param created      time stamp shown on the Summary sheet
 */
public record WorkbookData(SystemModel model, SystemSnapshot snapshot, AvailabilityResult availability, RiskRegister register,
        Comparison comparison, SimulationResult simulation, RareEventResult rareEvents, TestPlan testPlan, String toolVersion,
        ZonedDateTime created) {

    public WorkbookData {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(created, "created");
        if (simulation != null && rareEvents != null) {
            throw new IllegalArgumentException("one simulation result per workbook: plain or failure biasing, not both");
        }
        toolVersion = toolVersion == null ? "" : toolVersion;
    }

    /**
     * Runs the engines on a model: exact analysis (default options: cut sets included), risk register (with derived
     * proposals), the what-if comparison when asked and a simulation when options are given.
     *
     * @param scenarios  whether to compare the what-if scenarios
     * @param simulation simulation options, or null for none
     * @throws IllegalArgumentException when the model cannot be analysed (naming the element)
     */
    public static WorkbookData compute(SystemModel model, boolean scenarios, SimulationOptions simulation,
            String toolVersion, ZonedDateTime created) {
        return compute(model, scenarios, simulation, false, toolVersion, created);
    }

    /** The same, with the failover test plan sheet when {@code testPlan} is set. */
    public static WorkbookData compute(SystemModel model, boolean scenarios, SimulationOptions simulation, boolean testPlan,
            String toolVersion, ZonedDateTime created) {
        SystemSnapshot snapshot = SnapshotBuilder.of(model);
        AvailabilityResult availability = AvailabilityAnalysis.analyze(snapshot, AvailabilityAnalysis.Options.defaults());
        RiskRegister register = RiskAnalysis.assess(model, snapshot, availability, RiskAnalysis.Options.defaults());
        Comparison comparison = scenarios ? ScenarioComparison.compare(model) : null;
        SimulationResult simulated = simulation == null ? null
                : MonteCarloSimulation.run(SimulationModel.compile(model), simulation);
        TestPlan plan = testPlan ? TestPlanGenerator.generate(model) : null;
        return new WorkbookData(model, snapshot, availability, register, comparison, simulated, null, plan, toolVersion,
                created);
    }

    /**
     * The same with a simulation already run on this model (the workbench's latest run, partial ones included: the
     * Simulation sheet says how many histories it has); null for none.
     */
    public static WorkbookData withSimulation(SystemModel model, boolean scenarios, SimulationResult simulated, boolean testPlan,
            String toolVersion, ZonedDateTime created) {
        WorkbookData data = compute(model, scenarios, null, testPlan, toolVersion, created);
        return new WorkbookData(data.model(), data.snapshot(), data.availability(), data.register(), data.comparison(), simulated,
                null, data.testPlan(), data.toolVersion(), data.created());
    }

    /** The same with a failure-biasing run already made on this model (partial ones included); null for none. */
    public static WorkbookData withRareEvents(SystemModel model, boolean scenarios, RareEventResult rareEvents, boolean testPlan,
            String toolVersion, ZonedDateTime created) {
        WorkbookData data = compute(model, scenarios, null, testPlan, toolVersion, created);
        return new WorkbookData(data.model(), data.snapshot(), data.availability(), data.register(), data.comparison(), null,
                rareEvents, data.testPlan(), data.toolVersion(), data.created());
    }
}
