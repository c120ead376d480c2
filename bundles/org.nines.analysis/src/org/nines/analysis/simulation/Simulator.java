package org.nines.analysis.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Discrete-event simulation of histories of one {@link SimulationModel}. One instance per worker thread, reused for
 * every batch that thread runs (no allocation per history or per event once warmed up). Times in hours.
 *
 * <p><b>Component life.</b> A working component consumes a life drawn from its failure law at a rate: 1 while it
 * carries load, the group's dormant factor while it waits in a standby group (0 cold, 1 hot), times 1-β for a
 * common-cause member (its independent failures), times 0 while the service is down when the model says components
 * do not age then. It fails when the life is used up: for an exponential law this is a failure rate scaled by the
 * same factors. A repaired component is as good as new (a fresh life).
 *
 * <p><b>Repair.</b> A failed repairable component waits the model's logistic delay, then takes a spare if its kind
 * has a pool (one-for-one replenishment: every demand orders a replacement that arrives after the pool's restock
 * time; a demand that finds the shelf empty waits, first-come first-served, for the next arrival), then a crew of its site (or the shared crews; unlimited when there are none), taken first-come
 * first-served or by repair priority; the crew travels to the site and repairs. A crew is held for travel and repair
 * only. Non-repairable components stay failed for the rest of the history.
 *
 * <p><b>Fixed probability of failure.</b> A repairable component given a probability p (0 &lt; p &lt; 1) alternates
 * exponential working times of mean MTTR·(1-p)/p with its repairs (steady-state unavailability p with unlimited
 * crews) and starts failed with probability p; with p = 0 it never fails; otherwise (p = 1, or not repairable) it is
 * failed for a whole history with probability p.
 *
 * <p><b>Standby groups</b> behave as the exact engine's Markov model ({@code StandbyMarkov}) but with any laws: when
 * the member carrying the load becomes unavailable, the first available member in switch order takes over; the
 * switch fails on demand with the group's probability (the group is then down until a member becomes available
 * again, which then carries the load at once), else the group is down for the switch-over time (a fixed time here, an
 * exponential one in the Markov model). No switch back. <b>Common-cause groups</b>: shocks arrive as a Poisson process
 * at β times the members' mean failure rate and take every member out of service together for one repair time, drawn
 * from the repair law of a member chosen at random (mean: the members' mean MTTR); the next shock can come once the
 * group is back (the exact engine's beta-factor event). Groups with a non-repairable or fixed-probability member: a
 * shock fails every member, each repaired on its own. Members keep ageing (at 1-β) during a common-cause outage.
 * <b>Threats</b>: occurrences arrive as a Poisson process at the risk's likelihood per 8,760 h and take every affected
 * component (and every component at an affected site) out of service for the outage duration; the components keep
 * ageing and may fail meanwhile; overlapping outages simply overlap. Common-cause shocks and threats arrive in
 * calendar time, also while the service is down.
 */
final class Simulator {
    private static final int FAIL = 0;
    private static final int LOGISTICS = 1;
    private static final int REPAIR = 2;
    private static final int SWITCH = 3;
    private static final int CCF = 4;
    private static final int THREAT_START = 5;
    private static final int THREAT_END = 6;
    private static final int RESTOCK = 7;
    private static final int SHOCK = 0;     // stamp of a CCF event: a common-cause shock ...
    private static final int SHOCK_END = 1; // ... or the end of its outage
    private static final byte ACTIVE = 0;
    private static final byte SWITCHING = 1;
    private static final byte DOWN = 2;

    private final SimulationModel m;
    private final double horizon;
    private final double[] riskRate;
    private final double[] riskOutage;
    private final int nComp;
    private final int nVar;

    // component state
    private final boolean[] failed;
    private final int[] threat; // outages keeping the component out of service: threats and common-cause shocks
    private final double[] life;
    private final double[] rate;
    private final double[] since;
    private final int[] stamp;
    private final boolean[] fixedFailed;
    // structure state
    private final boolean[] varDown;
    private final GateCounters gates;
    // standby groups
    private final byte[] phase;
    private final int[] active;
    private final int[] groupStamp;
    // crews and spares
    private final int[] crewBusy;
    private final RepairQueue waitingForCrew;
    private final int[] stock;
    private final int[][] spareQueue;
    private final int[] spareQueueSize;
    // risks
    private final int[] riskActive;
    // common-cause groups: outage in progress
    private final boolean[] commonCauseOut;
    // critical variables (then common-cause groups, index nVar + k) while the service is down
    private final int[] critical;
    private int criticalCount;
    // variables down (failed or out of service), in no particular order, and each one's position in that list
    private final int[] downList;
    private final int[] downPosition;
    private int downVariables;
    private boolean structureChanged;
    // event heap
    // times as their IEEE bits: event times are never negative, never -0.0 and never NaN (all are the history start
    // plus non-negative durations, push refuses a negative one, and only times up to the horizon enter), so comparing
    // the bits as signed longs orders them exactly as comparing the doubles does, and lets the sift-down pick a child
    // without a branch
    private static final int ARITY = 4;
    private long[] heapTime = filledWithMax(256);
    private long[] heapEvent = new long[256]; // code (target << 3 | type) << 32 | stamp
    private int heapSize;
    // while an event is handled it stays at the root; the first event scheduled meanwhile replaces it in one pass
    private boolean rootHandled;
    // while a history starts: push appends without ordering
    private boolean building;

    /** Every element's stream, restarted at each history (common random numbers, see {@link KeyedStream}). */
    private final KeyedStream[] streams;
    private final Sampling[] componentRandom;
    private final Sampling[] groupRandom;
    // means (hours) of the components' exponential failure and repair laws, NaN for other laws: the commonest draw
    // without the law's look-ups, the same number as Sampling.sample
    private final double[] exponentialFailureMean;
    private final double[] exponentialRepairMean;
    // components whose failures and repairs need none of the general machinery (see isPlain)
    private final boolean[] plain;
    private final Sampling[] ccfRandom;
    private final Sampling[] riskRandom;
    private Tally tally;
    private double now;
    private double ageing;
    private boolean systemDown;
    private double downStart;
    private double downtime;
    private long outages;
    private long events;

    private static long[] filledWithMax(int length) {
        long[] a = new long[length];
        Arrays.fill(a, Long.MAX_VALUE);
        return a;
    }

    Simulator(SimulationModel model, double years, ThreatMode threats) {
        this.m = model;
        this.horizon = model.periodHours * years;
        int r = model.riskIds.length;
        riskRate = switch (threats) {
            case INHERENT -> model.riskRatePerHour.clone();
            case RESIDUAL -> model.riskResidualRatePerHour.clone();
            case OFF -> new double[r];
        };
        riskOutage = threats == ThreatMode.RESIDUAL ? model.riskResidualOutageHours.clone() : model.riskOutageHours.clone();
        nComp = model.componentIds.length;
        nVar = model.variableKeys.length;
        failed = new boolean[nComp];
        threat = new int[nComp];
        life = new double[nComp];
        rate = new double[nComp];
        since = new double[nComp];
        stamp = new int[nComp];
        fixedFailed = new boolean[nComp];
        varDown = new boolean[nVar];
        downList = new int[nVar];
        downPosition = new int[nVar];
        gates = new GateCounters(model);
        int groups = model.groupIds.length;
        phase = new byte[groups];
        active = new int[groups];
        groupStamp = new int[groups];
        int crews = model.crewCapacity.length;
        crewBusy = new int[crews];
        waitingForCrew = new RepairQueue(model);
        int spares = model.spareInitial.length;
        stock = new int[spares];
        spareQueue = new int[spares][nComp];
        spareQueueSize = new int[spares];
        riskActive = new int[r];
        critical = new int[m.contributorCount()];
        commonCauseOut = new boolean[m.ccfIds.length];
        List<KeyedStream> all = new ArrayList<>();
        componentRandom = samplings("component", model.componentIds, all);
        groupRandom = samplings("standby", model.groupIds, all);
        ccfRandom = samplings("ccf", model.ccfIds, all);
        riskRandom = samplings("risk", model.riskIds, all);
        streams = all.toArray(new KeyedStream[0]);
        exponentialFailureMean = exponentialMeans(model.failureLaw);
        exponentialRepairMean = exponentialMeans(model.repairLaw);
        plain = new boolean[nComp];
        for (int c = 0; c < nComp; c++) {
            plain[c] = isPlain(c);
        }
    }

    /**
     * Whether component c fails and is repaired without the general machinery: exponential failure and repair laws
     * (no fixed probability), its own variable (no standby group), no crews, spares, travel or logistic delay, and
     * ageing at a constant rate (the model does not stop ageing while the service is down). Its events then take the
     * short paths {@link #failPlain} and {@link #repairedPlain}, which do exactly what the general ones do for it.
     */
    private boolean isPlain(int c) {
        return exponentialFailureMean[c] == exponentialFailureMean[c] && exponentialRepairMean[c] == exponentialRepairMean[c]
                && Double.isNaN(m.fixedProbability[c]) && m.variableOf[c] >= 0 && m.standbyGroupOf[c] < 0
                && m.crewPoolOf[c] < 0 && m.sparePoolOf[c] < 0 && m.travelHours[c] == 0 && m.logisticDelayHours == 0
                && !m.noAgeingWhileSystemDown;
    }

    private static double[] exponentialMeans(Law[] laws) {
        double[] means = new double[laws.length];
        for (int i = 0; i < laws.length; i++) {
            means[i] = laws[i] != null && laws[i].kind() == Law.Kind.EXPONENTIAL ? laws[i].a() : Double.NaN;
        }
        return means;
    }

    /** Component c's life in active hours, drawn from its failure law. */
    private double drawLife(int c) {
        double mean = exponentialFailureMean[c];
        return mean == mean ? mean * componentRandom[c].exponential() : componentRandom[c].sample(m.failureLaw[c]);
    }

    /** Component c's repair time, hours, drawn from its repair law. */
    private double drawRepair(int c) {
        double mean = exponentialRepairMean[c];
        return mean == mean ? mean * componentRandom[c].exponential() : componentRandom[c].sample(m.repairLaw[c]);
    }

    private static Sampling[] samplings(String kind, String[] ids, List<KeyedStream> all) {
        Sampling[] samplings = new Sampling[ids.length];
        for (int i = 0; i < ids.length; i++) {
            KeyedStream stream = new KeyedStream(KeyedStream.key(kind, ids[i]));
            all.add(stream);
            samplings[i] = new Sampling(stream);
        }
        return samplings;
    }

    /**
     * Simulates histories {@code first} to {@code first + histories - 1} of a run with master seed {@code seed} and adds
     * them to the tally. History n draws from the elements' streams restarted for (seed, n) only, so its outcome does
     * not depend on the batch or thread that simulates it.
     */
    void run(long seed, long first, int histories, Tally into) {
        this.tally = into;
        for (int h = 0; h < histories; h++) {
            long base = KeyedStream.historyBase(seed, first + h);
            for (KeyedStream stream : streams) {
                stream.restart(base);
            }
            history();
        }
        this.tally = null;
    }

    private void history() {
        reset();
        building = true; // the starting events are appended, then ordered at once (heapify)
        for (int c = 0; c < nComp; c++) {
            if (plain[c]) {
                startPlain(c);
            } else {
                startComponent(c);
            }
        }
        for (int k = 0; k < m.ccfRatePerHour.length; k++) {
            if (m.ccfRatePerHour[k] > 0) {
                scheduleShock(k);
            }
        }
        for (int r = 0; r < riskRate.length; r++) {
            if (riskRate[r] > 0 && riskOutage[r] > 0 && m.riskComponents[r].length > 0) {
                schedule(riskRandom[r].exponential() / riskRate[r], THREAT_START, r);
            }
        }
        building = false;
        for (int i = (heapSize - 2) / ARITY; i >= 0; i--) {
            siftDown(i, heapTime[i], heapEvent[i]);
        }
        checkSystem();
        while (heapSize > 0) {
            double t = Double.longBitsToDouble(heapTime[0]);
            long event = heapEvent[0];
            int code = (int) (event >>> 32);
            int st = (int) event;
            int type = code & 7;
            int target = code >>> 3;
            if (type == FAIL && st != stamp[target] || type == SWITCH && st != groupStamp[target]) {
                pop();
                continue; // cancelled
            }
            rootHandled = true; // the first event the handler schedules takes the root's place (replaceRoot)
            advance(t);
            events++;
            handle(type, target, st);
            if (rootHandled) {
                rootHandled = false;
                pop();
            }
            checkSystem();
        }
        advance(horizon);
        if (systemDown) {
            tally.outageDurations.add(horizon - downStart);
        }
        double u = downtime / horizon;
        tally.recordHistory(u);
        tally.histories++;
        tally.events += events;
        tally.sumUnavailability += u;
        tally.sumUnavailabilitySquared += u * u;
        tally.downtimeHours += downtime;
        tally.uptimeHours += horizon - downtime;
        tally.outages += outages;
        tally.downtimePerHistory.add(downtime);
        tally.outagesPerHistory.add(outages);
    }

    private void reset() {
        Arrays.fill(heapTime, 0, heapSize, Long.MAX_VALUE); // empty already unless a history was abandoned
        heapSize = 0;
        rootHandled = false;
        now = 0;
        ageing = 1;
        systemDown = false;
        downStart = 0;
        downtime = 0;
        outages = 0;
        events = 0;
        criticalCount = 0;
        downVariables = 0;
        Arrays.fill(failed, false);
        Arrays.fill(threat, 0);
        Arrays.fill(rate, 0);
        Arrays.fill(since, 0);
        Arrays.fill(fixedFailed, false);
        Arrays.fill(varDown, false);
        gates.reset();
        Arrays.fill(phase, ACTIVE);
        Arrays.fill(active, 0);
        Arrays.fill(crewBusy, 0);
        waitingForCrew.clear();
        System.arraycopy(m.spareInitial, 0, stock, 0, stock.length);
        Arrays.fill(spareQueueSize, 0);
        Arrays.fill(riskActive, 0);
        Arrays.fill(commonCauseOut, false);
    }

    /** {@link #startComponent} of a plain component: a fresh life consumed at its constant rate from time 0. */
    private void startPlain(int c) {
        double life = exponentialFailureMean[c] * componentRandom[c].exponential();
        double r = m.independentShare[c]; // times the ageing factor, 1 here
        this.life[c] = life;
        if (r > 0) {
            rate[c] = r;
            stamp[c]++;
            double t = life / r;
            if (t <= horizon) {
                push(t, FAIL, c, stamp[c]);
            }
        }
    }

    private void startComponent(int c) {
        double p = m.fixedProbability[c];
        if (!Double.isNaN(p)) {
            boolean alternating = p > 0 && p < 1 && m.repairLaw[c] != null;
            boolean down = p >= 1 || p > 0 && componentRandom[c].uniform() < p;
            if (down && !alternating) {
                fixedFailed[c] = true;
                failed[c] = true;
                availabilityChanged(c);
                return;
            }
            if (down) {
                fail(c);
                return;
            }
        }
        life[c] = drawLife(c);
        refreshRate(c);
    }

    private void handle(int type, int target, int st) {
        switch (type) {
            case FAIL -> {
                if (plain[target]) {
                    failPlain(target);
                } else {
                    fail(target);
                }
            }
            case LOGISTICS -> acquireSpare(target);
            case REPAIR -> {
                if (plain[target]) {
                    repairedPlain(target);
                } else {
                    repaired(target);
                }
            }
            case SWITCH -> switchDone(target);
            case CCF -> commonCause(target, st);
            case THREAT_START -> threatStart(target);
            case THREAT_END -> threatEnd(target);
            case RESTOCK -> restock(target);
            default -> throw new IllegalStateException("event type " + type);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // time accounting and the service state

    private void advance(double t) {
        if (systemDown) {
            double dt = t - now;
            downtime += dt;
            for (int i = 0; i < criticalCount; i++) {
                tally.criticalHours[critical[i]] += dt;
            }
            for (int r = 0; r < riskActive.length; r++) {
                if (riskActive[r] > 0) {
                    tally.threatDowntimeHours[r] += dt;
                }
            }
        }
        now = t;
    }

    private boolean topFailed() {
        return gates.topFailed(varDown);
    }

    private void checkSystem() {
        boolean down = topFailed();
        if (down != systemDown) {
            systemDown = down;
            if (down) {
                outages++;
                downStart = now;
            } else {
                tally.outageDurations.add(now - downStart);
                criticalCount = 0;
            }
            if (m.noAgeingWhileSystemDown) {
                ageing = down ? 0 : 1;
                for (int c = 0; c < nComp; c++) {
                    refreshRate(c);
                }
            }
        }
        if (systemDown && structureChanged) {
            findCritical();
        }
        structureChanged = false;
    }

    /** Variables failed on their own account whose restoration alone would restore the service. */
    private void findCritical() {
        criticalCount = 0;
        findCriticalCommonCauses();
        if (downVariables == 1 && m.worksWhenAllUp) {
            int v = downList[0];
            int c = m.variableComponent[v];
            if (c < 0 || failed[c]) {
                critical[criticalCount++] = v;
            }
            return;
        }
        // the order of the critical list does not matter: each entry accumulates its own hours
        for (int i = 0; i < downVariables; i++) {
            int v = downList[i];
            int c = m.variableComponent[v];
            if (c >= 0 && !failed[c]) {
                continue; // out of service only (threat or common-cause outage): counted for no component
            }
            gates.propagate(v, -1);
            varDown[v] = false;
            boolean restores = !topFailed();
            varDown[v] = true;
            gates.propagate(v, 1);
            if (restores) {
                critical[criticalCount++] = v;
            }
        }
    }

    /**
     * Common-cause outages in progress whose end alone would restore the service. Members in a standby group are not
     * lifted (their group's switching state would have to be replayed), so such a group may count for less.
     */
    private void findCriticalCommonCauses() {
        for (int k = 0; k < commonCauseOut.length; k++) {
            if (commonCauseOut[k]) {
                liftCommonCause(k, -1);
                boolean restores = !topFailed();
                liftCommonCause(k, 1);
                if (restores) {
                    critical[criticalCount++] = nVar + k;
                }
            }
        }
    }

    /** delta -1: marks up the members kept down by group k's outage alone; +1: marks them down again. */
    private void liftCommonCause(int k, int delta) {
        for (int c : m.ccfMembers[k]) {
            int v = m.variableOf[c];
            if (v >= 0 && !failed[c] && threat[c] == 1) {
                varDown[v] = delta > 0;
                gates.propagate(v, delta);
            }
        }
    }

    private void setVar(int v, boolean down) {
        if (varDown[v] != down) {
            varDown[v] = down;
            if (down) {
                downPosition[v] = downVariables;
                downList[downVariables++] = v;
            } else {
                int moved = downList[--downVariables];
                downList[downPosition[v]] = moved;
                downPosition[moved] = downPosition[v];
            }
            structureChanged = true;
            gates.propagate(v, down ? 1 : -1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // component life

    private double desiredRate(int c) {
        if (failed[c]) {
            return 0;
        }
        double r = m.independentShare[c] * ageing;
        int g = m.standbyGroupOf[c];
        if (g >= 0 && !(phase[g] == ACTIVE && active[g] == m.standbyPosition[c])) {
            r *= m.groupDormantFactor[g];
        }
        return r;
    }

    private void refreshRate(int c) {
        double r = desiredRate(c);
        if (r == rate[c]) {
            return;
        }
        if (rate[c] > 0) {
            life[c] = Math.max(0, life[c] - (now - since[c]) * rate[c]);
        }
        since[c] = now;
        rate[c] = r;
        stamp[c]++;
        if (r > 0) {
            double t = now + life[c] / r;
            if (t <= horizon) {
                push(t, FAIL, c, stamp[c]);
            }
        }
    }

    private void fail(int c) {
        if (failed[c]) {
            return;
        }
        failed[c] = true;
        rate[c] = 0;
        stamp[c]++;
        availabilityChanged(c);
        if (m.repairLaw[c] == null) {
            return;
        }
        if (m.logisticDelayHours > 0) {
            schedule(now + m.logisticDelayHours, LOGISTICS, c);
        } else {
            acquireSpare(c);
        }
    }

    /** {@link #fail} of a plain component: its repair starts at once. */
    private void failPlain(int c) {
        failed[c] = true;
        rate[c] = 0;
        stamp[c]++;
        setVar(m.variableOf[c], true);
        schedule(now + exponentialRepairMean[c] * componentRandom[c].exponential(), REPAIR, c);
    }

    /** {@link #repaired} of a plain component: a fresh life consumed at its constant rate. */
    private void repairedPlain(int c) {
        failed[c] = false;
        setVar(m.variableOf[c], threat[c] != 0);
        double life = exponentialFailureMean[c] * componentRandom[c].exponential();
        double r = m.independentShare[c] * ageing;
        this.life[c] = life;
        since[c] = now;
        rate[c] = r;
        stamp[c]++;
        if (r > 0) {
            double t = now + life / r;
            if (t <= horizon) {
                push(t, FAIL, c, stamp[c]);
            }
        }
    }

    private void availabilityChanged(int c) {
        boolean available = !failed[c] && threat[c] == 0;
        int v = m.variableOf[c];
        if (v >= 0) {
            setVar(v, !available);
        }
        int g = m.standbyGroupOf[c];
        if (g >= 0) {
            memberChanged(g, m.standbyPosition[c], available);
        }
    }

    private void repaired(int c) {
        failed[c] = false;
        life[c] = drawLife(c);
        rate[c] = 0;
        since[c] = now;
        availabilityChanged(c);
        refreshRate(c);
        int pool = m.crewPoolOf[c];
        if (pool >= 0) {
            crewBusy[pool]--;
            int next = waitingForCrew.take(pool);
            if (next >= 0) {
                crewBusy[pool]++;
                startRepair(next);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // repair logistics

    /** One-for-one replenishment: every demand orders a replacement, which arrives after the restock time. */
    private void acquireSpare(int c) {
        int pool = m.sparePoolOf[c];
        if (pool < 0) {
            acquireCrew(c);
            return;
        }
        schedule(now + m.spareRestockHours[pool], RESTOCK, pool);
        if (stock[pool] > 0) {
            stock[pool]--;
            acquireCrew(c);
        } else {
            spareQueue[pool][spareQueueSize[pool]++] = c;
        }
    }

    private void restock(int pool) {
        if (spareQueueSize[pool] > 0) {
            int c = spareQueue[pool][0];
            System.arraycopy(spareQueue[pool], 1, spareQueue[pool], 0, --spareQueueSize[pool]);
            acquireCrew(c);
        } else {
            stock[pool]++;
        }
    }

    private void acquireCrew(int c) {
        int pool = m.crewPoolOf[c];
        if (pool < 0) {
            startRepair(c);
        } else if (crewBusy[pool] < m.crewCapacity[pool]) {
            crewBusy[pool]++;
            startRepair(c);
        } else {
            waitingForCrew.add(pool, c);
        }
    }

    private void startRepair(int c) {
        schedule(now + m.travelHours[c] + drawRepair(c), REPAIR, c);
    }

    // ---------------------------------------------------------------------------------------------------------
    // standby groups

    private boolean available(int c) {
        return !failed[c] && threat[c] == 0;
    }

    private void memberChanged(int g, int position, boolean available) {
        if (!available) {
            if (phase[g] != DOWN && active[g] == position) {
                takeOver(g);
            }
        } else if (phase[g] == DOWN) {
            phase[g] = ACTIVE;
            active[g] = position;
            groupStamp[g]++;
            setVar(m.groupVariable[g], false);
        }
        refreshMembers(g);
    }

    private void takeOver(int g) {
        int[] members = m.groupMembers[g];
        int next = -1;
        for (int i = 0; i < members.length; i++) {
            if (available(members[i])) {
                next = i;
                break;
            }
        }
        groupStamp[g]++;
        double p = m.groupSwitchFailure[g];
        if (next < 0 || p > 0 && groupRandom[g].uniform() < p) {
            phase[g] = DOWN;
            setVar(m.groupVariable[g], true);
        } else if (m.groupSwitchoverHours[g] > 0) {
            phase[g] = SWITCHING;
            active[g] = next;
            setVar(m.groupVariable[g], true);
            schedule(now + m.groupSwitchoverHours[g], SWITCH, g, groupStamp[g]);
        } else {
            phase[g] = ACTIVE;
            active[g] = next;
            setVar(m.groupVariable[g], false);
        }
    }

    private void switchDone(int g) {
        phase[g] = ACTIVE;
        setVar(m.groupVariable[g], false);
        refreshMembers(g);
    }

    private void refreshMembers(int g) {
        for (int c : m.groupMembers[g]) {
            refreshRate(c);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // shocks

    /**
     * A common-cause shock of group k, or the end of its outage. With repairable members the shock takes every member
     * out of service together for one repair time (the common cause is removed once, as in the exact engine's
     * beta-factor event, so more redundancy does not shorten it); the next shock comes after that (an alternating
     * renewal process, as the exact engine's event). Otherwise each member fails and is repaired on its own.
     */
    private void commonCause(int k, int st) {
        Law[] laws = m.ccfRepairLaws[k];
        if (laws == null) {
            scheduleShock(k);
            for (int c : m.ccfMembers[k]) {
                if (!fixedFailed[c]) {
                    fail(c);
                }
            }
            return;
        }
        structureChanged = true;
        commonCauseOut[k] = st == SHOCK;
        if (st == SHOCK_END) {
            for (int c : m.ccfMembers[k]) {
                if (--threat[c] == 0) {
                    availabilityChanged(c);
                }
            }
            scheduleShock(k);
            return;
        }
        Law law = laws[laws.length == 1 ? 0 : (int) (ccfRandom[k].uniform() * laws.length)];
        double outage = ccfRandom[k].sample(law);
        for (int c : m.ccfMembers[k]) {
            if (threat[c]++ == 0) {
                availabilityChanged(c);
            }
        }
        schedule(now + outage, CCF, k, SHOCK_END);
    }

    private void scheduleShock(int k) {
        schedule(now + ccfRandom[k].exponential() / m.ccfRatePerHour[k], CCF, k, SHOCK);
    }

    private void threatStart(int r) {
        tally.threatOccurrences[r]++;
        schedule(now + riskRandom[r].exponential() / riskRate[r], THREAT_START, r);
        riskActive[r]++;
        structureChanged = true;
        for (int c : m.riskComponents[r]) {
            if (threat[c]++ == 0) {
                availabilityChanged(c);
            }
        }
        schedule(now + riskOutage[r], THREAT_END, r);
    }

    private void threatEnd(int r) {
        riskActive[r]--;
        structureChanged = true;
        for (int c : m.riskComponents[r]) {
            if (--threat[c] == 0) {
                availabilityChanged(c);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // event heap (4-ary min-heap on time: half the depth of a binary heap, 4 % faster here; ties in a deterministic order)

    private void schedule(double t, int type, int target) {
        schedule(t, type, target, 0);
    }

    private void schedule(double t, int type, int target, int st) {
        if (t <= horizon) {
            push(t, type, target, st);
        }
    }

    private void push(double t, int type, int target, int st) {
        if (heapSize + ARITY >= heapTime.length) {
            int old = heapTime.length;
            heapTime = Arrays.copyOf(heapTime, old * 2);
            heapEvent = Arrays.copyOf(heapEvent, old * 2);
            Arrays.fill(heapTime, old, old * 2, Long.MAX_VALUE);
        }
        long[] time = heapTime;
        long[] event = heapEvent;
        long key = Double.doubleToRawLongBits(t);
        if (key < 0) { // sign bit: only a negative duration (a model that fails validation) gets here
            throw new IllegalArgumentException("an event falls at " + t + " h, before the history starts: the model has a"
                    + " negative duration (Weibull location, travel, logistic, restock or switch-over time); validate it first");
        }
        long e = (long) (target << 3 | type) << 32 | (st & 0xFFFFFFFFL);
        if (building) {
            time[heapSize] = key;
            event[heapSize++] = e;
            return;
        }
        if (rootHandled) {
            rootHandled = false;
            siftDown(0, key, e);
            return;
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (time[parent] <= key) {
                break;
            }
            time[i] = time[parent];
            event[i] = event[parent];
            i = parent;
        }
        time[i] = key;
        event[i] = e;
    }

    /**
     * Puts (key, e) at position i, whose element is removed, and moves it down to its place below i: the classic
     * sift-down. At the root this removes the root and inserts the new event in one pass (an event scheduled soon, like
     * a repair, stops near the top); bottom-up over the inner nodes it orders a whole array (Floyd's heap building).
     * Equal keys stay above the new element.
     */
    private void siftDown(int i, long key, long e) {
        long[] time = heapTime;
        long[] event = heapEvent;
        int n = heapSize;
        int child;
        while ((child = ARITY * i + 1) < n) {
            child = smallestChild(time, child);
            if (time[child] >= key) {
                break;
            }
            time[i] = time[child];
            event[i] = event[child];
            i = child;
        }
        time[i] = key;
        event[i] = e;
    }

    /**
     * The position of the smallest of the four children starting at {@code first} (the first of equal ones), chosen
     * without branches on the keys' order: the sign bit of a difference of two non-negative keys says which is smaller.
     */
    private static int smallestChild(long[] time, int first) {
        long a = time[first];
        long b = time[first + 1];
        long c = time[first + 2];
        long d = time[first + 3];
        int ab = first + (int) ((b - a) >>> 63);
        int cd = first + 2 + (int) ((d - c) >>> 63);
        return Math.min(c, d) < Math.min(a, b) ? cd : ab;
    }

    /**
     * Removes the root of the 4-ary heap (Floyd's variant): the hole left at the root moves down to a leaf along the
     * smallest children (slots past the end hold {@code Long.MAX_VALUE}, so a missing child is never chosen), then the
     * last element moves up from there. Ties are broken by position in the heap, deterministically.
     */
    private void pop() {
        int last = --heapSize;
        long[] time = heapTime;
        long[] event = heapEvent;
        long t = time[last];
        long e = event[last];
        time[last] = Long.MAX_VALUE;
        if (last == 0) {
            return;
        }
        int i = 0;
        int child;
        while ((child = ARITY * i + 1) < last) {
            child = smallestChild(time, child);
            time[i] = time[child];
            event[i] = event[child];
            i = child;
        }
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (time[parent] < t) {
                break;
            }
            time[i] = time[parent];
            event[i] = event[parent];
            i = parent;
        }
        time[i] = t;
        event[i] = e;
    }
}
