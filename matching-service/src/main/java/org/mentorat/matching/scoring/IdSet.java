package org.mentorat.matching.scoring;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.ToIntFunction;

/**
 * A set of keys as sorted vocabulary ids. {@code size} counts every key, also those absent from
 * the vocabulary (a mentee's), because the criteria divide by the full size of the set.
 */
record IdSet(int[] ids, int size) {

    static final IdSet EMPTY = new IdSet(new int[0], 0);

    static IdSet of(Collection<String> distinctKeys, ToIntFunction<String> idOf) {
        int[] ids = distinctKeys.stream().mapToInt(idOf).filter(id -> id >= 0).sorted().toArray();
        return new IdSet(ids, distinctKeys.size());
    }

    int intersectionCount(IdSet other) {
        int[] a = ids;
        int[] b = other.ids;
        int count = 0;
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
        return intersectionCount(other) > 0;
    }

    boolean contains(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }
}
