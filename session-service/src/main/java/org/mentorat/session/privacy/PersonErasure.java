package org.mentorat.session.privacy;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.privacy.ErasureReceipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Erases what session-service holds about a person, then confirms with the kit's receipt.
 *
 * <p>What goes: the free text. The feedback comments the person wrote, and the agenda of every
 * session they took part in (an agenda is written by either participant and may hold both
 * people's words, so it is cleared whoever wrote it). What stays: mentorship and session ids,
 * status, dates, program and the pseudonymous person ids, which the program's figures need.
 * Mentorship documents hold no free text and are left as they are.
 *
 * <p>Ratings stay, still linked to their author's pseudonymous id. Once profile-service has
 * erased the person that id names nobody, so a 1..5 score attached to it is no longer personal
 * data; keeping the link keeps "one feedback per author" and {@code feedbackFrom} working, and
 * the rating counts and averages (including {@code mentorat_feedback_rating}) stay consistent
 * with the stored feedback.
 *
 * <p>Each session touched records the erasure in {@code erasures} (id, person, time, fields
 * cleared); a field of its own that the session's regular writes never overwrite. A session
 * already carrying this erasure id is skipped, so a replayed request changes nothing, and the
 * kit gives at most one receipt per erasure id. The write is versioned like every session write,
 * so a concurrent change based on the state before the erasure misses and is decided again on
 * the erased state instead of writing the agenda back. A crash between the erasure and the
 * receipt is finished by the redelivery: the erasure skips what is done and then confirms.
 */
@Component
public class PersonErasure {

    static final String ERASURES = "erasures";
    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(PersonErasure.class);

    private final AggregateStore sessions;
    private final ErasureReceipts receipts;
    private final Clock clock;

    PersonErasure(@Qualifier("sessionAggregates") AggregateStore sessions, ErasureReceipts receipts, Clock clock) {
        this.sessions = sessions;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** Handles ProfileErasureRequested; an incomplete request is rejected (and dead-lettered). */
    public void erase(ProfileErasureRequested requested, IncomingEvent event) {
        requireText(requested.erasureId(), "erasureId");
        requireText(requested.personId(), "personId");
        int erased = eraseSessions(event.tenantId(), requested.erasureId(), requested.personId());
        boolean confirmed = receipts.confirm(event.tenantId(), requested.erasureId(), requested.personId());
        log.info("erasure {} tenant={}: {} session(s) erased, receipt {}", requested.erasureId(), event.tenantId(),
                erased, confirmed ? "sent" : "already given");
    }

    /** @return how many sessions this call erased (0 on a replay) */
    int eraseSessions(String tenantId, String erasureId, String personId) {
        Bson ofPerson = and(eq(AggregateStore.TENANT, tenantId), or(eq("mentorId", personId), eq("menteeId", personId)));
        List<String> ids = sessions.collection().find(ofPerson)
                .map(document -> document.getString("_id")).into(new ArrayList<>());
        int erased = 0;
        for (String id : ids) {
            if (eraseSession(tenantId, id, erasureId, personId)) {
                erased++;
            }
        }
        return erased;
    }

    private boolean eraseSession(String tenantId, String id, String erasureId, String personId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Document session = sessions.find(tenantId, id).orElse(null);
            if (session == null || alreadyErased(session, erasureId)) {
                return false;
            }
            List<String> cleared = new ArrayList<>();
            if (session.get("agenda") != null) {
                cleared.add("agenda");
            }
            List<Document> feedback = new ArrayList<>();
            for (Document given : session.getList("feedback", Document.class, List.of())) {
                Document kept = new Document(given);
                if (personId.equals(given.getString("authorId")) && given.get("comment") != null) {
                    kept.put("comment", null);
                    cleared.add("feedback.comment");
                }
                feedback.add(kept);
            }
            Document mark = new Document("erasureId", erasureId)
                    .append("personId", personId)
                    .append("erasedAt", Date.from(clock.instant()))
                    .append("cleared", cleared);
            Bson change = Updates.combine(Updates.set("agenda", null), Updates.set("feedback", feedback),
                    Updates.push(ERASURES, mark));
            if (sessions.update(tenantId, id, session.getLong(AggregateStore.VERSION), change, List.of())) {
                return true;
            }
        }
        throw new IllegalStateException("session " + id + " kept changing during erasure " + erasureId);
    }

    private static boolean alreadyErased(Document session, String erasureId) {
        return session.getList(ERASURES, Document.class, List.of()).stream()
                .anyMatch(mark -> erasureId.equals(mark.getString("erasureId")));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ProfileErasureRequested lacks " + name);
        }
    }
}
