package org.nines.analysis.simulation;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The random stream of one model element (component, standby group, common-cause group, risk) in one history: SplitMix64
 * (Steele, Lea &amp; Flood 2014; passes BigCrush) started at a point that depends only on the master seed, the history's
 * number and the element's id. This gives common random numbers across what-if alternatives: history n of every
 * alternative draws the same failures and repairs for an element with the same id, whatever other elements were added,
 * removed or changed, so differences between alternatives are not sampling noise. Restarted for every history, so an
 * element that draws more in one alternative does not shift its draws in the following histories. Not thread-safe.
 */
final class KeyedStream implements UniformRandomProvider {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private final long key;
    private long state;

    /** @param key {@link #key(String, String)} of the element */
    KeyedStream(long key) {
        this.key = key;
    }

    /** Restarts the stream for history {@code history} of a run with master seed {@code seed}. */
    void restart(long seed, long history) {
        restart(historyBase(seed, history));
    }

    /**
     * Restarts the stream for a history given by its {@link #historyBase(long, long)}, the same for every element (so
     * a simulator computes it once per history); same state as {@link #restart(long, long)}.
     */
    void restart(long historyBase) {
        state = mix(historyBase ^ key);
    }

    /** The part of the starting point that depends only on the master seed and the history's number. */
    static long historyBase(long seed, long history) {
        return mix(seed ^ GOLDEN_GAMMA) + history * GOLDEN_GAMMA;
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /**
     * @param kind element kind ("component", "standby", "ccf", "risk"): elements of different kinds with equal ids get
     *             different streams
     * @return a 64-bit key of the element, the same in every run and JVM (FNV-1a of the text, then mixed)
     */
    static long key(String kind, String id) {
        long h = 0xcbf29ce484222325L;
        String text = kind + ':' + (id == null ? "" : id);
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser (Stafford's variant 13). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
