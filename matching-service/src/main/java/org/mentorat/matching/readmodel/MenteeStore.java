package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Repository;

/**
 * The mentees collection: one document per mentee enrolment with its status and the match holding
 * it. A match claims a waiting mentee, and gives them back, by one conditional single-document
 * update keyed by the match id. The person's profile inside the document is {@link ProfileStore}'s.
 */
@Repository
class MenteeStore {

    private static final String STATUS = "status";
    private static final String OPEN_MATCH = "openMatchId";

    private final MongoCollection<Document> mentees;

    MenteeStore(MongoDatabase database) {
        this.mentees = database.getCollection(ProfileStore.MENTEES);
        ProfileStore.index(mentees, STATUS);
    }

    void record(MenteeRegistered mentee, IncomingEvent event) {
        List<Bson> changes = new ArrayList<>(ProfileStore.registered(mentee.programId(), mentee.personId(),
                EventCandidates.mentee(mentee), mentee.registeredAt()));
        changes.add(Updates.setOnInsert(STATUS, MenteeStatus.WAITING.name()));
        ReadModels.applyIfNewer(mentees, mentee.enrollmentId(), event, Updates.combine(changes));
    }

    void withdraw(String enrollmentId, IncomingEvent event) {
        ReadModels.applyIfNewer(mentees, enrollmentId, event, Updates.set(STATUS, MenteeStatus.WITHDRAWN.name()));
    }

    void personLeft(String tenantId, String personId) {
        mentees.updateMany(and(eq("tenantId", tenantId), eq("personId", personId)),
                Updates.set(STATUS, MenteeStatus.LEFT.name()));
    }

    /** Unerased mentees of the program in this status (any if null), oldest enrolment first. */
    List<Mentee> ofProgram(String tenantId, String programId, MenteeStatus status) {
        Bson filter = status == null
                ? and(eq("tenantId", tenantId), eq("programId", programId), ne(ProfileStore.ERASED, true))
                : and(eq("tenantId", tenantId), eq("programId", programId), eq(STATUS, status.name()),
                        ne(ProfileStore.ERASED, true));
        return mentees.find(filter)
                .sort(Sorts.ascending("registeredAt", "_id")).map(MenteeStore::fromDocument).into(new ArrayList<>());
    }

    Optional<Mentee> find(String tenantId, String enrollmentId) {
        return first(and(eq("_id", enrollmentId), eq("tenantId", tenantId)));
    }

    /** The person's current enrolment in the program (waiting or matched, unerased), if any. */
    Optional<Mentee> currentByPerson(String tenantId, String programId, String personId) {
        return first(and(eq("tenantId", tenantId), eq("personId", personId), eq("programId", programId),
                in(STATUS, MenteeStatus.WAITING.name(), MenteeStatus.MATCHED.name()), ne(ProfileStore.ERASED, true)));
    }

    List<Mentee> byEnrollment(String tenantId, Collection<String> enrollmentIds) {
        return mentees.find(and(in("_id", enrollmentIds), eq("tenantId", tenantId), ne(ProfileStore.ERASED, true)))
                .map(MenteeStore::fromDocument).into(new ArrayList<>());
    }

    /** Marks a waiting mentee as held by this match; true also when this match already holds them. */
    boolean claim(String tenantId, String menteeEnrollmentId, String matchId) {
        Document claimed = mentees.findOneAndUpdate(
                and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId), eq(STATUS, MenteeStatus.WAITING.name()),
                        ne(ProfileStore.ERASED, true)),
                Updates.combine(Updates.set(STATUS, MenteeStatus.MATCHED.name()), Updates.set(OPEN_MATCH, matchId)));
        return claimed != null || mentees.find(and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId),
                eq(OPEN_MATCH, matchId), eq(STATUS, MenteeStatus.MATCHED.name()))).first() != null;
    }

    /** The mentee waits again, unless another match holds them meanwhile or they left the program. */
    void release(String tenantId, String menteeEnrollmentId, String matchId) {
        mentees.updateOne(and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId), eq(OPEN_MATCH, matchId),
                        eq(STATUS, MenteeStatus.MATCHED.name())),
                Updates.combine(Updates.unset(OPEN_MATCH), Updates.set(STATUS, MenteeStatus.WAITING.name())));
        mentees.updateOne(and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId), eq(OPEN_MATCH, matchId)),
                Updates.unset(OPEN_MATCH));
    }

    private Optional<Mentee> first(Bson filter) {
        return Optional.ofNullable(mentees.find(filter).first()).map(MenteeStore::fromDocument);
    }

    private static Mentee fromDocument(Document document) {
        String personId = document.getString("personId");
        return new Mentee(document.getString("_id"), document.getString("programId"), personId,
                MenteeStatus.valueOf(document.getString(STATUS)), document.getString(OPEN_MATCH),
                ProfileStore.fromDocument(personId, document.get(ProfileStore.PROFILE, Document.class)));
    }
}
