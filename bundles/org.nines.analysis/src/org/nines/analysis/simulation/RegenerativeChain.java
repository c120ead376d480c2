package org.nines.analysis.simulation;

import java.util.Arrays;

/**
 * The continuous-time Markov chain of a Markovian {@link SimulationModel} (see {@link FailureBiasing#requireMarkovian}),
 * simulated as its embedded jump chain one regenerative cycle at a time, with or without balanced failure biasing.
 * One instance per worker thread; not thread-safe. Times in hours.
 *
 * <p><b>State</b>, the same as {@link Simulator} tracks when every law is exponential and nothing takes a fixed time:
 * which components have failed, which of them are being repaired and the order of the repair queues (limited crews),
 * which member carries the load in each standby group and whether the group is down after a failed switch, and which
 * common-cause outages are in progress together with the member whose repair rate ends each one. The regeneration
 * state is "everything works, every standby group runs on its first member, no common-cause outage".
 *
 * <p><b>Transitions</b>, as in {@link Simulator}: a working component fails at {@code share · ageing · dormant / MTTF}
 * (1-β for common-cause members, 0 while the service is down with the "no ageing" option, the group's dormant factor
 * for a waiting standby member); a repair in progress ends at 1/MTTR; a common-cause shock comes at the group's rate
 * while the group is not out; its outage ends at 1/MTTR of the member drawn at the shock. A standby switch fails on
 * demand with the group's probability: this draw, and the member drawn at a shock, are always made with their true
 * probabilities (their likelihood ratio is 1). How the transitions are biased: {@link FailureBiasing}.
 */
final class RegenerativeChain {
    private static final int FAIL = 0;
    private static final int REPAIR = 1;
    private static final int SHOCK = 2;
    private static final int SHOCK_END = 3;

    /** What one cycle yields; the sums are weighted by the likelihood ratio (1 for an unbiased cycle). */
    static final class Cycle {
        /** Expected service downtime in the cycle (sum of expected holding times of down states), hours. */
        double downtime;
        /** Service failures (up to down transitions) in the cycle. */
        double outages;
        /** Expected length of the cycle, hours. */
        double length;
        /** Likelihood ratio of the whole cycle (of its biased part). */
        double likelihoodRatio;
        /** Transitions simulated. */
        long steps;
        /**
         * Expected downtime while each contributor (variable, then common-cause group) was critical, hours; biased
         * cycles only.
         */
        final double[] criticalHours;

        Cycle(int contributors) {
            criticalHours = new double[contributors];
        }
    }

    /**
     * In the regeneration state (the only biased state without a repair in progress): the share of equal probabilities
     * in the mixture with the true ones. The likelihood ratio of that step stays below 1/(1-0.5) = 2, and a component
     * that fails rarely but matters (a single point of failure among fast-failing redundant parts) still starts a share
     * 0.5/n of the cycles.
     */
    static final double ALL_UP_MIX = 0.5;

    private final SimulationModel m;
    private final double bias;
    private final int nComp;
    private final int nVar;
    private final double[] failureMean; // hours of load at full rate; +inf for a component that never fails
    private final double[] repairMean;
    private final double[][] ccfRepairMean;

    private final boolean[] failed;
    private final boolean[] repairing;
    private final int[] out; // common-cause outages keeping the component out of service
    private int failedCount;
    private final int[] busy;
    private final RepairQueue waitingForCrew;
    private final boolean[] groupDown;
    private final int[] active;
    private final boolean[] ccfOut;
    private final double[] ccfEndRate;
    private int ccfOutCount;
    private final boolean[] varDown;
    private final GateCounters gates;
    private boolean systemDown;

    // transitions out of the current state
    private int[] type;
    private int[] target;
    private double[] rate;
    private int transitions;
    private int failureTransitions;
    private double failureRate;
    private double repairRate;

