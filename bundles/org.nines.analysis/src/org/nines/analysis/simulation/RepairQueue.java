package org.nines.analysis.simulation;

import java.util.Arrays;

/**
 * The failed components waiting for a crew, per crew pool of a {@link SimulationModel}: taken first come first served,
 * or by repair priority (highest first, then first come) when the model's policy says so. Shared by the plain
 * simulation and failure biasing, so both queue exactly alike. Not thread-safe.
 */
final class RepairQueue {
    private final SimulationModel m;
    private final int[][] waiting;
    private final int[] size;

    RepairQueue(SimulationModel model) {
        this.m = model;
        int pools = model.crewCapacity.length;
        waiting = new int[pools][model.componentIds.length];
        size = new int[pools];
    }

    /** Empties every pool's queue. */
    void clear() {
        Arrays.fill(size, 0);
    }

    /** Component c waits for a crew of its pool. */
    void add(int pool, int c) {
        waiting[pool][size[pool]++] = c;
    }

    /** @return the component whose turn it is in the pool's queue (removed from it), or -1 when nobody waits */
    int take(int pool) {
        int n = size[pool];
        if (n == 0) {
            return -1;
        }
        int[] queue = waiting[pool];
        int best = 0;
        if (m.priorityPolicy) {
            for (int i = 1; i < n; i++) {
                if (m.repairPriority[queue[i]] > m.repairPriority[queue[best]]) {
                    best = i;
                }
            }
        }
        int c = queue[best];
        System.arraycopy(queue, best + 1, queue, best, n - best - 1);
        size[pool] = n - 1;
        return c;
    }
}
