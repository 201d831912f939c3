package org.mentorat.matching.match;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Contribution;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.Reason;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.outbox.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

/**
 * The matches collection: its fields, its mapping and every query on it. Each write is one
 * versioned single-document update that stores the new state with its events. The mapping is
 * written out because the document keeps the explanation as it was proposed and dates as BSON
 * dates, and because the kit's record mapping has not landed yet.
 */
@Repository
class MatchStore {

    private static final String STATUS = "status";
    private static final List<String> OPEN = List.of(MatchStatus.PROPOSED.name(), MatchStatus.ACCEPTED.name());

    private final AggregateStore matches;

    MatchStore(@Qualifier("matchAggregates") AggregateStore matches) {
        this.matches = matches;
        matches.collection().createIndex(Indexes.ascending(STATUS, "expiresAt"));
    }

    /** Stores a PENDING match (no event); false if a match of that id exists already. */
    boolean insertPending(String tenantId, Match pending) {
        return DuplicateKeys.insertOnce(() -> matches.insert(tenantId, pending.id(), toDocument(pending),
                List.of()));
    }

    Optional<Match> find(String tenantId, String matchId) {
        return matches.find(tenantId, matchId).map(MatchStore::fromDocument);
    }

    /** PENDING → PROPOSED with MatchProposed; false if the match moved on meanwhile. */
    boolean promote(String tenantId, Match pending, Match proposed) {
        return matches.update(tenantId, pending.id(), pending.version(),
                Updates.set(STATUS, MatchStatus.PROPOSED.name()), proposed.proposalEvents());
    }

    /** The decision's state and events, if {@code current} is still the stored version. */
    boolean store(String tenantId, Match current, Match.Decision decision) {
        Match next = decision.match();
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set(STATUS, next.status().name()),
                Updates.set("mentorAccepted", next.mentorAccepted()),
                Updates.set("menteeAccepted", next.menteeAccepted())));
        if (next.closedAt() != null) {
            changes.add(Updates.set("closedAt", Date.from(next.closedAt())));
            changes.add(Updates.set("closedReason", next.closedReason()));
        }
        return matches.update(tenantId, current.id(), current.version(), Updates.combine(changes), decision.events());
    }

    /** PENDING matches proposed before {@code before}, in any tenant. */
    List<Stale> pendingSince(Instant before, int limit) {
        return matches.collection().find(and(eq(STATUS, MatchStatus.PENDING.name()),
                lte("proposedAt", Date.from(before)))).limit(limit)
                .map(d -> new Stale(d.getString(AggregateStore.TENANT), fromDocument(d))).into(new ArrayList<>());
    }

    record Stale(String tenantId, Match match) {
    }

    /** Forgets a match that is still PENDING; one that moved on stays. */
    void deleteIfPending(String tenantId, String matchId) {
        matches.collection().deleteOne(and(eq("_id", matchId), eq(AggregateStore.TENANT, tenantId),
                eq(STATUS, MatchStatus.PENDING.name())));
    }

    List<Match> openOfPerson(String tenantId, String personId) {
        return open(tenantId, or(eq("mentorId", personId), eq("menteeId", personId)));
    }

    List<Match> openOfEnrollment(String tenantId, String enrollmentId) {
        return open(tenantId, or(eq("mentorEnrollmentId", enrollmentId), eq("menteeEnrollmentId", enrollmentId)));
    }

    List<Match> openOfProgram(String tenantId, String programId) {
        return open(tenantId, eq("programId", programId));
    }

    /** Unanswered proposals whose window has closed, in any tenant, oldest first. */
    List<MatchQueries.Due> dueToExpire(Instant now, int limit) {
        return matches.collection().find(and(eq(STATUS, MatchStatus.PROPOSED.name()), lte("expiresAt", Date.from(now))))
                .sort(Sorts.ascending("expiresAt")).limit(limit)
                .map(d -> new MatchQueries.Due(d.getString(AggregateStore.TENANT), d.getString("_id")))
                .into(new ArrayList<>());
    }

    /** Newest first; a null person, program or status does not filter; PENDING ones only when asked for. */
    List<Match> list(String tenantId, String personId, String programId, MatchStatus status, int limit) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(AggregateStore.TENANT, tenantId));
        if (personId != null) {
            filters.add(or(eq("mentorId", personId), eq("menteeId", personId)));
        }
        if (programId != null) {
            filters.add(eq("programId", programId));
        }
        filters.add(status != null ? eq(STATUS, status.name()) : ne(STATUS, MatchStatus.PENDING.name()));
        return query(and(filters), limit);
    }

    private List<Match> open(String tenantId, Bson filter) {
        return query(and(eq(AggregateStore.TENANT, tenantId), filter, in(STATUS, OPEN)), Integer.MAX_VALUE);
    }

    private List<Match> query(Bson filter, int limit) {
        return matches.collection().find(filter).sort(Sorts.descending("_id")).limit(limit)
                .map(MatchStore::fromDocument).into(new ArrayList<>());
    }

    private static Document toDocument(Match match) {
        return new Document("programId", match.programId())
                .append("mentorId", match.mentorId())
                .append("menteeId", match.menteeId())
                .append("mentorEnrollmentId", match.mentorEnrollmentId())
                .append("menteeEnrollmentId", match.menteeEnrollmentId())
                .append("peer", match.peer())
                .append("origin", match.origin().name())
                .append("runId", match.runId())
                .append("score", match.score())
                .append("explanation", explanation(match.explanation()))
                .append("status", match.status().name())
                .append("mentorAccepted", match.mentorAccepted())
                .append("menteeAccepted", match.menteeAccepted())
                .append("proposedAt", Date.from(match.proposedAt()))
                .append("expiresAt", Date.from(match.expiresAt()));
    }

    private static Document explanation(ScoredPair scored) {
        return new Document("score", scored.score())
                .append("contributions", scored.contributions().stream().map(c -> new Document("criterion",
                        c.criterion().name()).append("value", c.value()).append("weight", c.weight())
                        .append("contribution", c.contribution())).toList())
                .append("reasons", scored.reasons().stream().map(r -> new Document("code", r.code().name())
                        .append("sentence", r.sentence())).toList());
    }

    private static ScoredPair explanation(Document d) {
        return new ScoredPair(d.getDouble("score"),
                d.getList("contributions", Document.class).stream().map(c -> new Contribution(
                        Criterion.valueOf(c.getString("criterion")), c.getDouble("value"), c.getDouble("weight"),
                        c.getDouble("contribution"))).toList(),
                d.getList("reasons", Document.class).stream().map(r -> new Reason(
                        ReasonCode.valueOf(r.getString("code")), r.getString("sentence"))).toList());
    }

    private static Match fromDocument(Document d) {
        return new Match(d.getString("_id"), d.getString("programId"), d.getString("mentorId"), d.getString("menteeId"),
                d.getString("mentorEnrollmentId"), d.getString("menteeEnrollmentId"), d.getBoolean("peer", false),
                MatchOrigin.valueOf(d.getString("origin")), d.getString("runId"),
                explanation(d.get("explanation", Document.class)), MatchStatus.valueOf(d.getString("status")),
                d.getBoolean("mentorAccepted", false), d.getBoolean("menteeAccepted", false),
                instant(d, "proposedAt"), instant(d, "expiresAt"), instant(d, "closedAt"), d.getString("closedReason"),
                ((Number) d.get("version")).longValue());
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
