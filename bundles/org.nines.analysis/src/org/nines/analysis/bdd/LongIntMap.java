package org.nines.analysis.bdd;

import java.util.Arrays;

/** Open-addressing hash map from {@code long} keys to non-negative {@code int} values (no boxing). */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap() {
        keys = new long[1 << 10];
        values = new int[1 << 10];
        Arrays.fill(values, -1);
        mask = keys.length - 1;
    }

    /** @return the value of {@code key}, or -1 */
    int get(long key) {
        int i = slot(key);
        while (values[i] >= 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Associates {@code value >= 0} with {@code key}. */
    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            rehash();
        }
        int i = slot(key);
        while (values[i] >= 0) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    void clear() {
        Arrays.fill(values, -1);
        size = 0;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    private void rehash() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        Arrays.fill(values, -1);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ov[i] >= 0) {
                put(ok[i], ov[i]);
            }
        }
    }
}
