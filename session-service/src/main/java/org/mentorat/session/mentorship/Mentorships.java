package org.mentorat.session.mentorship;

import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The mentorships a caller may see. Someone else's mentorship is reported exactly like a missing
 * one (404, not 403): who mentors whom is personal, and an id should not confirm that a pairing
 * exists to a colleague who is not part of it.
 */
@Service
public class Mentorships {

    private final MentorshipStore store;

    Mentorships(MentorshipStore store) {
        this.store = store;
    }

    public Mentorship visibleTo(Caller caller, String id) {
        return store.find(caller.tenantId(), id)
                .filter(mentorship -> mentorship.isVisibleTo(caller))
                .orElseThrow(() -> new ResourceNotFoundException("mentorship", id));
    }

    MentorshipPage search(Caller caller, MentorshipSearch search) {
        return new MentorshipPage(
                store.search(caller.tenantId(), search).stream().map(MentorshipResponse::of).toList(),
                search.page(), search.size(), store.count(caller.tenantId(), search));
    }
}
