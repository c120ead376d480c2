package org.nines.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nines.model.Block;
import org.nines.model.CommonCauseGroup;
import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.Diagram;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.KofN;
import org.nines.model.NinesFactory;
import org.nines.model.Risk;
import org.nines.model.StandbyGroup;
import org.nines.model.SubDiagramBlock;
import org.nines.model.SystemModel;
import org.nines.model.WeibullFailure;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;
import org.nines.model.validation.Problem.Severity;

/** Every validation rule has a model that breaks it, and the message names the element and the fix. */
class ModelValidatorTest {
    private static final NinesFactory F = NinesFactory.eINSTANCE;
    private SystemModel model;
    private Component web1;
    private Component web2;
    private DiagramBuilder top;
    private Block block1;
    private Block block2;

    /** Two web servers in parallel between Start and End, a common-cause group and one risk: valid. */
    @BeforeEach
    void validModel() {
        ModelBuilder builder = ModelBuilder.model("Web");
        web1 = builder.component("web1", "Web 1", ComponentKind.SERVER, 50_000, 4);
        web2 = builder.component("web2", "Web 2", ComponentKind.SERVER, 50_000, 4);
        top = builder.diagram("main", "Service");
        block1 = top.block("b1", web1);
        block2 = top.block("b2", web2);
        top.chain(top.start(), block1, top.end());
        top.chain(top.start(), block2, top.end());
        model = builder.build();
        CommonCauseGroup group = F.createCommonCauseGroup();
        group.setId("ccf");
        group.setName("Same firmware");
        group.getMembers().addAll(List.of(web1, web2));
        model.getCommonCauseGroups().add(group);
        Risk risk = F.createRisk();
        risk.setId("R1");
        risk.setName("Power");
        risk.setLikelihoodPerYear(0.5);
        risk.setOutageHours(4);
        risk.getAffectedComponents().add(web1);
        model.getRisks().add(risk);
    }

    private List<Problem> problems() {
        return ModelValidator.validate(model);
    }

    private void assertProblem(Severity severity, String... fragments) {
        List<Problem> problems = problems();
        boolean found = problems.stream().anyMatch(p -> p.severity() == severity
                && List.of(fragments).stream().allMatch(p.message()::contains));
        assertTrue(found, "expected a " + severity + " containing " + List.of(fragments) + " but got " + problems);
    }

    @Test
    void validModelHasNoProblems() {
        assertEquals(List.of(), problems());
    }

    @Test
    void nonPositiveMtbfIsAnError() {
        ((ExponentialFailure) web1.getFailure()).setMtbfHours(0);
        assertProblem(Severity.ERROR, "Component 'Web 1' (web1)", "MTBF must be > 0 hours, got 0.0");
        assertTrue(ModelValidator.hasErrors(problems()));
    }

    @Test
    void nonPositiveMttrIsAnError() {
        ((ExponentialRepair) web2.getRepair()).setMttrHours(-1);
        assertProblem(Severity.ERROR, "(web2)", "MTTR must be > 0 hours");
    }

    @Test
    void probabilityOutsideUnitIntervalIsAnError() {
        FixedProbabilityFailure fixed = F.createFixedProbabilityFailure();
        fixed.setProbability(1.5);
        web1.setFailure(fixed);
        assertProblem(Severity.ERROR, "(web1)", "failure probability must be between 0 and 1, got 1.5");
    }

    @Test
    void weibullShapeNotPositiveIsAnError() {
        WeibullFailure weibull = F.createWeibullFailure();
        weibull.setShape(0);
        weibull.setScaleHours(1000);
        web1.setFailure(weibull);
        assertProblem(Severity.ERROR, "(web1)", "Weibull shape must be > 0");
    }

    @Test
    void missingFailureAndRepairModelsAreErrors() {
        web1.setFailure(null);
        web1.setRepair(null);
        assertProblem(Severity.ERROR, "(web1)", "has no failure model");
        assertProblem(Severity.ERROR, "(web1)", "has no repair model");
    }

    @Test
    void kGreaterThanNIsAnError() {
        KofN vote = insertTwoOfTwoJunction();
        vote.setK(3);
        assertProblem(Severity.ERROR, "k-of-n node", "k = 3 is more than its 2 incoming path(s)");
    }

    @Test
    void kLessThanOneIsAnError() {
        insertTwoOfTwoJunction().setK(0);
        assertProblem(Severity.ERROR, "k-of-n node", "k must be at least 1, got 0");
    }

    @Test
    void twoOfTwoJunctionIsValid() {
        insertTwoOfTwoJunction();
        assertEquals(List.of(), problems());
    }

