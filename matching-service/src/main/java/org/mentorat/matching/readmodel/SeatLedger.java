package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Who holds what: a mentor's seats and a mentee's open match, each changed by one conditional
 * single-document update, so that capacity can never be over-allocated however many requests race,
 * and every step is keyed by the match id, so that repeating it after a crash changes nothing.
 */
@Repository
public class SeatLedger {

    private final MongoCollection<Document> mentors;
    private final MongoCollection<Document> mentees;

    SeatLedger(MongoDatabase database) {
        this.mentors = database.getCollection("mentors");
        this.mentees = database.getCollection("mentees");
    }

    /** Takes one of the mentor's seats for this match; true also when the match already holds one. */
    public boolean reserveSeat(String tenantId, String mentorEnrollmentId, String matchId, Instant at) {
        Document taken = mentors.findOneAndUpdate(
                and(eq("_id", mentorEnrollmentId), eq("tenantId", tenantId), eq("active", true), gt("seatsLeft", 0),
                        ne(Candidates.ERASED, true), ne("seats.matchId", matchId)),
                Updates.combine(Updates.inc("seatsLeft", -1),
                        Updates.push("seats", new Document("matchId", matchId).append("at", Date.from(at)))));
        return taken != null || holdsSeat(tenantId, mentorEnrollmentId, matchId);
    }

    /** Gives the match's seat back; a second call finds no seat held and changes nothing. */
    public void releaseSeat(String tenantId, String mentorEnrollmentId, String matchId) {
        mentors.updateOne(and(eq("_id", mentorEnrollmentId), eq("tenantId", tenantId), eq("seats.matchId", matchId)),
                Updates.combine(Updates.inc("seatsLeft", 1),
                        Updates.pull("seats", Filters.eq("matchId", matchId))));
    }

    public boolean holdsSeat(String tenantId, String mentorEnrollmentId, String matchId) {
        return mentors.find(and(eq("_id", mentorEnrollmentId), eq("tenantId", tenantId), eq("seats.matchId", matchId)))
                .first() != null;
    }

    /** Marks a waiting mentee as held by this match; true also when this match already holds them. */
    public boolean claimMentee(String tenantId, String menteeEnrollmentId, String matchId) {
        Document claimed = mentees.findOneAndUpdate(
                and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId), eq("status", Mentee.WAITING),
                        ne(Candidates.ERASED, true)),
                Updates.combine(Updates.set("status", Mentee.MATCHED), Updates.set("openMatchId", matchId)));
        return claimed != null || mentees.find(and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId),
                eq("openMatchId", matchId), eq("status", Mentee.MATCHED))).first() != null;
    }

    /** The mentee waits again, unless another match holds them meanwhile or they left the program. */
    public void releaseMentee(String tenantId, String menteeEnrollmentId, String matchId) {
        mentees.updateOne(and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId), eq("openMatchId", matchId),
                        eq("status", Mentee.MATCHED)),
                Updates.combine(Updates.unset("openMatchId"), Updates.set("status", Mentee.WAITING)));
        mentees.updateOne(and(eq("_id", menteeEnrollmentId), eq("tenantId", tenantId), eq("openMatchId", matchId)),
                Updates.unset("openMatchId"));
    }
}
