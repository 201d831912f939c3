package org.mentorat.platform.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/** Recognises the driver's duplicate-key error, used for create-once effects and unique keys. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(RuntimeException e) {
        return e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    /** Runs a create-once write; a duplicate (a replayed event) is not an error. */
    public static boolean insertOnce(Runnable insert) {
        try {
            insert.run();
            return true;
        } catch (MongoWriteException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
