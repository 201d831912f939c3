package org.mentorat.session.meeting;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Indexes.ascending;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Component;

/** Sessions: state, feedback and outbox in one document, mapped from the record, always within one tenant. */
@Component
class SessionStore {

    private final RecordStore<Session> sessions;

    SessionStore(RecordStore<Session> sessions) {
        this.sessions = sessions;
        sessions.index("mentorship", ascending("tenantId", "mentorshipId"), false);
    }

    void insert(Changed<Session> scheduled) {
        sessions.insert(scheduled);
    }

    /** @return false when a session with this (derived) id exists already: nothing was written */
    boolean insertOnce(Changed<Session> scheduled) {
        return sessions.insertOnce(scheduled);
    }

    Session decide(Supplier<Session> load, Function<Session, Changed<Session>> decision) {
        return sessions.decide(load, decision).state();
    }

    Optional<Session> find(String tenantId, String id) {
        return sessions.find(tenantId, id);
    }

    List<Session> ofMentorship(String tenantId, String mentorshipId) {
        return sessions.list(tenantId, eq("mentorshipId", mentorshipId), ascending("plan.startsAt"), 0, 500);
    }

    /** Sessions that name the person: as mentor, as the first mentee (older documents) or among the mentees. */
    List<Session> ofParticipant(String tenantId, String personId) {
        return sessions.list(tenantId, or(eq("mentorId", personId), eq("menteeId", personId),
                eq("menteeIds", personId)));
    }
}
