package org.nines.model.validation;

import org.nines.model.ParameterChange;

/** Range checks of the new value of a scenario's parameter change, in the parameter's unit. */
final class ParameterChecks {
    private final ModelValidator validator;

    ParameterChecks(ModelValidator validator) {
        this.validator = validator;
    }

    void check(ParameterChange change) {
        double value = change.getValue();
        switch (change.getParameter()) {
            case MTBF_HOURS -> validator.positive(change, "new MTBF", value, "hours");
            case MTTR_HOURS -> validator.positive(change, "new MTTR", value, "hours");
            case FAILURE_PROBABILITY -> validator.probability(change, "new failure probability", value);
            case WEIBULL_SHAPE -> validator.positive(change, "new Weibull shape", value, "");
            case WEIBULL_SCALE_HOURS -> validator.positive(change, "new Weibull scale", value, "hours");
            case SERVICE_LIFE_YEARS -> validator.positive(change, "new service life", value, "years");
            case CAPEX, OPEX_PER_YEAR -> {
                if (!(value >= 0)) {
                    validator.reportError(change, "new cost must not be negative, got " + value + ".");
                }
            }
        }
    }
}
