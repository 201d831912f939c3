package org.mentorat.session.meeting;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.outbox.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Session documents: state, feedback and outbox in one document, always within one tenant. */
@Component
class SessionStore {

    private final AggregateStore aggregates;

    SessionStore(@Qualifier("sessionAggregates") AggregateStore aggregates) {
        this.aggregates = aggregates;
        aggregates.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, "mentorshipId"),
                new IndexOptions().name("mentorship"));
    }

    void insert(Session.Change scheduled) {
        Session session = scheduled.session();
        aggregates.insert(session.tenantId(), session.id(), stateOf(session), scheduled.events());
    }

    /** @return false when someone else changed the session since it was read: nothing was written */
    boolean update(Session.Change change) {
        Session session = change.session();
        List<Bson> sets = stateOf(session).entrySet().stream()
                .map((Map.Entry<String, Object> field) -> Updates.set(field.getKey(), field.getValue()))
                .toList();
        return aggregates.update(session.tenantId(), session.id(), session.version(), Updates.combine(sets),
                change.events());
    }

    Optional<Session> find(String tenantId, String id) {
        return aggregates.find(tenantId, id).map(SessionStore::fromDocument);
    }

    private static Document stateOf(Session session) {
        return new Document("mentorshipId", session.mentorshipId())
                .append("programId", session.programId())
                .append("mentorId", session.mentorId())
                .append("menteeId", session.menteeId())
                .append("startsAt", Date.from(session.plan().startsAt()))
                .append("durationMinutes", session.plan().durationMinutes())
                .append("agenda", session.plan().agenda())
                .append("status", session.status().name())
                .append("completedAt", dateOf(session.completedAt()))
                .append("cancelledAt", dateOf(session.cancelledAt()))
                .append("feedback", session.feedback().stream().map(SessionStore::feedbackDocument).toList());
    }

    private static Document feedbackDocument(Feedback feedback) {
        return new Document("id", feedback.id())
                .append("authorId", feedback.authorId())
                .append("rating", feedback.rating())
                .append("comment", feedback.comment())
                .append("submittedAt", Date.from(feedback.submittedAt()));
    }

    private static Session fromDocument(Document document) {
        SessionPlan plan = new SessionPlan(document.getDate("startsAt").toInstant(),
                document.getInteger("durationMinutes"), document.getString("agenda"));
        List<Feedback> feedback = document.getList("feedback", Document.class, List.of()).stream()
                .map(given -> new Feedback(given.getString("id"), given.getString("authorId"),
                        given.getInteger("rating"), given.getString("comment"),
                        given.getDate("submittedAt").toInstant()))
                .toList();
        return new Session(document.getString("_id"), document.getString(AggregateStore.TENANT),
                document.getString("mentorshipId"), document.getString("programId"), document.getString("mentorId"),
                document.getString("menteeId"), plan, SessionStatus.valueOf(document.getString("status")),
                instantOf(document.getDate("completedAt")), instantOf(document.getDate("cancelledAt")), feedback,
                document.getLong(AggregateStore.VERSION));
    }

    private static Date dateOf(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instantOf(Date date) {
        return date == null ? null : date.toInstant();
    }
}
