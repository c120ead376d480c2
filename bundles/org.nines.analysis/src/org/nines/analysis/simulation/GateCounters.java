package org.nines.analysis.simulation;

import java.util.Arrays;

/**
 * The counting gates of a {@link SimulationModel} in one state of its variables, updated incrementally: a gate has
 * failed when at least its threshold of inputs have failed, and a change of one variable is propagated along its
 * fan-out only as far as gates change. Shared by the plain simulation and failure biasing. Not thread-safe.
 */
final class GateCounters {
    private final SimulationModel m;
    private final int nVar;
    private final int[] count;
    private final boolean[] failed;
    private int[] stackNode = new int[64];
    private int[] stackDelta = new int[64];

    GateCounters(SimulationModel model) {
        this.m = model;
        this.nVar = model.variableKeys.length;
        count = new int[model.gateThreshold.length];
        failed = new boolean[model.gateThreshold.length];
    }

    /** Every variable working. */
    void reset() {
        System.arraycopy(m.gateInitialCount, 0, count, 0, count.length);
        System.arraycopy(m.gateInitialFailed, 0, failed, 0, failed.length);
    }

    /** @return whether the top event has failed, given which variables are down */
    boolean topFailed(boolean[] varDown) {
        int top = m.top;
        if (top < 0) {
            return top == SimulationModel.TOP_FAILED;
        }
        return top < nVar ? varDown[top] : failed[top - nVar];
    }

    /**
     * Variable (or gate) node {@code node} went down (delta 1) or up (-1). The first level is done here without the
     * stack: most changes stop at the first gate (a redundant group that is still up).
     */
    void propagate(int node, int delta) {
        int[] start = m.parentStart;
        int[] parents = m.parents;
        for (int i = start[node], end = start[node + 1]; i < end; i++) {
            int g = parents[i];
            boolean nowFailed = (count[g] += delta) >= m.gateThreshold[g];
            if (nowFailed != failed[g]) {
                failed[g] = nowFailed;
                propagateFrom(nVar + g, nowFailed ? 1 : -1);
            }
        }
    }

    /** {@link #propagate} beyond the first level: the gates above gate node {@code node}, which changed by delta. */
    private void propagateFrom(int node, int delta) {
        int[] start = m.parentStart;
        int[] parents = m.parents;
        int[] threshold = m.gateThreshold;
        int[] counts = count;
        boolean[] failedGate = failed;
        int[] nodes = stackNode;
        int[] deltas = stackDelta;
        int sp = 0;
        nodes[sp] = node;
        deltas[sp++] = delta;
        while (sp > 0) {
            int n = nodes[--sp];
            int d = deltas[sp];
            for (int i = start[n], end = start[n + 1]; i < end; i++) {
                int g = parents[i];
                boolean nowFailed = (counts[g] += d) >= threshold[g];
                if (nowFailed != failedGate[g]) {
                    failedGate[g] = nowFailed;
                    if (sp == nodes.length) {
                        nodes = stackNode = Arrays.copyOf(nodes, sp * 2);
                        deltas = stackDelta = Arrays.copyOf(deltas, sp * 2);
                    }
                    nodes[sp] = nVar + g;
                    deltas[sp++] = nowFailed ? 1 : -1;
                }
            }
        }
    }
}
