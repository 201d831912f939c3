package org.mentorat.solver.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text ids numbered in order of arrival, kept as UTF-8 bytes in one growing array and found again
 * through an open-addressing table of ints: millions of look-ups without a String or a boxed key.
 */
final class Ids {

    private byte[] bytes = new byte[1 << 16];
    private int bytesUsed;
    private int[] start = new int[1 << 10];
    private int[] hash = new int[1 << 10];
    private int count;
    /** Each slot holds an id's index + 1, or 0 when empty; at most half full. */
    private int[] slots = new int[1 << 11];
    /** The id found or added last: an edge list usually gives a mentee's lines one after another. */
    private int last = -1;

    int size() {
        return count;
    }

    /** The index of the id in {@code source[from, to)}, or -1 if it was never added. */
    int find(byte[] source, int from, int to) {
        if (last >= 0 && Arrays.equals(bytes, start[last], start[last + 1], source, from, to)) {
            return last;
        }
        int h = hash(source, from, to);
        for (int slot = h & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int index = slots[slot] - 1;
            if (hash[index] == h && Arrays.equals(bytes, start[index], start[index + 1], source, from, to)) {
                last = index;
                return index;
            }
        }
        return -1;
    }

    /** Adds an id that {@link #find} does not know and returns its index. */
    int add(byte[] source, int from, int to) {
        int length = to - from;
        if (bytesUsed + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, bytesUsed + length));
        }
        if (count + 2 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
            hash = Arrays.copyOf(hash, hash.length * 2);
        }
        System.arraycopy(source, from, bytes, bytesUsed, length);
        int index = count++;
        last = index;
        start[index] = bytesUsed;
        bytesUsed += length;
        start[count] = bytesUsed;
        hash[index] = hash(source, from, to);
        if (count * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int i = 0; i < count; i++) {
                insert(i);
            }
        } else {
            insert(index);
        }
        return index;
    }

    String id(int index) {
        return new String(bytes, start[index], start[index + 1] - start[index], StandardCharsets.UTF_8);
    }

    void write(int index, OutputStream out) throws IOException {
        out.write(bytes, start[index], start[index + 1] - start[index]);
    }

    private void insert(int index) {
        int slot = hash[index] & (slots.length - 1);
        while (slots[slot] != 0) {
            slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = index + 1;
    }

    /** Polynomial hash, then mixed so that ids differing only in their last digits spread over the table. */
    private static int hash(byte[] source, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + source[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
