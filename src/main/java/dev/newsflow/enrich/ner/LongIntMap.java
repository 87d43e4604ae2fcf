package dev.newsflow.enrich.ner;

import java.util.Arrays;

/**
 * Open-addressing map from non-zero long keys to int values (linear probing, power-of-two capacity). Key 0 marks
 * an empty slot, which is why feature hashes are never 0. Not thread-safe for writes; concurrent reads of a map
 * no longer written are safe.
 */
final class LongIntMap {

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or -1 when absent. */
    int get(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Sets {@code key} to {@code value}; {@code key} must not be 0. */
    void put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** Adds {@code delta} to the value of {@code key} (absent keys count as 0) and returns the new value. */
    int increment(long key, int delta) {
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            put(key, delta);
            return delta;
        }
        values[slot] += delta;
        return values[slot];
    }

    /** All keys, sorted ascending (a deterministic order for writing). */
    long[] sortedKeys() {
        long[] out = new long[size];
        int j = 0;
        for (long k : keys) {
            if (k != 0) {
                out[j++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                put(oldKeys[s], oldValues[s]);
            }
        }
    }
}
