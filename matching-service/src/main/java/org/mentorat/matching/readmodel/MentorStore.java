package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Repository;

/**
 * The mentors collection: one document per mentor enrolment with its seats. A seat is taken for a
 * match id, at most once and never below zero, and given back keyed by that id, each by one
 * conditional single-document update, so capacity is never over-allocated and a retry changes
 * nothing. The person's profile inside the document is {@link ProfileStore}'s.
 */
@Repository
class MentorStore {

    private static final String ACTIVE = "active";
    private static final String SEATS = "seats";
    private static final String SEATS_LEFT = "seatsLeft";

    private final MongoCollection<Document> mentors;

    MentorStore(MongoDatabase database) {
        this.mentors = database.getCollection(ProfileStore.MENTORS);
        ProfileStore.index(mentors, ACTIVE);
    }

    void record(MentorRegistered mentor, IncomingEvent event) {
        List<Bson> changes = new ArrayList<>(ProfileStore.registered(mentor.programId(), mentor.personId(),
                EventCandidates.mentor(mentor), mentor.registeredAt()));
        changes.addAll(List.of(Updates.set("capacity", mentor.capacity()),
                Updates.setOnInsert(SEATS_LEFT, mentor.capacity()), Updates.setOnInsert(SEATS, List.of()),
                Updates.setOnInsert(ACTIVE, true)));
        ReadModels.applyIfNewer(mentors, mentor.enrollmentId(), event, Updates.combine(changes));
    }

    /** A withdrawn mentor keeps their document (matches refer to it) but is no longer offered. */
    void withdraw(String enrollmentId, IncomingEvent event) {
        ReadModels.applyIfNewer(mentors, enrollmentId, event, Updates.set(ACTIVE, false));
    }

    void personLeft(String tenantId, String personId) {
        mentors.updateMany(and(eq("tenantId", tenantId), eq("personId", personId)), Updates.set(ACTIVE, false));
    }

    /** Active, unerased mentors of the program, oldest enrolment first (a stable order for ties). */
    List<Mentor> active(String tenantId, String programId) {
        return mentors.find(and(eq("tenantId", tenantId), eq("programId", programId), eq(ACTIVE, true),
                        ne(ProfileStore.ERASED, true)))
                .sort(Sorts.ascending("registeredAt", "_id")).map(MentorStore::fromDocument).into(new ArrayList<>());
    }

    Optional<Mentor> find(String tenantId, String enrollmentId) {
        return Optional.ofNullable(mentors.find(and(eq("_id", enrollmentId), eq("tenantId", tenantId))).first())
                .map(MentorStore::fromDocument);
    }

    Optional<Mentor> activeByPerson(String tenantId, String programId, String personId) {
        return Optional.ofNullable(mentors.find(and(eq("tenantId", tenantId), eq("personId", personId),
                eq("programId", programId), eq(ACTIVE, true), ne(ProfileStore.ERASED, true))).first())
                .map(MentorStore::fromDocument);
    }

    /** These mentors, if still active and unerased, in the order asked. */
    List<Mentor> activeByEnrollment(String tenantId, List<String> enrollmentIds) {
        Map<String, Mentor> found = new HashMap<>();
        mentors.find(and(in("_id", enrollmentIds), eq("tenantId", tenantId), eq(ACTIVE, true),
                        ne(ProfileStore.ERASED, true)))
                .map(MentorStore::fromDocument).forEach(mentor -> found.put(mentor.enrollmentId(), mentor));
        return enrollmentIds.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Takes one of the mentor's seats for this match; true also when the match already holds one. */
    boolean reserveSeat(String tenantId, String mentorEnrollmentId, String matchId, Instant at) {
        Document taken = mentors.findOneAndUpdate(
                and(eq("_id", mentorEnrollmentId), eq("tenantId", tenantId), eq(ACTIVE, true), gt(SEATS_LEFT, 0),
                        ne(ProfileStore.ERASED, true), ne("seats.matchId", matchId)),
                Updates.combine(Updates.inc(SEATS_LEFT, -1),
                        Updates.push(SEATS, new Document("matchId", matchId).append("at", Date.from(at)))));
        return taken != null || holdsSeat(tenantId, mentorEnrollmentId, matchId);
    }

    /** Gives the match's seat back; a second call finds no seat held and changes nothing. */
    void releaseSeat(String tenantId, String mentorEnrollmentId, String matchId) {
        mentors.updateOne(and(eq("_id", mentorEnrollmentId), eq("tenantId", tenantId), eq("seats.matchId", matchId)),
                Updates.combine(Updates.inc(SEATS_LEFT, 1), Updates.pull(SEATS, Filters.eq("matchId", matchId))));
    }

    boolean holdsSeat(String tenantId, String mentorEnrollmentId, String matchId) {
        return mentors.find(and(eq("_id", mentorEnrollmentId), eq("tenantId", tenantId), eq("seats.matchId", matchId)))
                .first() != null;
    }

    private static Mentor fromDocument(Document document) {
        String personId = document.getString("personId");
        return new Mentor(document.getString("_id"), document.getString("programId"), personId,
                document.getInteger("capacity", 0), document.getInteger(SEATS_LEFT, 0),
                document.getBoolean(ACTIVE, true),
                ProfileStore.fromDocument(personId, document.get(ProfileStore.PROFILE, Document.class)));
    }
}
