package org.nines.ui.views;

import java.math.BigDecimal;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.nines.model.Connector;
import org.nines.model.KofN;
import org.nines.model.NinesPackage;

/**
 * What a typed property value must satisfy before the Properties view applies it. {@link #check} returns a short
 * message for the user (shown next to the field) or null when the value is fine. Rules see the object the value is for,
 * so cross-field rules (k <= n, uniform lower bound < upper bound) check against its other values.
 */
@FunctionalInterface
public interface ValueRule {
    /** @return why {@code value} is not acceptable for {@code target}, or null if it is */
    String check(double value, EObject target);

    /** Any number. */
    ValueRule ANY = (value, target) -> null;
    /** Strictly positive (times, MTBF, scale, sigma). */
    ValueRule POSITIVE = (value, target) -> value > 0 ? null : "must be > 0";
    /** Zero or more (costs, delays, counts). */
    ValueRule NON_NEGATIVE = (value, target) -> value >= 0 ? null : "must not be negative";
    /** A probability or fraction in [0, 1]. */
    ValueRule PROBABILITY = (value, target) -> value >= 0 && value <= 1 ? null : "must be between 0 and 1";
    /** A beta factor in [0, 1). */
    ValueRule BETA = (value, target) -> value >= 0 && value < 1 ? null : "must be at least 0 and below 1";
    /** k of a k-of-n node: 1 <= k <= n, n = the node's incoming connectors. */
    ValueRule K_OF_N = (value, target) -> {
        int n = incoming((KofN) target);
        return value >= 1 && value <= n ? null : "must be between 1 and n = " + n + " (incoming connectors)";
    };

    /** Lower bound of a uniform law: >= 0 and below the upper bound (attribute {@code max} of the same object). */
    static ValueRule lowerBoundBelow(EAttribute max) {
        return (value, target) -> {
            if (!(value >= 0)) {
                return "must not be negative";
            }
            double upper = ((Number) target.eGet(max)).doubleValue();
            return value < upper ? null : "must be below the upper bound " + format(upper);
        };
    }

    /** Upper bound of a uniform law: above the lower bound (attribute {@code min} of the same object). */
    static ValueRule upperBoundAbove(EAttribute min) {
        return (value, target) -> {
            double lower = ((Number) target.eGet(min)).doubleValue();
            return value > lower ? null : "must be above the lower bound " + format(lower);
        };
    }

    /** @return the number of connectors into a k-of-n node (its n) */
    static int incoming(KofN node) {
        if (node.eContainer() == null) {
            return 0;
        }
        return (int) ((org.nines.model.Diagram) node.eContainer()).getConnectors().stream()
                .map(Connector::getTarget).filter(t -> t == node).count();
    }

    /**
     * Parses what the user typed for a numeric or text attribute.
     *
     * @return the value (Double, Integer or String, matching the attribute's type) or an error message
     */
    static Parsed parse(String text, EAttribute attribute) {
        var type = attribute.getEAttributeType();
        String trimmed = text.trim();
        if (type == EcorePackage.Literals.ESTRING) {
            return new Parsed(trimmed.isEmpty() ? null : trimmed, null);
        }
        if (trimmed.isEmpty()) {
            return Parsed.error("enter a number");
        }
        if (trimmed.contains(",")) {
            return Parsed.error("'" + trimmed + "' is not a number: use a decimal point, no thousands separators");
        }
        try {
            if (type == EcorePackage.Literals.EINT) {
                return new Parsed(Integer.parseInt(trimmed), null);
            }
            double value = Double.parseDouble(trimmed);
            return Double.isFinite(value) ? new Parsed(value, null) : Parsed.error("'" + trimmed + "' is not a finite number");
        } catch (NumberFormatException e) {
            return Parsed.error("'" + trimmed + "' is not " + (type == EcorePackage.Literals.EINT ? "a whole number" : "a number"));
        }
    }

    /**
     * Parses and checks a value.
     *
     * @return the accepted value or the message saying why it is not accepted
     */
    default Parsed accept(String text, EAttribute attribute, EObject target) {
        Parsed parsed = parse(text, attribute);
        if (parsed.error() != null || !(parsed.value() instanceof Number number)) {
            return parsed;
        }
        String problem = check(number.doubleValue(), target);
        return problem == null ? parsed : Parsed.error(problem);
    }

    /** Shows a number as the user would type it: no grouping, no exponent for everyday values, no trailing zeros. */
    static String format(Object value) {
        return switch (value) {
            case null -> "";
            case Double d when Double.isNaN(d) || Double.isInfinite(d) -> d.toString();
            case Double d when d != 0 && (Math.abs(d) < 1e-4 || Math.abs(d) >= 1e12) -> String.format(Locale.ROOT, "%.6g", d)
                    .replaceAll("0+e", "e").replaceAll("\\.e", "e");
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    /** A parsed value or an error message (exactly one of them is meaningful). */
    record Parsed(Object value, String error) {
        static Parsed error(String message) {
            return new Parsed(null, message);
        }

        public boolean ok() {
            return error == null;
        }
    }

    /** The rule for an attribute of the model, from the limits documented in nines.ecore. */
    static ValueRule forAttribute(EAttribute attribute) {
        if (attribute == NinesPackage.Literals.KOF_N__K) {
            return K_OF_N;
        }
        if (attribute == NinesPackage.Literals.UNIFORM_FAILURE__MIN_HOURS) {
            return lowerBoundBelow(NinesPackage.Literals.UNIFORM_FAILURE__MAX_HOURS);
        }
        if (attribute == NinesPackage.Literals.UNIFORM_FAILURE__MAX_HOURS) {
            return upperBoundAbove(NinesPackage.Literals.UNIFORM_FAILURE__MIN_HOURS);
        }
        if (attribute == NinesPackage.Literals.UNIFORM_REPAIR__MIN_HOURS) {
            return lowerBoundBelow(NinesPackage.Literals.UNIFORM_REPAIR__MAX_HOURS);
        }
        if (attribute == NinesPackage.Literals.UNIFORM_REPAIR__MAX_HOURS) {
            return upperBoundAbove(NinesPackage.Literals.UNIFORM_REPAIR__MIN_HOURS);
        }
        if (attribute == NinesPackage.Literals.FIXED_PROBABILITY_FAILURE__PROBABILITY
                || attribute == NinesPackage.Literals.STANDBY_GROUP__DORMANT_FACTOR
                || attribute == NinesPackage.Literals.STANDBY_GROUP__SWITCH_FAILURE_PROBABILITY) {
            return PROBABILITY;
        }
        if (attribute == NinesPackage.Literals.COMMON_CAUSE_GROUP__BETA) {
            return BETA;
        }
        if (attribute == NinesPackage.Literals.COMPONENT__REPAIR_PRIORITY) {
            return ANY;
        }
        String name = attribute.getName();
        boolean positive = name.equals("mtbfHours") || name.equals("mttrHours") || name.equals("shape") || name.equals("scaleHours")
                || name.equals("meanHours") || name.equals("sigma") || name.equals("sdHours") || name.equals("hours")
                || name.equals("serviceLifeYears") || name.equals("likelihoodPerYear") || name.equals("outageHours") || name.equals("missionTimeHours")
                || name.equals("analysisPeriodHours");
        return positive ? POSITIVE : NON_NEGATIVE;
    }
}
