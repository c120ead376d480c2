package org.nines.model.builder;

import org.nines.model.Component;
import org.nines.model.ComponentKind;
import org.nines.model.Diagram;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.NinesFactory;
import org.nines.model.SystemModel;

/**
 * Builds models in code: for importers, the new-model wizard and tests. Ids are given by the caller, so built models
 * are deterministic. Times in hours.
 */
public final class ModelBuilder {
    private static final NinesFactory FACTORY = NinesFactory.eINSTANCE;
    private final SystemModel model;

    private ModelBuilder(String name) {
        model = FACTORY.createSystemModel();
        model.setName(name);
    }

    /** A new, empty model with the default settings (EUR, mission time and analysis period one year). */
    public static ModelBuilder model(String name) {
        return new ModelBuilder(name);
    }

    /** Adds a repairable component with exponential failure (MTBF) and repair (MTTR) times, in hours. */
    public Component component(String id, String name, ComponentKind kind, double mtbfHours, double mttrHours) {
        Component component = FACTORY.createComponent();
        component.setId(id);
        component.setName(name);
        component.setKind(kind);
        ExponentialFailure failure = FACTORY.createExponentialFailure();
        failure.setMtbfHours(mtbfHours);
        component.setFailure(failure);
        ExponentialRepair repair = FACTORY.createExponentialRepair();
        repair.setMttrHours(mttrHours);
        component.setRepair(repair);
        model.getComponents().add(component);
        return component;
    }

    /** Adds a diagram with its Start and End nodes; the first diagram added becomes the top diagram. */
    public DiagramBuilder diagram(String id, String name) {
        Diagram diagram = FACTORY.createDiagram();
        diagram.setId(id);
        diagram.setName(name);
        model.getDiagrams().add(diagram);
        if (model.getTopDiagram() == null) {
            model.setTopDiagram(diagram);
        }
        return new DiagramBuilder(diagram);
    }

    /** @return the model built so far (the same instance on every call) */
    public SystemModel build() {
        return model;
    }
}
