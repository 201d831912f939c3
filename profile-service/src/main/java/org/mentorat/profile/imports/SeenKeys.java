package org.mentorat.profile.imports;

import java.nio.charset.StandardCharsets;

/**
 * Remembers which employee numbers a file has already used, in 8 bytes per row: an open-addressing
 * set of 64-bit fingerprints (about 2 MB for 100,000 rows, instead of a set of strings). A hit is
 * only "probably seen": the caller confirms it against the rows already written.
 */
final class SeenKeys {

    private long[] slots = new long[1024];
    private int size;

    /** @return false if the key was (probably) added before */
    boolean add(String key) {
        long fingerprint = fingerprint(key);
        int mask = slots.length - 1;
        for (int index = (int) fingerprint & mask; ; index = (index + 1) & mask) {
            if (slots[index] == fingerprint) {
                return false;
            }
            if (slots[index] == 0) {
                slots[index] = fingerprint;
                if (++size * 10 > slots.length * 6) {
                    grow();
                }
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long fingerprint : old) {
            if (fingerprint != 0) {
                int index = (int) fingerprint & mask;
                while (slots[index] != 0) {
                    index = (index + 1) & mask;
                }
                slots[index] = fingerprint;
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, then a SplitMix64 finaliser to spread the bits; never 0. */
    static long fingerprint(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        hash ^= hash >>> 31;
        return hash == 0 ? 1 : hash;
    }
}