    /** Re-routes both blocks through a 2-of-2 node before End. */
    private KofN insertTwoOfTwoJunction() {
        Diagram diagram = top.diagram();
        diagram.getConnectors().removeIf(c -> c.getTarget() == top.end());
        KofN vote = top.kOfN("vote", 2);
        top.connect(block1, vote);
        top.connect(block2, vote);
        top.connect(vote, top.end());
        return vote;
    }

    @Test
    void blockWithoutComponentIsAnError() {
        block1.setComponent(null);
        assertProblem(Severity.ERROR, "Block 'Web 1' (b1)", "refers to no component");
    }

    @Test
    void danglingComponentReferenceIsAnError() {
        Component outside = F.createComponent();
        outside.setId("ghost");
        block1.setComponent(outside);
        assertProblem(Severity.ERROR, "(b1)", "not in this model");
    }

    @Test
    void diagramWithoutPathFromStartToEndIsAnError() {
        top.diagram().getConnectors().removeIf(c -> c.getTarget() == top.end());
        assertProblem(Severity.ERROR, "Diagram 'Service' (main)", "has no path from Start to End");
    }

    @Test
    void cycleIsAnError() {
        Block block3 = top.block("b3", web1);
        top.connect(block1, block3);
        top.connect(block3, block1);
        assertProblem(Severity.ERROR, "is part of a cycle");
    }

    @Test
    void blockOffEveryPathIsAWarningThatDoesNotBlockAnalysis() {
        top.block("lonely", web1);
        assertProblem(Severity.WARNING, "(lonely)", "is not on any path from Start to End");
        assertFalse(ModelValidator.hasErrors(problems()));
    }

    @Test
    void disabledBlockOffThePathIsFine() {
        top.block("spare", web1).setEnabled(false);
        assertEquals(List.of(), problems());
    }

    @Test
    void duplicateIdsAreAnError() {
        web2.setId("web1");
        assertProblem(Severity.ERROR, "id 'web1' is also used by Component 'Web 1' (web1)");
    }

    @Test
    void idWithSpaceIsAnError() {
        web2.setId("web 2");
        assertProblem(Severity.ERROR, "id 'web 2' may only contain");
    }

    @Test
    void subDiagramRecursionIsAnError() {
        SubDiagramBlock self = F.createSubDiagramBlock();
        self.setId("self");
        self.setName("Myself");
        self.setDiagram(top.diagram());
        top.diagram().getNodes().add(self);
        top.chain(top.start(), self, top.end());
        assertProblem(Severity.ERROR, "Sub diagram block 'Myself' (self)", "contain itself");
    }

    @Test
    void betaOfOneIsAnError() {
        model.getCommonCauseGroups().get(0).setBeta(1.0);
        assertProblem(Severity.ERROR, "Common cause group 'Same firmware' (ccf)", "beta factor must be in [0, 1), got 1.0");
    }

    @Test
    void negativeCostsAreErrors() {
        web1.setCapex(-10);
        web2.setOpexPerYear(-1);
        assertProblem(Severity.ERROR, "(web1)", "CAPEX) must not be negative");
        assertProblem(Severity.ERROR, "(web2)", "OPEX) must not be negative");
    }

    @Test
    void riskWithoutLikelihoodIsAnError() {
        model.getRisks().get(0).setLikelihoodPerYear(0);
        assertProblem(Severity.ERROR, "Risk 'Power' (R1)", "has no likelihood");
    }

    @Test
    void riskWithoutAffectedElementIsAnError() {
        model.getRisks().get(0).getAffectedComponents().clear();
        assertProblem(Severity.ERROR, "(R1)", "affects no component and no site");
    }

    @Test
    void secondStartIsAnError() {
        var start = F.createStart();
        start.setId("start2");
        top.diagram().getNodes().add(start);
        assertProblem(Severity.ERROR, "(main)", "must have exactly one Start node, has 2");
    }

    @Test
    void connectorIntoStartIsAnError() {
        top.connect(block1, top.start());
        assertProblem(Severity.ERROR, "Connector", "ends at Start");
    }

    @Test
    void modelWithoutTopDiagramIsAnError() {
        model.setTopDiagram(null);
        assertProblem(Severity.ERROR, "Model 'Web'", "has no top diagram");
    }

    @Test
    void uniformRepairWithUpperBelowLowerIsAnError() {
        var repair = F.createUniformRepair();
        repair.setMinHours(4);
        repair.setMaxHours(2);
        web1.setRepair(repair);
        assertProblem(Severity.ERROR, "(web1)", "uniform repair time needs 0 <= lower bound < upper bound, got 4.0 and 2.0");
    }

    @Test
    void riskScaleThresholdsMustBeFourAscendingValues() {
        model.getLikelihoodThresholds().addAll(List.of(1.0, 0.5, 2.0, 3.0));
        assertProblem(Severity.ERROR, "likelihood thresholds must be four positive values in ascending order");
    }

