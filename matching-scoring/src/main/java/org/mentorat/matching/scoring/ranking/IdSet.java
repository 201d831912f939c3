package org.mentorat.matching.scoring.ranking;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of keys as vocabulary ids: those below 64 (the frequent keys) as bits of {@code low}, the
 * rest sorted in {@code high}, so that intersecting two sets is usually one AND and a bit count.
 * {@code size} counts every key, also those absent from the vocabulary (a mentee's), because the
 * criteria divide by the full size of the set.
 */
record IdSet(long low, int[] high, int size) {

    private static final int[] NONE = new int[0];

    static IdSet of(Collection<String> distinctKeys, Vocabulary vocabulary) {
        long low = 0;
        int[] high = NONE;
        for (String key : distinctKeys) {
            int id = vocabulary.find(key);
            if (id >= 0 && id < Long.SIZE) {
                low |= 1L << id;
            } else if (id >= Long.SIZE) {
                high = Arrays.copyOf(high, high.length + 1);
                high[high.length - 1] = id;
            }
        }
        Arrays.sort(high);
        return new IdSet(low, high, distinctKeys.size());
    }

    int intersectionCount(IdSet other) {
        int count = Long.bitCount(low & other.low);
        int[] a = high;
        int[] b = other.high;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                count++;
                i++;
                j++;
            }
        }
        return count;
    }

    boolean intersects(IdSet other) {
        return (low & other.low) != 0 || (high.length > 0 && other.high.length > 0 && intersectionCount(other) > 0);
    }

    /** The position of {@code id} among this set's ids in ascending order, or -1 when absent. */
    int rank(int id) {
        if (id < Long.SIZE) {
            long bit = 1L << id;
            return (low & bit) == 0 ? -1 : Long.bitCount(low & (bit - 1));
        }
        int position = Arrays.binarySearch(high, id);
        return position < 0 ? -1 : Long.bitCount(low) + position;
    }

}
