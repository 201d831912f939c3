package org.mentorat.matching.readmodel;

import java.util.Collection;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.springframework.stereotype.Service;

/** Pairs that must not be proposed again: declined or ended before, or explicitly blocked. */
@Service
public class PairHistories {

    private final PairHistoryStore store;

    PairHistories(PairHistoryStore store) {
        this.store = store;
    }

    public void declinedOrEnded(String tenantId, String personId, String otherPersonId) {
        store.declinedOrEnded(tenantId, personId, otherPersonId);
    }

    public void block(String tenantId, String personId, String otherPersonId) {
        store.block(tenantId, personId, otherPersonId);
    }

    public void unblock(String tenantId, String personId, String otherPersonId) {
        store.unblock(tenantId, personId, otherPersonId);
    }

    /** The history of these people (typically one mentee, or a whole cohort's mentees). */
    public PairHistory of(String tenantId, Collection<String> personIds) {
        return store.of(tenantId, personIds);
    }
}