    /**
     * @param model a model that passed {@link FailureBiasing#requireMarkovian}
     * @param bias  probability given to the failure transitions together in a state with a repair in progress,
     *              in (0, 1)
     */
    RegenerativeChain(SimulationModel model, double bias) {
        this.m = model;
        this.bias = bias;
        nComp = model.componentIds.length;
        nVar = model.variableKeys.length;
        failureMean = new double[nComp];
        repairMean = new double[nComp];
        for (int c = 0; c < nComp; c++) {
            failureMean[c] = model.failureLaw[c].mean();
            repairMean[c] = model.repairLaw[c] == null ? Double.POSITIVE_INFINITY : model.repairLaw[c].mean();
        }
        int k = model.ccfIds.length;
        ccfRepairMean = new double[k][];
        for (int i = 0; i < k; i++) {
            Law[] laws = model.ccfRepairLaws[i];
            ccfRepairMean[i] = laws == null ? null : Arrays.stream(laws).mapToDouble(Law::mean).toArray();
        }
        failed = new boolean[nComp];
        repairing = new boolean[nComp];
        out = new int[nComp];
        int crews = model.crewCapacity.length;
        busy = new int[crews];
        waitingForCrew = new RepairQueue(model);
        groupDown = new boolean[model.groupIds.length];
        active = new int[model.groupIds.length];
        ccfOut = new boolean[k];
        ccfEndRate = new double[k];
        varDown = new boolean[nVar];
        gates = new GateCounters(model);
        int most = 2 * nComp + 2 * k + 1;
        type = new int[most];
        target = new int[most];
        rate = new double[most];
    }

    /**
     * Simulates one cycle from the regeneration state back to it.
     *
     * @param biased whether to apply balanced failure biasing until the service first fails in the cycle or everything
     *               works again, whichever comes first
     * @param random the cycle's stream
     * @param into   overwritten with the cycle's figures
     * @throws IllegalStateException when the regeneration state has no way out (nothing can fail): the caller handles
     *                               that case before simulating (see {@link #canLeaveRegeneration()})
     */
    void cycle(boolean biased, Sampling random, Cycle into) {
        reset();
        double weight = 1;
        double downtime = 0;
        double outages = 0;
        double length = 0;
        long steps = 0;
        boolean biasing = biased;
        Arrays.fill(into.criticalHours, 0);
        do {
            collectTransitions();
            double total = failureRate + repairRate;
            if (!(total > 0)) {
                throw new IllegalStateException("model " + m.name + ": a state of the Markov chain has no way out");
            }
            double holding = weight / total;
            length += holding;
            if (systemDown) {
                downtime += holding;
                if (biased) {
                    addCritical(into.criticalHours, holding); // only the biased cycles estimate downtime
                }
            }
            int chosen;
            if (biasing && failureTransitions > 0 && repairRate > 0) {
                double u = random.uniform();
                if (u >= bias) {
                    // a repair, in proportion to the repair rates
                    chosen = pickRepair((u - bias) / (1 - bias) * repairRate);
                    weight *= (rate[chosen] / total) / ((1 - bias) * rate[chosen] / repairRate);
                } else {
                    // a failure, every one equally likely
                    chosen = Math.min(failureTransitions - 1, (int) (u / bias * failureTransitions)); // failures come first
                    weight *= (rate[chosen] / total) / (bias / failureTransitions);
                }
            } else if (biasing && failureTransitions > 0) {
                // no repair in progress: a defensive mixture of the true probabilities and equal ones
                double u = random.uniform();
                chosen = u < ALL_UP_MIX ? Math.min(failureTransitions - 1, (int) (u / ALL_UP_MIX * failureTransitions))
                        : pickAny((u - ALL_UP_MIX) / (1 - ALL_UP_MIX) * total);
                double p = rate[chosen] / total;
                weight *= p / (ALL_UP_MIX / failureTransitions + (1 - ALL_UP_MIX) * p);
            } else {
                chosen = pickAny(random.uniform() * total);
            }
            boolean wasDown = systemDown;
            apply(type[chosen], target[chosen], random);
            steps++;
            if (systemDown && !wasDown) {
                outages += weight;
                biasing = false; // the rest of the cycle under the true measure (still unbiased)
            }
            if (failedCount == 0 && ccfOutCount == 0) {
                // everything works again (with a standby group on another member, the cycle goes on): biasing the
                // next excursions too would multiply their likelihood ratios, about 2 per quiet excursion
                biasing = false;
            }
        } while (!atRegeneration());
        into.downtime = downtime;
        into.outages = outages;
        into.length = length;
        into.likelihoodRatio = weight;
        into.steps = steps;
    }

