package org.nines.analysis.structure;

/**
 * The logical connectives a {@link StructureFunction} gate can apply to its inputs.
 *
 * <p>All gates are evaluated in <em>failure logic</em>: an input is {@code true} when the corresponding
 * component or sub-system has failed, and the output is {@code true} when the gate's event occurs.
 */
public enum GateKind {
    /** True when all inputs are true. At least one input. */
    AND,
    /** True when at least one input is true. At least one input. */
    OR,
    /** True when at least {@code k} of the {@code n} inputs are true ({@code 1 <= k <= n}). */
    ATLEAST,
    /** Negation of its single input. */
    NOT,
    /** Parity: true when an odd number of its inputs are true. At least two inputs. */
    XOR,
    /** Negated AND. At least one input. */
    NAND,
    /** Negated OR. At least one input. */
    NOR,
    /** Pass-through of its single input. */
    NULL;

    /** @return the minimum number of inputs this kind accepts */
    public int minArity() {
        return switch (this) {
            case XOR -> 2;
            default -> 1;
        };
    }

    /** @return the maximum number of inputs this kind accepts */
    public int maxArity() {
        return switch (this) {
            case NOT, NULL -> 1;
            default -> Integer.MAX_VALUE;
        };
    }
}
