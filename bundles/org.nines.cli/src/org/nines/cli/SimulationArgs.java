package org.nines.cli;

import java.util.List;
import java.util.Locale;

import org.nines.analysis.simulation.SimulationOptions;
import org.nines.analysis.simulation.ThreatMode;

/**
 * The simulation options shared by {@code simulate} and {@code export --simulate}: --histories, --years, --seed,
 * --threads, --target-rel-ci, --threats; and {@code --method plain|failure-biasing} for the commands that ask for it
 * ({@link #acceptingMethod()}; elsewhere it is an unknown option). Threads default to the number of processors.
 */
final class SimulationArgs {
    /** How to simulate. */
    enum Method {
        /** Histories of the analysis period played event by event ({@code MonteCarloSimulation}). */
        PLAIN,
        /** Regenerative cycles with balanced failure biasing, Markovian models only ({@code FailureBiasing}). */
        FAILURE_BIASING
    }

    private SimulationOptions options;
    private boolean given;
    private Method method = Method.PLAIN;
    private boolean acceptsMethod;

    /** Threats default to the inherent risk figures. */
    SimulationArgs() {
        this(ThreatMode.INHERENT);
    }

    /** @param threats the threat mode unless --threats says otherwise */
    SimulationArgs(ThreatMode threats) {
        options = SimulationOptions.defaults().withThreads(Math.max(1, Runtime.getRuntime().availableProcessors()))
                .withThreats(threats);
    }

    /**
     * Applies the option at {@code arguments[i]} if it is a simulation option.
     *
     * @return the index of the last argument it used (its value), or -1 when it is not a simulation option
     */
    int accept(List<String> arguments, int i) {
        String a = arguments.get(i);
        switch (a) {
            case "--histories" -> options = options.withHistories(Args.wholeNumber(a, Args.value(arguments, i + 1, a), 1));
            case "--years" -> options = options.withYears(Args.positive(a, Args.value(arguments, i + 1, a)));
            case "--seed" -> options = options.withSeed(Args.wholeNumber(a, Args.value(arguments, i + 1, a), Long.MIN_VALUE));
            case "--threads" -> options = options.withThreads((int) Math.min(1024, Args.wholeNumber(a, Args.value(arguments, i + 1, a), 1)));
            case "--target-rel-ci" -> options = options.withTargetRelativeCi(Args.positive(a, Args.value(arguments, i + 1, a)));
            case "--threats" -> options = options.withThreats(threats(Args.value(arguments, i + 1, a)));
            case "--method" -> {
                if (!acceptsMethod) {
                    return -1;
                }
                method = method(Args.value(arguments, i + 1, a));
            }
            default -> {
                return -1;
            }
        }
        given = true;
        return i + 1;
    }

    SimulationOptions options() {
        return options;
    }

    /** @return the simulation method, {@link Method#PLAIN} unless --method says otherwise */
    Method method() {
        return method;
    }

    /** Makes --method an option of this command. */
    SimulationArgs acceptingMethod() {
        acceptsMethod = true;
        return this;
    }

    /** @return whether any simulation option was given */
    boolean given() {
        return given;
    }

    private static Method method(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "plain" -> Method.PLAIN;
            case "failure-biasing" -> Method.FAILURE_BIASING;
            default -> throw new UsageException("--method needs plain or failure-biasing, got '" + text + "'");
        };
    }

    private static ThreatMode threats(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "inherent" -> ThreatMode.INHERENT;
            case "residual" -> ThreatMode.RESIDUAL;
            case "off", "none" -> ThreatMode.OFF;
            default -> throw new UsageException("--threats needs inherent, residual or off, got '" + text + "'");
        };
    }
}
