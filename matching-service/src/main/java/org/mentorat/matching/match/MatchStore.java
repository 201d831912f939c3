package org.mentorat.matching.match;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.conversions.Bson;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Repository;

/**
 * The matches collection: its field names and every query on it; the record is mapped by the
 * kit's codecs. Each write is one versioned single-document update that stores the new state
 * with its events.
 */
@Repository
class MatchStore {

    private static final String ID = "_id";
    private static final String STATUS = "status";
    private static final List<String> OPEN = List.of(MatchStatus.PROPOSED.name(), MatchStatus.ACCEPTED.name());

    private final RecordStore<Match> matches;

    MatchStore(RecordStore<Match> matches) {
        this.matches = matches;
        // named as the driver names it, so that databases created before keep their index
        matches.index("status_1_expiresAt_1", Indexes.ascending(STATUS, "expiresAt"), false);
    }

    /** Stores a PENDING match (no event); false if a match of that id exists already. */
    boolean insertPending(Match pending) {
        return matches.insertOnce(Changed.of(pending));
    }

    Optional<Match> find(String tenantId, String matchId) {
        return matches.find(tenantId, matchId);
    }

    /** The decision's state and events, if the match is still at the version it was decided on. */
    boolean store(Changed<Match> decision) {
        return matches.update(decision);
    }

    /** PENDING matches proposed before {@code before}, in any tenant. */
    List<Match> pendingSince(Instant before, int limit) {
        List<Match> pending = new ArrayList<>();
        matches.documents().find(and(eq(STATUS, MatchStatus.PENDING.name()), lte("proposedAt", Date.from(before))))
                .projection(Projections.include(AggregateStore.TENANT)).limit(limit)
                .forEach(d -> find(d.getString(AggregateStore.TENANT), d.getString(ID))
                        .ifPresent(pending::add));
        return pending;
    }

    /** Forgets a match that is still PENDING; one that moved on stays. */
    void deleteIfPending(String tenantId, String matchId) {
        matches.documents().deleteOne(and(eq(ID, matchId), eq(AggregateStore.TENANT, tenantId),
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
        return matches.documents().find(and(eq(STATUS, MatchStatus.PROPOSED.name()), lte("expiresAt", Date.from(now))))
                .projection(Projections.include(AggregateStore.TENANT)).sort(Sorts.ascending("expiresAt")).limit(limit)
                .map(d -> new MatchQueries.Due(d.getString(AggregateStore.TENANT), d.getString(ID)))
                .into(new ArrayList<>());
    }

    /** Newest first; a null person, program or status does not filter; PENDING ones only when asked for. */
    List<Match> list(String tenantId, String personId, String programId, MatchStatus status, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (personId != null) {
            filters.add(or(eq("mentorId", personId), eq("menteeId", personId)));
        }
        if (programId != null) {
            filters.add(eq("programId", programId));
        }
        filters.add(status != null ? eq(STATUS, status.name()) : ne(STATUS, MatchStatus.PENDING.name()));
        return matches.list(tenantId, and(filters), Sorts.descending(ID), 0, limit);
    }

    private List<Match> open(String tenantId, Bson filter) {
        return matches.list(tenantId, and(filter, in(STATUS, OPEN)), Sorts.descending(ID), 0, 0);
    }
}