    /** @return whether anything can happen in the regeneration state (else the service never changes) */
    boolean canLeaveRegeneration() {
        reset();
        collectTransitions();
        return failureRate + repairRate > 0;
    }

    /** @return whether the service is down in the regeneration state (everything working) */
    boolean downInRegeneration() {
        reset();
        return systemDown;
    }

    // ---------------------------------------------------------------------------------------------------------
    // state

    private void reset() {
        Arrays.fill(failed, false);
        Arrays.fill(repairing, false);
        Arrays.fill(out, 0);
        failedCount = 0;
        Arrays.fill(busy, 0);
        waitingForCrew.clear();
        Arrays.fill(groupDown, false);
        Arrays.fill(active, 0);
        Arrays.fill(ccfOut, false);
        ccfOutCount = 0;
        Arrays.fill(varDown, false);
        gates.reset();
        systemDown = topFailed();
    }

    private boolean atRegeneration() {
        if (failedCount > 0 || ccfOutCount > 0) {
            return false;
        }
        for (int g = 0; g < active.length; g++) {
            if (groupDown[g] || active[g] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Fills the transitions out of the current state: failures (and shocks) first, then repairs (and outage ends). */
    private void collectTransitions() {
        transitions = 0;
        failureRate = 0;
        repairRate = 0;
        double ageing = systemDown && m.noAgeingWhileSystemDown ? 0 : 1;
        for (int c = 0; c < nComp; c++) {
            if (!failed[c]) {
                double r = failureRateOf(c, ageing);
                if (r > 0) {
                    add(FAIL, c, r);
                    failureRate += r;
                }
            }
        }
        for (int k = 0; k < ccfOut.length; k++) {
            double r = m.ccfRatePerHour[k];
            if (!ccfOut[k] && r > 0) {
                add(SHOCK, k, r);
                failureRate += r;
            }
        }
        failureTransitions = transitions;
        for (int c = 0; c < nComp; c++) {
            if (repairing[c]) {
                double r = 1 / repairMean[c];
                add(REPAIR, c, r);
                repairRate += r;
            }
        }
        for (int k = 0; k < ccfOut.length; k++) {
            if (ccfOut[k]) {
                add(SHOCK_END, k, ccfEndRate[k]);
                repairRate += ccfEndRate[k];
            }
        }
    }

    private void add(int kind, int what, double r) {
        type[transitions] = kind;
        target[transitions] = what;
        rate[transitions++] = r;
    }

    /** As {@link Simulator}'s rate of life consumption, divided by the mean life: failures per hour. */
    private double failureRateOf(int c, double ageing) {
        double r = m.independentShare[c] * ageing;
        int g = m.standbyGroupOf[c];
        if (g >= 0 && (groupDown[g] || active[g] != m.standbyPosition[c])) {
            r *= m.groupDormantFactor[g];
        }
        return r > 0 ? r / failureMean[c] : 0;
    }

    /** The transition where the cumulated rate of all transitions passes {@code x}. */
    private int pickAny(double x) {
        double sum = 0;
        for (int i = 0; i < transitions - 1; i++) {
            sum += rate[i];
            if (x < sum) {
                return i;
            }
        }
        return transitions - 1;
    }

    /** The repair transition where the cumulated repair rate passes {@code x}. */
    private int pickRepair(double x) {
        double sum = 0;
        for (int i = failureTransitions; i < transitions - 1; i++) {
            sum += rate[i];
            if (x < sum) {
                return i;
            }
        }
        return transitions - 1;
    }

    private void apply(int kind, int what, Sampling random) {
        switch (kind) {
            case FAIL -> fail(what, random);
            case REPAIR -> repaired(what, random);
            case SHOCK -> shock(what, random);
            case SHOCK_END -> shockEnd(what, random);
            default -> throw new IllegalStateException("transition " + kind);
        }
        systemDown = topFailed();
    }

    private void fail(int c, Sampling random) {
        if (failed[c]) {
            return;
        }
        failed[c] = true;
        failedCount++;
        availabilityChanged(c, random);
        int pool = m.crewPoolOf[c];
        if (pool < 0) {
            repairing[c] = true;
        } else if (busy[pool] < m.crewCapacity[pool]) {
            busy[pool]++;
            repairing[c] = true;
        } else {
            waitingForCrew.add(pool, c);
        }
    }

    private void repaired(int c, Sampling random) {
        failed[c] = false;
        repairing[c] = false;
        failedCount--;
        availabilityChanged(c, random);
        int pool = m.crewPoolOf[c];
        if (pool >= 0) {
            busy[pool]--;
            int next = waitingForCrew.take(pool);
            if (next >= 0) {
                busy[pool]++;
                repairing[next] = true;
            }
        }
    }

    private void shock(int k, Sampling random) {
        double[] means = ccfRepairMean[k];
        if (means == null) {
            for (int c : m.ccfMembers[k]) {
                fail(c, random); // each member repaired on its own; the shocks go on
            }
            return;
        }
        ccfOut[k] = true;
        ccfOutCount++;
        int member = means.length == 1 ? 0 : Math.min(means.length - 1, (int) (random.uniform() * means.length));
        ccfEndRate[k] = 1 / means[member];
        for (int c : m.ccfMembers[k]) {
            if (out[c]++ == 0) {
                availabilityChanged(c, random);
            }
        }
    }

    private void shockEnd(int k, Sampling random) {
        ccfOut[k] = false;
        ccfOutCount--;
        for (int c : m.ccfMembers[k]) {
            if (--out[c] == 0) {
                availabilityChanged(c, random);
            }
        }
    }

    private boolean available(int c) {
        return !failed[c] && out[c] == 0;
    }

    private void availabilityChanged(int c, Sampling random) {
        boolean available = available(c);
        int v = m.variableOf[c];
        if (v >= 0) {
            setVar(v, !available);
        }
        int g = m.standbyGroupOf[c];
        if (g >= 0) {
            memberChanged(g, m.standbyPosition[c], available, random);
        }
    }

    /** As {@link Simulator} with a switch-over time of zero. */
    private void memberChanged(int g, int position, boolean available, Sampling random) {
        if (!available) {
            if (!groupDown[g] && active[g] == position) {
                takeOver(g, random);
            }
        } else if (groupDown[g]) {
            groupDown[g] = false;
            active[g] = position;
            setVar(m.groupVariable[g], false);
        }
    }

    private void takeOver(int g, Sampling random) {
        int[] members = m.groupMembers[g];
        int next = -1;
        for (int i = 0; i < members.length; i++) {
            if (available(members[i])) {
                next = i;
                break;
            }
        }
        double p = m.groupSwitchFailure[g];
        if (next < 0 || p > 0 && random.uniform() < p) {
            groupDown[g] = true;
            setVar(m.groupVariable[g], true);
        } else {
            active[g] = next;
            setVar(m.groupVariable[g], false);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // structure function

    private boolean topFailed() {
        return gates.topFailed(varDown);
    }

    private void setVar(int v, boolean down) {
        if (varDown[v] != down) {
            varDown[v] = down;
            gates.propagate(v, down ? 1 : -1);
        }
    }

    /**
     * Adds {@code hours} to every contributor whose restoration alone would restore the service: a variable failed
     * on its own account (a standby group: down), and a common-cause group whose outage is in progress (lifting the
     * members it alone keeps out of service). The same definition as the plain simulation's contributions.
     */
    private void addCritical(double[] criticalHours, double hours) {
        for (int v = 0; v < nVar; v++) {
            if (!varDown[v]) {
                continue;
            }
            int c = m.variableComponent[v];
            if (c >= 0 && !failed[c]) {
                continue; // out of service only
            }
            gates.propagate(v, -1);
            varDown[v] = false;
            boolean restores = !topFailed();
            varDown[v] = true;
            gates.propagate(v, 1);
            if (restores) {
                criticalHours[v] += hours;
            }
        }
        for (int k = 0; k < ccfOut.length; k++) {
            if (ccfOut[k]) {
                liftCommonCause(k, -1);
                boolean restores = !topFailed();
                liftCommonCause(k, 1);
                if (restores) {
                    criticalHours[nVar + k] += hours;
                }
            }
        }
    }

    private void liftCommonCause(int k, int delta) {
        for (int c : m.ccfMembers[k]) {
            int v = m.variableOf[c];
            if (v >= 0 && !failed[c] && out[c] == 1) {
                varDown[v] = delta > 0;
                gates.propagate(v, delta);
            }
        }
    }
}
