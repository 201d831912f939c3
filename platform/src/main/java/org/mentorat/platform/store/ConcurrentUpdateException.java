package org.mentorat.platform.store;

import org.mentorat.platform.web.ConflictException;

/** The aggregate kept changing under a decision, attempt after attempt: the caller may try again. */
public final class ConcurrentUpdateException extends ConflictException {

    ConcurrentUpdateException(String collection) {
        super("concurrent-update", "The " + singular(collection)
                + " kept changing while we tried to update it; please try again.");
    }

    private static String singular(String collection) {
        return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
    }
}
