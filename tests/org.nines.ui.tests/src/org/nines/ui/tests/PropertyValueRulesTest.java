package org.nines.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nines.model.NinesFactory;
import org.nines.model.NinesPackage.Literals;
import org.nines.ui.views.ValueRule;

/** What the Properties view accepts in its typed fields, and how it shows numbers. */
class PropertyValueRulesTest {
    private static String problem(String text, org.eclipse.emf.ecore.EAttribute attribute, org.eclipse.emf.ecore.EObject target) {
        return ValueRule.forAttribute(attribute).accept(text, attribute, target).error();
    }

    @Test
    void mtbfMustBeAPositiveNumber() {
        var failure = NinesFactory.eINSTANCE.createExponentialFailure();
        var mtbf = Literals.EXPONENTIAL_FAILURE__MTBF_HOURS;
        assertNull(problem(" 4380 ", mtbf, failure));
        assertNull(problem("1e5", mtbf, failure));
        assertEquals(4380.0, ValueRule.forAttribute(mtbf).accept("4380", mtbf, failure).value());
        assertEquals("must be > 0", problem("0", mtbf, failure));
        assertEquals("must be > 0", problem("-5", mtbf, failure));
        assertTrue(problem("abc", mtbf, failure).contains("not a number"));
        assertTrue(problem("4,380", mtbf, failure).contains("decimal point"));
        assertTrue(problem("", mtbf, failure).contains("enter a number"));
        assertTrue(problem("Infinity", mtbf, failure).contains("finite"));
    }

    @Test
    void costsMayBeZeroButNotNegativeAndProbabilitiesStayInZeroToOne() {
        var component = NinesFactory.eINSTANCE.createComponent();
        assertNull(problem("0", Literals.COMPONENT__CAPEX, component));
        assertEquals("must not be negative", problem("-1", Literals.COMPONENT__CAPEX, component));
        var fixed = NinesFactory.eINSTANCE.createFixedProbabilityFailure();
        assertNull(problem("1", Literals.FIXED_PROBABILITY_FAILURE__PROBABILITY, fixed));
        assertTrue(problem("1.5", Literals.FIXED_PROBABILITY_FAILURE__PROBABILITY, fixed).contains("between 0 and 1"));
        assertTrue(problem("2.5", Literals.COMPONENT__REPAIR_PRIORITY, component).contains("whole number"));
    }

    @Test
    void kOfNMustNotExceedTheIncomingConnectors() {
        var diagram = NinesFactory.eINSTANCE.createDiagram();
        var node = NinesFactory.eINSTANCE.createKofN();
        diagram.getNodes().add(node);
        for (int i = 0; i < 3; i++) {
            var block = NinesFactory.eINSTANCE.createBlock();
            diagram.getNodes().add(block);
            var connector = NinesFactory.eINSTANCE.createConnector();
            connector.setSource(block);
            connector.setTarget(node);
            diagram.getConnectors().add(connector);
        }
        assertNull(problem("3", Literals.KOF_N__K, node));
        assertTrue(problem("4", Literals.KOF_N__K, node).contains("n = 3"));
        assertTrue(problem("0", Literals.KOF_N__K, node).contains("between 1 and n"));
    }

    @Test
    void uniformBoundsAreCheckedAgainstEachOther() {
        var uniform = NinesFactory.eINSTANCE.createUniformRepair();
        uniform.setMinHours(2);
        uniform.setMaxHours(6);
        assertNull(problem("5", Literals.UNIFORM_REPAIR__MIN_HOURS, uniform));
        assertTrue(problem("6", Literals.UNIFORM_REPAIR__MIN_HOURS, uniform).contains("below the upper bound 6"));
        assertTrue(problem("2", Literals.UNIFORM_REPAIR__MAX_HOURS, uniform).contains("above the lower bound 2"));
    }

    @Test
    void textIsTakenAsTypedAndBlankTextClearsIt() {
        var component = NinesFactory.eINSTANCE.createComponent();
        var parsed = ValueRule.forAttribute(Literals.ELEMENT__NAME).accept("  Web node 1 ", Literals.ELEMENT__NAME, component);
        assertTrue(parsed.ok());
        assertEquals("Web node 1", parsed.value());
        assertNull(ValueRule.forAttribute(Literals.ELEMENT__NAME).accept("  ", Literals.ELEMENT__NAME, component).value());
        assertFalse(ValueRule.forAttribute(Literals.COMPONENT__CAPEX).accept("x", Literals.COMPONENT__CAPEX, component).ok());
    }

    @Test
    void numbersAreShownAsTheUserWouldTypeThem() {
        assertEquals("4380", ValueRule.format(4380.0));
        assertEquals("0.25", ValueRule.format(0.25));
        assertEquals("0", ValueRule.format(0.0));
        assertEquals("1e-06", ValueRule.format(1e-6));
        assertEquals("3", ValueRule.format(3));
        assertEquals("", ValueRule.format(null));
    }
}