    @Test
    void negativeCrewCountIsAnError() {
        model.setRepairCrews(-1);
        assertProblem(Severity.ERROR, "repair crews must be >= 0");
    }

    @Test
    void designOptionNeedingMoreUnitsThanItHasIsAnError() {
        var subsystem = F.createOptimizationSubsystem();
        subsystem.setId("opt");
        subsystem.setBlock(block1);
        var option = F.createDesignOption();
        option.setId("two-of-one");
        option.setComponent(web1);
        option.setMinUnits(1);
        option.setMaxUnits(3);
        option.setRequiredUnits(2);
        subsystem.getOptions().add(option);
        model.getOptimizationSubsystems().add(subsystem);
        assertProblem(Severity.ERROR, "(two-of-one)", "required units (k) must be between 1 and the minimum number of units");
    }

    @Test
    void backupWithoutIntervalIsAnError() {
        var replication = F.createDataReplication();
        replication.setId("backup");
        replication.setPrimary(web1);
        replication.setReplica(web2);
        replication.setMode(org.nines.model.ReplicationMode.BACKUP);
        replication.setIntervalHours(0);
        model.getReplications().add(replication);
        assertProblem(Severity.ERROR, "(backup)", "a backup copy needs an interval > 0 hours, got 0.0");
    }

    @Test
    void replicationToItselfIsAnError() {
        var replication = F.createDataReplication();
        replication.setId("self");
        replication.setPrimary(web1);
        replication.setReplica(web1);
        model.getReplications().add(replication);
        assertProblem(Severity.ERROR, "(self)", "to itself");
    }

    @Test
    void componentInTwoCommonCauseGroupsIsAnError() {
        CommonCauseGroup second = F.createCommonCauseGroup();
        second.setId("ccf2");
        second.setName("Same rack");
        second.getMembers().addAll(List.of(web1, web2));
        model.getCommonCauseGroups().add(second);
        assertProblem(Severity.ERROR, "Common cause group 'Same rack' (ccf2)", "Component 'Web 1' (web1) is also in");
    }

    @Test
    void scenarioChangeOfADeletedBlockIsAnError() {
        var scenario = F.createScenario();
        scenario.setId("S1");
        var change = F.createEnablementChange();
        change.setElement(block2);
        scenario.getChanges().add(change);
        model.getScenarios().add(scenario);
        top.diagram().getConnectors().removeIf(c -> c.getSource() == block2 || c.getTarget() == block2);
        top.diagram().getNodes().remove(block2);
        assertProblem(Severity.ERROR, "element refers to Block 'Web 2' (b2), which is not in this model");
    }

    /** One broken model per remaining rule: what to break and the message expected. */
    private record Rule(String name, Severity severity, String fragment, Runnable breakIt) {
    }

    private StandbyGroup standby(String id) {
        StandbyGroup group = F.createStandbyGroup();
        group.setId(id);
        group.getMembers().addAll(List.of(web1, web2));
        top.diagram().getNodes().add(group);
        top.chain(top.start(), group, top.end());
        return group;
    }

    private org.nines.model.Scenario scenarioWith(org.nines.model.Change change) {
        var scenario = F.createScenario();
        scenario.setId("S9");
        scenario.getChanges().add(change);
        model.getScenarios().add(scenario);
        return scenario;
    }

