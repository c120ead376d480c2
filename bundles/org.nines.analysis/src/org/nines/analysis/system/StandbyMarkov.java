package org.nines.analysis.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact unavailability and failure frequency of a standby group with exponential failure and repair times, from a
 * small continuous-time Markov chain (states: which members have failed, and whether the group runs on member a,
 * is switching to member j, or is down).
 *
 * <p>Behaviour modelled: the active member fails at its rate λ; a waiting member fails at {@code dormantFactor}·λ
 * (cold 0, hot 1); each failed member is repaired at rate μ = 1/MTTR, independently (unlimited repair crews, the exact
 * engine's assumption). When the active member fails, the first working member in switch-over order takes over: the
 * switch fails on demand with probability p (the group is then down until a member is repaired and restarted);
 * otherwise the group is down for an exponential switch-over time with mean τ (instantaneous when τ = 0). A member
 * repaired while the group is down becomes the active one. No switch back to the primary (non-revertive).
 *
 * <p>With all members repairable the stationary distribution is used; otherwise the state probabilities at the
 * mission time, by uniformisation (Stewart, Introduction to the Numerical Solution of Markov Chains, 1994, ch. 8).
 * Non-exponential laws are replaced by exponential ones with the same means.
 */
public final class StandbyMarkov {
    /** Largest group handled (states grow as 2^n). */
    public static final int MAX_MEMBERS = 6;
    private static final int ACTIVE = 0;
    private static final int SWITCHING = 1;
    private static final int DOWN = 2;

    /** Unavailability (probability the group is down) and failure frequency (group failures per hour). */
    public record Result(double unavailability, double failuresPerHour) {
    }

    private final double[] failureRates;
    private final double[] repairRates;
    private final double dormantFactor;
    private final double switchRate;
    private final double switchFailure;
    private final List<long[]> states = new ArrayList<>();
    private final Map<Long, Integer> index = new HashMap<>();
    private final List<List<double[]>> transitions = new ArrayList<>(); // per state: {target, rate}

    /**
     * @param failureRates    active failure rate of each member, per hour, in switch-over order (first = primary)
     * @param repairRates     repair rate 1/MTTR of each member, per hour; 0 for non-repairable
     * @param dormantFactor   failure rate of a waiting member as a fraction of its active rate, in [0, 1]
     * @param switchoverHours mean switch-over time, hours (0 = instantaneous)
     * @param switchFailure   probability that a switch-over fails on demand, in [0, 1]
     */
    public StandbyMarkov(double[] failureRates, double[] repairRates, double dormantFactor, double switchoverHours,
            double switchFailure) {
        if (failureRates.length == 0 || failureRates.length > MAX_MEMBERS || repairRates.length != failureRates.length) {
            throw new IllegalArgumentException("a standby group needs 1 to " + MAX_MEMBERS + " members, got " + failureRates.length);
        }
        this.failureRates = failureRates.clone();
        this.repairRates = repairRates.clone();
        this.dormantFactor = dormantFactor;
        this.switchRate = switchoverHours > 0 ? 1 / switchoverHours : Double.POSITIVE_INFINITY;
        this.switchFailure = switchFailure;
        explore();
    }

    /** Solves the chain: stationary if every member is repairable, else at {@code missionHours}. */
    public Result solve(double missionHours) {
        boolean repairable = true;
        for (double mu : repairRates) {
            repairable &= mu > 0;
        }
        double[] p = repairable ? stationary() : atTime(missionHours);
        double down = 0;
        double frequency = 0;
        for (int s = 0; s < states.size(); s++) {
            if (isDown(s)) {
                down += p[s];
            } else {
                for (double[] t : transitions.get(s)) {
                    if (isDown((int) t[0])) {
                        frequency += p[s] * t[1];
                    }
                }
            }
        }
        return new Result(Math.min(1, Math.max(0, down)), frequency);
    }

    /** Number of reachable states, for tests. */
    public int stateCount() {
        return states.size();
    }

    private boolean isDown(int state) {
        return states.get(state)[1] != ACTIVE;
    }

    private static long key(long mask, long phase, long member) {
        return mask << 8 | phase << 4 | member;
    }

    private int stateOf(long mask, int phase, int member) {
        long key = key(mask, phase, member);
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        int id = states.size();
        states.add(new long[] { mask, phase, member });
        transitions.add(new ArrayList<>());
        index.put(key, id);
        return id;
    }

    /** Breadth-first enumeration of the states reachable from "all working, primary active" (state 0). */
    private void explore() {
        stateOf(0, ACTIVE, 0);
        for (int s = 0; s < states.size(); s++) {
            long[] state = states.get(s);
            addTransitions(s, state[0], (int) state[1], (int) state[2]);
        }
    }

    private void addTransitions(int s, long mask, int phase, int member) {
        int n = failureRates.length;
        for (int m = 0; m < n; m++) {
            boolean failed = (mask >> m & 1) == 1;
            if (failed) {
                if (repairRates[m] > 0) {
                    long repaired = mask & ~(1L << m);
                    int target = phase == DOWN ? stateOf(repaired, ACTIVE, m) : stateOf(repaired, phase, member);
                    add(s, target, repairRates[m]);
                }
            } else if (phase == ACTIVE && m == member) {
                takeOver(s, mask | 1L << m, failureRates[m]);
            } else if (phase == SWITCHING && m == member) {
                takeOver(s, mask | 1L << m, dormantFactor * failureRates[m]);
            } else if (dormantFactor > 0) {
                add(s, stateOf(mask | 1L << m, phase, member), dormantFactor * failureRates[m]);
            }
        }
        if (phase == SWITCHING) {
            add(s, stateOf(mask, ACTIVE, member), switchRate);
        }
    }

    /** The member carrying (or about to carry) the load failed with the given rate: the next one takes over. */
    private void takeOver(int s, long mask, double rate) {
        int next = firstWorking(mask);
        if (next < 0) {
            add(s, stateOf(mask, DOWN, 0), rate);
            return;
        }
        add(s, stateOf(mask, DOWN, 0), rate * switchFailure);
        int target = Double.isInfinite(switchRate) ? stateOf(mask, ACTIVE, next) : stateOf(mask, SWITCHING, next);
        add(s, target, rate * (1 - switchFailure));
    }

    private int firstWorking(long mask) {
        for (int m = 0; m < failureRates.length; m++) {
            if ((mask >> m & 1) == 0) {
                return m;
            }
        }
        return -1;
    }

    private void add(int from, int to, double rate) {
        if (rate > 0 && from != to) {
            transitions.get(from).add(new double[] { to, rate });
        }
    }

    /** Solves pi Q = 0, sum pi = 1 by Gaussian elimination with partial pivoting (small dense system). */
    private double[] stationary() {
        int n = states.size();
        double[][] a = new double[n][n + 1];
        for (int s = 0; s < n; s++) {
            for (double[] t : transitions.get(s)) {
                int target = (int) t[0];
                a[target][s] += t[1];
                a[s][s] -= t[1];
            }
        }
        for (int s = 0; s < n; s++) { // replace the last balance equation by the normalisation
            a[n - 1][s] = 1;
        }
        a[n - 1][n] = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < n; row++) {
                if (row != col && a[row][col] != 0) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k <= n; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[] pi = new double[n];
        for (int s = 0; s < n; s++) {
            pi[s] = a[s][n] / a[s][s];
        }
        return pi;
    }

    /** State probabilities at time t from the initial state, by uniformisation (truncation error below 1e-14). */
    private double[] atTime(double t) {
        int n = states.size();
        double lambda = 0;
        double[] outRate = new double[n];
        for (int s = 0; s < n; s++) {
            for (double[] tr : transitions.get(s)) {
                outRate[s] += tr[1];
            }
            lambda = Math.max(lambda, outRate[s]);
        }
        double[] p = new double[n];
        p[0] = 1;
        if (lambda == 0 || t <= 0) {
            return p;
        }
        lambda *= 1.02;
        double lt = lambda * t;
        double[] result = new double[n];
        double[] v = p;
        double logWeight = -lt; // log Poisson(0; lt)
        double accumulated = 0;
        for (int k = 0; accumulated < 1 - 1e-14 && k < 10_000_000; k++) {
            double weight = Math.exp(logWeight);
            for (int s = 0; s < n; s++) {
                result[s] += weight * v[s];
            }
            accumulated += weight;
            double[] next = new double[n];
            for (int s = 0; s < n; s++) {
                next[s] += v[s] * (1 - outRate[s] / lambda);
                for (double[] tr : transitions.get(s)) {
                    next[(int) tr[0]] += v[s] * tr[1] / lambda;
                }
            }
            v = next;
            logWeight += Math.log(lt) - Math.log(k + 1);
        }
        return result;
    }
}
