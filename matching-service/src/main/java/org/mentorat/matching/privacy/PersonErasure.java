package org.mentorat.matching.privacy;

import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.matching.lifecycle.Leavers;
import org.mentorat.matching.readmodel.CandidateErasure;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.springframework.stereotype.Service;

/**
 * Erases what matching holds about a person, then confirms with the kit's receipt. Each feature
 * erases its own documents: the lifecycle ends the person's open matches (whoever they were paired
 * with is freed), the read model scrubs their candidate documents, org-chart entry and last profile
 * change. Erase first, confirm second: a crash in between repeats the idempotent erasure, then
 * confirms, and the kit gives at most one receipt per erasure id.
 */
@Service
class PersonErasure {

    private final Leavers leavers;
    private final CandidateErasure candidates;
    private final ErasureReceipts receipts;

    PersonErasure(Leavers leavers, CandidateErasure candidates, ErasureReceipts receipts) {
        this.leavers = leavers;
        this.candidates = candidates;
        this.receipts = receipts;
    }

    void erase(ProfileErasureRequested request, IncomingEvent event) {
        leavers.left(event.tenantId(), request.personId());
        candidates.erase(event.tenantId(), request.personId(), request.erasureId());
        receipts.confirm(event.tenantId(), request.erasureId(), request.personId());
    }
}
