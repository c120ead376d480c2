package org.nines.analysis.simulation;

import org.nines.model.Component;
import org.nines.model.FixedRepair;
import org.nines.model.NinesFactory;
import org.nines.model.NormalFailure;
import org.nines.model.StandbyGroup;
import org.nines.model.StandbyMode;
import org.nines.model.WeibullFailure;
import org.nines.model.builder.DiagramBuilder;

/** Small helpers to shape test models. */
final class SimModels {
    static final NinesFactory F = NinesFactory.eINSTANCE;

    private SimModels() {
    }

    /** Failure practically always after {@code hours} (normal law with a standard deviation of 1e-9 h). */
    static Component failsAfter(Component c, double hours) {
        NormalFailure failure = F.createNormalFailure();
        failure.setMeanHours(hours);
        failure.setSdHours(1e-9);
        c.setFailure(failure);
        return c;
    }

    static Component fixedRepair(Component c, double hours) {
        FixedRepair repair = F.createFixedRepair();
        repair.setHours(hours);
        c.setRepair(repair);
        return c;
    }

    static Component weibull(Component c, double shape, double scale) {
        WeibullFailure failure = F.createWeibullFailure();
        failure.setShape(shape);
        failure.setScaleHours(scale);
        c.setFailure(failure);
        return c;
    }

    static StandbyGroup standby(DiagramBuilder d, String id, StandbyMode mode, double dormant, double switchFailure,
            Component... members) {
        StandbyGroup group = F.createStandbyGroup();
        group.setId(id);
        group.setName(id);
        group.setMode(mode);
        group.setDormantFactor(dormant);
        group.setSwitchFailureProbability(switchFailure);
        for (Component m : members) {
            group.getMembers().add(m);
        }
        d.diagram().getNodes().add(group);
        return group;
    }
}
