package org.nines.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.nines.analysis.risk.RiskScale;
import org.nines.io.model.ModelFileException;
import org.nines.io.model.ModelStore;
import org.nines.model.SystemModel;
import org.nines.model.builder.DiagramBuilder;
import org.nines.model.builder.ModelBuilder;

/** The models the new-model wizard creates: an empty one (Start connected to End) or a copy of an example. */
public final class NewModels {
    private NewModels() {
    }

    /**
     * A model with one top diagram "Service" whose Start is connected to its End: valid, and always available until
     * blocks are added.
     *
     * @param currency ISO 4217 code of the model's amounts of money (blank: the model's default, EUR)
     */
    public static SystemModel empty(String name, String currency) {
        return empty(name, currency, RiskScale.defaults());
    }

    /**
     * As {@link #empty(String, String)}, with the given risk-matrix scales (written into the model only
     * when they differ from the defaults, which an empty threshold list stands for).
     */
    public static SystemModel empty(String name, String currency, RiskScale scale) {
        ModelBuilder builder = ModelBuilder.model(name);
        DiagramBuilder top = builder.diagram("top", "Service");
        top.connect(top.start(), top.end());
        SystemModel model = builder.build();
        if (currency != null && !currency.isBlank()) {
            model.setCurrency(currency.strip());
        }
        if (!scale.likelihoodBounds().equals(RiskScale.DEFAULT_LIKELIHOOD)) {
            model.getLikelihoodThresholds().addAll(scale.likelihoodBounds());
        }
        if (!scale.impactBounds().equals(RiskScale.DEFAULT_IMPACT)) {
            model.getImpactThresholds().addAll(scale.impactBounds());
        }
        return model;
    }

    /** The example model read from {@code example}, renamed to {@code name}. */
    public static SystemModel fromExample(Path example, String name) throws ModelFileException {
        SystemModel model = ModelStore.load(example).model();
        model.setName(name);
        return model;
    }

    /** Writes the model atomically (see {@link ModelStore#save}). */
    public static void create(SystemModel model, Path file) throws IOException {
        ModelStore.save(model, file);
    }
}
