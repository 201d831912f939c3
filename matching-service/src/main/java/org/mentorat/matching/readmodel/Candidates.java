package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.matching.scoring.EventCandidates;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Repository;

/**
 * Matching's own view of enrolled mentors and mentees, built from profile events (never by calling
 * profile-service). Each enrolment document keeps the person's profile as it was registered,
 * refreshed by later profile updates ({@link PersonProfiles}). Erased candidates
 * ({@link CandidateErasure}) are never offered; seats and claims live in {@link SeatLedger}.
 */
@Repository
public class Candidates {

    static final String ERASED = "erased";
    static final String PROFILE = "profile";
    static final String PROFILE_AS_OF = "profileAsOf";

    private final MongoCollection<Document> mentors;
    private final MongoCollection<Document> mentees;

    Candidates(MongoDatabase database) {
        this.mentors = database.getCollection("mentors");
        this.mentees = database.getCollection("mentees");
        // {_id, tenantId} is what every look-up by id filters on; the embedded store only uses an
        // index whose keys equal the query's, real MongoDB uses _id either way.
        mentors.createIndex(Indexes.ascending("_id", "tenantId"), new IndexOptions().unique(true));
        mentees.createIndex(Indexes.ascending("_id", "tenantId"), new IndexOptions().unique(true));
        mentors.createIndex(Indexes.ascending("tenantId", "programId", "active"));
        mentees.createIndex(Indexes.ascending("tenantId", "programId", "status"));
        mentors.createIndex(Indexes.ascending("tenantId", "personId"));
        mentees.createIndex(Indexes.ascending("tenantId", "personId"));
    }

    public boolean record(MentorRegistered mentor, IncomingEvent event) {
        return ReadModels.applyIfNewer(mentors, mentor.enrollmentId(), event, Updates.combine(
                Updates.set("programId", mentor.programId()),
                Updates.set("personId", mentor.personId()),
                Updates.set("capacity", mentor.capacity()),
                Updates.set(PROFILE, CandidateDocuments.toDocument(EventCandidates.mentor(mentor))),
                Updates.set(PROFILE_AS_OF, Date.from(mentor.registeredAt())),
                Updates.set("registeredAt", Date.from(mentor.registeredAt())),
                Updates.setOnInsert("seatsLeft", mentor.capacity()),
                Updates.setOnInsert("seats", List.of()),
                Updates.setOnInsert("active", true)));
    }

    public boolean record(MenteeRegistered mentee, IncomingEvent event) {
        return ReadModels.applyIfNewer(mentees, mentee.enrollmentId(), event, Updates.combine(
                Updates.set("programId", mentee.programId()),
                Updates.set("personId", mentee.personId()),
                Updates.set(PROFILE, CandidateDocuments.toDocument(EventCandidates.mentee(mentee))),
                Updates.set(PROFILE_AS_OF, Date.from(mentee.registeredAt())),
                Updates.set("registeredAt", Date.from(mentee.registeredAt())),
                Updates.setOnInsert("status", Mentee.WAITING)));
    }

    /** A withdrawn mentor keeps their document (matches refer to it) but is no longer offered. */
    public void withdraw(EnrollmentWithdrawn withdrawal, IncomingEvent event) {
        if ("MENTOR".equals(withdrawal.role())) {
            ReadModels.applyIfNewer(mentors, withdrawal.enrollmentId(), event, Updates.set("active", false));
        } else {
            ReadModels.applyIfNewer(mentees, withdrawal.enrollmentId(), event, Updates.set("status", Mentee.WITHDRAWN));
        }
    }

    /** Someone who left the company is offered nowhere again. */
    public void personLeft(String tenantId, String personId) {
        mentors.updateMany(and(eq("tenantId", tenantId), eq("personId", personId)), Updates.set("active", false));
        mentees.updateMany(and(eq("tenantId", tenantId), eq("personId", personId)), Updates.set("status", Mentee.LEFT));
    }

    /** Active, unerased mentors of the program, oldest enrolment first (a stable order for ties). */
    public List<Mentor> mentors(String tenantId, String programId) {
        return mentors.find(and(eq("tenantId", tenantId), eq("programId", programId), eq("active", true),
                        ne(ERASED, true)))
                .sort(Sorts.ascending("registeredAt", "_id")).map(Mentor::fromDocument).into(new ArrayList<>());
    }

    /** Every unerased mentee of the program, whatever their status. */
    public List<Mentee> mentees(String tenantId, String programId) {
        return mentees.find(and(eq("tenantId", tenantId), eq("programId", programId), ne(ERASED, true)))
                .sort(Sorts.ascending("registeredAt", "_id")).map(Mentee::fromDocument).into(new ArrayList<>());
    }

    public List<Mentee> waitingMentees(String tenantId, String programId) {
        return mentees.find(and(eq("tenantId", tenantId), eq("programId", programId), eq("status", Mentee.WAITING),
                        ne(ERASED, true)))
                .sort(Sorts.ascending("registeredAt", "_id")).map(Mentee::fromDocument).into(new ArrayList<>());
    }

    public Optional<Mentor> mentor(String tenantId, String enrollmentId) {
        return first(mentors, and(eq("_id", enrollmentId), eq("tenantId", tenantId))).map(Mentor::fromDocument);
    }

    public Optional<Mentee> mentee(String tenantId, String enrollmentId) {
        return first(mentees, and(eq("_id", enrollmentId), eq("tenantId", tenantId))).map(Mentee::fromDocument);
    }

    /** The person's active mentor enrolment in the program, if any. */
    public Optional<Mentor> mentorByPerson(String tenantId, String programId, String personId) {
        return first(mentors, and(eq("tenantId", tenantId), eq("personId", personId), eq("programId", programId),
                eq("active", true), ne(ERASED, true))).map(Mentor::fromDocument);
    }

    /** The person's current mentee enrolment in the program (not withdrawn), if any. */
    public Optional<Mentee> menteeByPerson(String tenantId, String programId, String personId) {
        return first(mentees, and(eq("tenantId", tenantId), eq("personId", personId), eq("programId", programId),
                in("status", Mentee.WAITING, Mentee.MATCHED), ne(ERASED, true))).map(Mentee::fromDocument);
    }

    /** These mentors, if still active and unerased, in the order asked. */
    public List<Mentor> activeMentorsByEnrollment(String tenantId, List<String> enrollmentIds) {
        java.util.Map<String, Mentor> found = new java.util.HashMap<>();
        mentors.find(and(in("_id", enrollmentIds), eq("tenantId", tenantId), eq("active", true), ne(ERASED, true)))
                .map(Mentor::fromDocument).forEach(mentor -> found.put(mentor.enrollmentId(), mentor));
        return enrollmentIds.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** These mentees, unless erased. */
    public List<Mentee> menteesByEnrollment(String tenantId, Collection<String> enrollmentIds) {
        return mentees.find(and(in("_id", enrollmentIds), eq("tenantId", tenantId), ne(ERASED, true)))
                .map(Mentee::fromDocument).into(new ArrayList<>());
    }

    private static Optional<Document> first(MongoCollection<Document> collection, Bson filter) {
        return Optional.ofNullable(collection.find(filter).first());
    }
}
