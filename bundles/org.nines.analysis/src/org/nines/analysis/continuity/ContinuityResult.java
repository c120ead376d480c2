package org.nines.analysis.continuity;

import java.util.List;

/**
 * Continuity analysis of a model or of one of its scenarios.
 *
 * @param modelName  the model's name
 * @param scenarioId the scenario applied, or null for the base model
 * @param scenarioName its name, or "Base" for the base model
 * @param services   the top diagram's service first, then every other diagram with a target, in model order
 */
public record ContinuityResult(String modelName, String scenarioId, String scenarioName, List<ServiceContinuity> services) {
    public ContinuityResult {
        services = List.copyOf(services);
    }

    /** @return every breach of every service, in service order */
    public List<Breach> breaches() {
        return services.stream().flatMap(s -> s.breaches().stream()).toList();
    }

    /** @return the top diagram's service */
    public ServiceContinuity service() {
        return services.get(0);
    }
}
