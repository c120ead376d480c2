package org.nines.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.nines.analysis.simulation.SimulationMonitor;

/**
 * Ctrl+C (SIGINT, or any other shutdown) during a long run: a shutdown hook cancels the run through its monitor and
 * waits until the command has printed the partial result, so the user keeps what was computed. The JVM then exits
 * with 130 (128 + SIGINT), as shells expect of an interrupted command. Install with {@link #install()} before the
 * run and call {@link #finished()} once the output is printed (also on failure).
 */
final class Interruption {
    /** Exit code of a command interrupted by SIGINT. */
    static final int EXIT_INTERRUPTED = 130;
    /** Longest wait of the hook for the partial result, seconds (a batch of histories normally takes milliseconds). */
    static final long WAIT_SECONDS = 30;

    private volatile boolean interrupted;
    private final CountDownLatch printed = new CountDownLatch(1);
    private Thread hook;

    /** Registers the shutdown hook (once). */
    Interruption install() {
        if (hook == null) {
            hook = new Thread(this::interruptAndWait, "nines-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        return this;
    }

    /** @return whether the run was interrupted (the result is partial) */
    boolean interrupted() {
        return interrupted;
    }

    /**
     * What the hook does: marks the run cancelled and waits until {@link #finished()} or {@value #WAIT_SECONDS} s.
     * Package-private so tests can interrupt without a signal.
     */
    void interruptAndWait() {
        interrupted = true;
        try {
            printed.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The output is complete: lets a waiting hook return and removes the hook when no shutdown is under way. */
    void finished() {
        printed.countDown();
        if (hook != null && !interrupted) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutdown already under way: the hook returns at once since the output is complete
            }
        }
    }

    /** @return whether a hook was still registered and is now removed (tests) */
    boolean removeHookForTest() {
        return hook != null && Runtime.getRuntime().removeShutdownHook(hook);
    }

    /** @return {@code monitor} cancelled also when interrupted */
    SimulationMonitor cancelling(SimulationMonitor monitor) {
        return new SimulationMonitor() {
            @Override
            public void progress(long done, long planned, double availability, double relativeCi) {
                monitor.progress(done, planned, availability, relativeCi);
            }

            @Override
            public boolean isCancelled() {
                return interrupted || monitor.isCancelled();
            }
        };
    }
}
