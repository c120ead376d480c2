package org.nines.analysis.simulation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs numbered batches on worker threads and hands their results to a consumer strictly in batch order, on the
 * calling thread, so that what the consumer adds up (and when its stopping rule fires) does not depend on the number
 * of threads. Used by the plain simulation and by failure biasing.
 */
final class OrderedBatches<W, R> {
    /** Simulates one batch with a worker's own (reused, not thread-safe) state. */
    interface Batch<W, R> {
        R simulate(W worker, long batch);
    }

    private final long batches;
    private final Supplier<W> newWorker;
    private final Batch<W, R> batch;
    private final Map<Long, Object> finished = new HashMap<>(); // batch index -> result or Throwable
    private long nextClaim;
    private volatile boolean stopped;

    private OrderedBatches(long batches, Supplier<W> newWorker, Batch<W, R> batch) {
        this.batches = batches;
        this.newWorker = newWorker;
        this.batch = batch;
    }

    /**
     * Simulates batches 0 to {@code batches - 1} on {@code threads} threads, each with its own worker, and passes each
     * result to {@code merge} in batch order on the calling thread. {@code merge} returns false to stop: no later batch
     * is merged (batches already under way finish and are dropped). An exception thrown by a batch is rethrown here.
     */
    static <W, R> void run(long batches, int threads, String threadName, Supplier<W> newWorker, Batch<W, R> batch,
            Predicate<R> merge) {
        OrderedBatches<W, R> run = new OrderedBatches<>(batches, newWorker, batch);
        if (threads == 1) {
            W worker = newWorker.get();
            for (long b = 0; b < batches; b++) {
                if (!merge.test(batch.simulate(worker, b))) {
                    return;
                }
            }
        } else {
            run.parallel(threads, threadName, merge);
        }
    }

    @SuppressWarnings("unchecked")
    private void parallel(int threads, String threadName, Predicate<R> merge) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < threads; i++) {
                pool.execute(this::work);
            }
            for (long b = 0; b < batches && !stopped; b++) {
                Object done = await(b);
                if (done instanceof Throwable t) {
                    stopped = true;
                    throw t instanceof RuntimeException e ? e : new IllegalStateException("simulation failed", t);
                }
                if (!merge.test((R) done)) {
                    stopped = true;
                }
            }
        } finally {
            stopped = true;
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next batch to simulate, in batch order; -1 when there is nothing left to do. */
    private synchronized long claim() {
        if (stopped || nextClaim >= batches) {
            return -1;
        }
        return nextClaim++;
    }

    private void work() {
        W worker;
        try {
            worker = newWorker.get();
        } catch (RuntimeException | Error e) {
            for (long b = claim(); b >= 0; b = claim()) {
                finish(b, e); // the caller waits for every batch in order: each one it would get reports the failure
            }
            return;
        }
        for (long b = claim(); b >= 0; b = claim()) {
            Object done;
            try {
                done = batch.simulate(worker, b);
            } catch (RuntimeException | Error e) {
                done = e;
            }
            finish(b, done);
        }
    }

    private void finish(long b, Object done) {
        synchronized (finished) {
            finished.put(b, done);
            finished.notifyAll();
        }
    }

    private Object await(long b) {
        synchronized (finished) {
            while (!finished.containsKey(b)) {
                try {
                    finished.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                    throw new IllegalStateException("simulation interrupted", e);
                }
            }
            return finished.remove(b);
        }
    }
}
