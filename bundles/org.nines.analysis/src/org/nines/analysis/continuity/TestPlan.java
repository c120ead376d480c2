package org.nines.analysis.continuity;

import java.util.List;

/**
 * A failover test plan for the service of a model's top diagram: one test per redundant component (every component
 * the service depends on that is not a single point of failure) and, when the model has two or more sites, one per
 * site holding such components.
 *
 * @param modelName             the model's name
 * @param serviceName           the top diagram's name
 * @param serviceUnavailability the service's exact steady-state unavailability
 * @param tests                 component tests in model order, then site tests in model order
 * @param singlePointsOfFailure labels of the components not tested because stopping one alone takes the service down
 */
public record TestPlan(String modelName, String serviceName, double serviceUnavailability, List<FailoverTest> tests,
        List<String> singlePointsOfFailure) {
    public TestPlan {
        tests = List.copyOf(tests);
        singlePointsOfFailure = List.copyOf(singlePointsOfFailure);
    }

    /** @return the tests flagged "do not run in production" */
    public List<FailoverTest> doNotRunInProduction() {
        return tests.stream().filter(FailoverTest::doNotRunInProduction).toList();
    }
}
