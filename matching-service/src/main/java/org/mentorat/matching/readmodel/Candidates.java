package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Repository;

/**
 * Matching's own view of enrolled mentors and mentees, built from profile events. A mentor's
 * {@code seatsLeft} and {@code reservedFor} make seat reservation atomic and idempotent: a seat is
 * taken for a given mentee enrolment at most once, and never below zero. Erased candidates
 * ({@link CandidateErasure}) are never proposed.
 */
@Repository
public class Candidates {

    static final String ERASED = "erased";

    private final MongoCollection<Document> mentors;
    private final MongoCollection<Document> mentees;

    Candidates(MongoDatabase database) {
        this.mentors = database.getCollection("mentors");
        this.mentees = database.getCollection("mentees");
        mentors.createIndex(Indexes.ascending("tenantId", "programId", "seatsLeft"));
        mentees.createIndex(Indexes.ascending("tenantId", "programId", "status"));
    }

    public void record(MentorRegistered mentor, IncomingEvent event) {
        ReadModels.applyIfNewer(mentors, mentor.enrollmentId(), event, Updates.combine(
                Updates.set("programId", mentor.programId()),
                Updates.set("personId", mentor.personId()),
                Updates.set("capacity", mentor.capacity()),
                Updates.set("topics", mentor.topics()),
                Updates.set("languages", mentor.languages()),
                Updates.set("department", mentor.department()),
                Updates.set("registeredAt", Date.from(mentor.registeredAt())),
                Updates.setOnInsert("seatsLeft", mentor.capacity()),
                Updates.setOnInsert("reservedFor", List.of())));
    }

    public void record(MenteeRegistered mentee, IncomingEvent event) {
        ReadModels.applyIfNewer(mentees, mentee.enrollmentId(), event, Updates.combine(
                Updates.set("programId", mentee.programId()),
                Updates.set("personId", mentee.personId()),
                Updates.set("topicsWanted", mentee.topicsWanted()),
                Updates.set("languages", mentee.languages()),
                Updates.set("department", mentee.department()),
                Updates.set("goals", mentee.goals()),
                Updates.set("registeredAt", Date.from(mentee.registeredAt())),
                Updates.setOnInsert("status", Mentee.WAITING)));
    }

    public List<Mentor> mentorsWithSeats(String tenantId, String programId) {
        return mentors.find(and(eq("tenantId", tenantId), eq("programId", programId), gt("seatsLeft", 0),
                        ne(ERASED, true)))
                .sort(Sorts.ascending("registeredAt"))
                .map(Mentor::fromDocument)
                .into(new ArrayList<>());
    }

    public Optional<Mentor> mentorReservedFor(String tenantId, String menteeEnrollmentId) {
        return Optional.ofNullable(mentors.find(and(eq("tenantId", tenantId), eq("reservedFor", menteeEnrollmentId)))
                .first()).map(Mentor::fromDocument);
    }

    /** Takes one of the mentor's seats for this mentee enrolment; false if none is left. */
    public boolean reserveSeat(String tenantId, String mentorEnrollmentId, String menteeEnrollmentId) {
        return mentors.findOneAndUpdate(
                and(eq("_id", mentorEnrollmentId), eq("tenantId", tenantId), gt("seatsLeft", 0),
                        ne("reservedFor", menteeEnrollmentId)),
                Updates.combine(Updates.inc("seatsLeft", -1), Updates.push("reservedFor", menteeEnrollmentId)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)) != null;
    }

    public List<Mentee> waitingMentees(String tenantId, String programId) {
        return mentees.find(and(eq("tenantId", tenantId), eq("programId", programId), eq("status", Mentee.WAITING),
                        ne(ERASED, true)))
                .sort(Sorts.ascending("registeredAt"))
                .map(Mentee::fromDocument)
                .into(new ArrayList<>());
    }

    /** The mentee, unless they were erased. */
    public Optional<Mentee> mentee(String tenantId, String enrollmentId) {
        return Optional.ofNullable(mentees.find(and(eq("_id", enrollmentId), eq("tenantId", tenantId),
                        ne(ERASED, true))).first())
                .map(Mentee::fromDocument);
    }

    public void markProposed(String tenantId, String menteeEnrollmentId) {
        mentees.updateOne(and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId)),
                Updates.set("status", Mentee.PROPOSED));
    }
}
