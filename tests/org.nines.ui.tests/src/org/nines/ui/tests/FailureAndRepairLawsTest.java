package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nines.model.ExponentialFailure;
import org.nines.model.ExponentialRepair;
import org.nines.model.FixedProbabilityFailure;
import org.nines.model.FixedRepair;
import org.nines.model.LognormalRepair;
import org.nines.model.NinesFactory;
import org.nines.model.NonRepairable;
import org.nines.model.NormalFailure;
import org.nines.model.UniformFailure;
import org.nines.model.UniformRepair;
import org.nines.model.WeibullFailure;
import org.nines.ui.views.FailureLaw;
import org.nines.ui.views.RepairLaw;

/** Switching a component's failure or repair law in the Properties view keeps its mean time (closed forms). */
class FailureAndRepairLawsTest {
    private static ExponentialFailure mtbf(double hours) {
        ExponentialFailure failure = NinesFactory.eINSTANCE.createExponentialFailure();
        failure.setMtbfHours(hours);
        return failure;
    }

    @Test
    void everyFailureLawWithAMeanKeepsTheOldMtbf() {
        for (FailureLaw law : FailureLaw.values()) {
            if (law != FailureLaw.FIXED_PROBABILITY) {
                var created = law.createFrom(mtbf(4380), 8760);
                assertEquals(law, FailureLaw.of(created));
                assertEquals(4380, FailureLaw.meanHours(created), 1e-6, law.label());
            }
        }
    }

    @Test
    void weibullMeanUsesTheGammaFunction() {
        WeibullFailure weibull = NinesFactory.eINSTANCE.createWeibullFailure();
        weibull.setShape(2);
        weibull.setScaleHours(1000);
        weibull.setLocationHours(100);
        // mean = location + scale * Gamma(1.5) = 100 + 1000 * sqrt(pi) / 2
        assertEquals(100 + 1000 * Math.sqrt(Math.PI) / 2, FailureLaw.meanHours(weibull), 1e-9);
        weibull.setShape(0.5); // Gamma(3) = 2
        assertEquals(100 + 2000, FailureLaw.meanHours(weibull), 1e-9);
    }

    @Test
    void fixedProbabilityIsTheChanceOfFailingWithinTheMissionAndBackUsesTheDefaultMean() {
        var fixed = assertInstanceOf(FixedProbabilityFailure.class, FailureLaw.FIXED_PROBABILITY.createFrom(mtbf(8760), 8760));
        assertEquals(1 - Math.exp(-1), fixed.getProbability(), 1e-12);
        assertTrue(Double.isNaN(FailureLaw.meanHours(fixed)));
        var back = assertInstanceOf(ExponentialFailure.class, FailureLaw.EXPONENTIAL.createFrom(fixed, 8760));
        assertEquals(FailureLaw.DEFAULT_MEAN_HOURS, back.getMtbfHours());
    }

    @Test
    void derivedParametersAreValid() {
        var normal = assertInstanceOf(NormalFailure.class, FailureLaw.NORMAL.createFrom(mtbf(1000), 8760));
        assertEquals(250, normal.getSdHours());
        var uniform = assertInstanceOf(UniformFailure.class, FailureLaw.UNIFORM.createFrom(mtbf(1000), 8760));
        assertTrue(uniform.getMinHours() >= 0 && uniform.getMinHours() < uniform.getMaxHours());
        var model = NinesFactory.eINSTANCE.createSystemModel();
        var component = NinesFactory.eINSTANCE.createComponent();
        component.setId("c");
        component.setFailure(FailureLaw.WEIBULL.createFrom(null, 8760));
        component.setRepair(RepairLaw.UNIFORM.createFrom(null));
        model.getComponents().add(component);
        assertTrue(org.nines.model.validation.ModelValidator.validate(model).stream().noneMatch(p -> p.element() == component),
                "laws created from nothing pass validation: " + org.nines.model.validation.ModelValidator.validate(model));
    }

    @Test
    void everyRepairLawWithAMeanKeepsTheOldMttrAndNonRepairableHasNone() {
        ExponentialRepair mttr = NinesFactory.eINSTANCE.createExponentialRepair();
        mttr.setMttrHours(6);
        for (RepairLaw law : RepairLaw.values()) {
            var created = law.createFrom(mttr);
            assertEquals(law, RepairLaw.of(created));
            if (law == RepairLaw.NON_REPAIRABLE) {
                assertInstanceOf(NonRepairable.class, created);
                assertTrue(Double.isNaN(RepairLaw.meanHours(created)));
            } else {
                assertEquals(6, RepairLaw.meanHours(created), 1e-12, law.label());
            }
        }
        assertEquals(3, assertInstanceOf(UniformRepair.class, RepairLaw.UNIFORM.createFrom(mttr)).getMinHours());
        assertEquals(0.5, assertInstanceOf(LognormalRepair.class, RepairLaw.LOGNORMAL.createFrom(mttr)).getSigma());
        var fromNothing = assertInstanceOf(FixedRepair.class, RepairLaw.FIXED.createFrom(NinesFactory.eINSTANCE.createNonRepairable()));
        assertEquals(RepairLaw.DEFAULT_MEAN_HOURS, fromNothing.getHours());
    }
}