    private List<Rule> rules() {
        return List.of(
                new Rule("mission time", Severity.ERROR, "mission time must be > 0 hours", () -> model.setMissionTimeHours(0)),
                new Rule("analysis period", Severity.ERROR, "analysis period must be > 0 hours", () -> model.setAnalysisPeriodHours(-1)),
                new Rule("downtime cost", Severity.ERROR, "downtime cost per hour must not be negative", () -> model.setDowntimeCostPerHour(-1)),
                new Rule("currency", Severity.WARNING, "is not a three-letter ISO 4217 code", () -> model.setCurrency("Euro")),
                new Rule("logistic delay", Severity.ERROR, "logistic delay must be >= 0 hours", () -> model.setLogisticDelayHours(-1)),
                new Rule("optimisation limits", Severity.ERROR, "optimisation limits must not be negative", () -> model.setMaxWeightKg(-1)),
                new Rule("site crews", Severity.ERROR, "repair crews and travel time must not be negative", () -> {
                    var site = F.createSite();
                    site.setId("site");
                    site.setTravelHours(-2);
                    model.getSites().add(site);
                }),
                new Rule("spare pool", Severity.ERROR, "needs a spare count >= 0 and a restock time > 0 hours", () -> {
                    var pool = F.createSparePool();
                    pool.setRestockHours(0);
                    model.getSparePools().add(pool);
                }),
                new Rule("recovery targets", Severity.ERROR, "recovery targets (RTO, RPO, maximum tolerable outage) must be >= 0",
                        () -> top.diagram().setRtoTargetHours(-1)),
                new Rule("replication ends", Severity.ERROR, "needs a primary and a replica component", () -> {
                    var r = F.createDataReplication();
                    r.setId("rep");
                    model.getReplications().add(r);
                }),
                new Rule("weibull location", Severity.ERROR, "Weibull location must be >= 0 hours", () -> {
                    WeibullFailure w = F.createWeibullFailure();
                    w.setShape(2);
                    w.setScaleHours(100);
                    w.setLocationHours(-1);
                    web1.setFailure(w);
                }),
                new Rule("lognormal sigma", Severity.ERROR, "lognormal sigma must be > 0", () -> {
                    var l = F.createLognormalFailure();
                    l.setMeanHours(100);
                    web1.setFailure(l);
                }),
                new Rule("service life", Severity.ERROR, "service life must be > 0 years", () -> web1.setServiceLifeYears(0)),
                new Rule("resources", Severity.ERROR, "weight, rack units and power must not be negative", () -> web1.setPowerWatts(-5)),
                new Rule("ccf members", Severity.ERROR, "needs at least two members to fail together, has 1",
                        () -> model.getCommonCauseGroups().get(0).getMembers().remove(web2)),
                new Rule("risk outage", Severity.ERROR, "has no outage duration", () -> model.getRisks().get(0).setOutageHours(0)),
                new Rule("residual zero", Severity.WARNING, "residual likelihood and outage are both 0", () -> {
                    model.getRisks().get(0).setResidualLikelihoodPerYear(0);
                    model.getRisks().get(0).setResidualOutageHours(0);
                }),
                new Rule("scenario costs", Severity.ERROR, "extra CAPEX and OPEX must not be negative", () -> {
                    var s = F.createScenario();
                    s.setId("S8");
                    s.setExtraCapex(-1);
                    model.getScenarios().add(s);
                }),
                new Rule("parameter change target", Severity.ERROR, "names no component", () -> scenarioWith(F.createParameterChange())),
                new Rule("parameter change value", Severity.ERROR, "new MTBF must be > 0 hours", () -> {
                    var c = F.createParameterChange();
                    c.setComponent(web1);
                    c.setParameter(org.nines.model.ComponentParameter.MTBF_HOURS);
                    c.setValue(-3);
                    scenarioWith(c);
                }),
                new Rule("enablement change", Severity.ERROR, "names no diagram element", () -> scenarioWith(F.createEnablementChange())),
                new Rule("k-of-n change", Severity.ERROR, "names no k-of-n node", () -> scenarioWith(F.createKofNChange())),
                new Rule("standby change", Severity.ERROR, "names no standby group", () -> scenarioWith(F.createStandbyChange())),
                new Rule("common-cause change", Severity.ERROR, "beta factor must be in [0, 1), got 2.0", () -> {
                    var c = F.createCommonCauseChange();
                    c.setGroup(model.getCommonCauseGroups().get(0));
                    c.setBeta(2);
                    scenarioWith(c);
                }),
                new Rule("standby without members", Severity.ERROR, "has no members", () -> standby("sb").getMembers().clear()),
                new Rule("standby with one member", Severity.WARNING, "has only a primary and no standby member",
                        () -> standby("sb").getMembers().remove(web2)),
                new Rule("standby switch-over", Severity.ERROR, "switch-over time must be >= 0 hours", () -> standby("sb").setSwitchoverHours(-1)),
                new Rule("unattached connector", Severity.ERROR, "is not attached at both ends", () -> top.connect(block1, block2).setTarget(null)),
                new Rule("connector out of End", Severity.ERROR, "starts at End", () -> top.connect(top.end(), block1)),
                new Rule("second End", Severity.ERROR, "must have exactly one End node, has 2", () -> {
                    var end = F.createEnd();
                    end.setId("end2");
                    top.diagram().getNodes().add(end);
                }),
                new Rule("no id", Severity.ERROR, "has no id", () -> web2.setId(null)),
                new Rule("design option units", Severity.ERROR, "needs 1 <= min units <= max units", () -> {
                    var subsystem = F.createOptimizationSubsystem();
                    subsystem.setId("opt");
                    subsystem.setBlock(block1);
                    var option = F.createDesignOption();
                    option.setId("o");
                    option.setComponent(web1);
                    option.setMinUnits(3);
                    option.setMaxUnits(2);
                    subsystem.getOptions().add(option);
                    model.getOptimizationSubsystems().add(subsystem);
                }));
    }

    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> eachRemainingRuleHasAModelThatBreaksIt() {
        return rules().stream().map(rule -> org.junit.jupiter.api.DynamicTest.dynamicTest(rule.name(), () -> {
            validModel();
            rules().stream().filter(r -> r.name().equals(rule.name())).findFirst().orElseThrow().breakIt().run();
            assertProblem(rule.severity(), rule.fragment());
        }));
    }
}
