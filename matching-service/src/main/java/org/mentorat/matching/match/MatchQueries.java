package org.mentorat.matching.match;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.conversions.Bson;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.security.Caller;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

/** Finding matches: a person's or a program's open ones, proposals due to expire, an API listing. */
@Repository
public class MatchQueries {

    private final AggregateStore matches;

    MatchQueries(@Qualifier("matchStore") AggregateStore matches) {
        this.matches = matches;
        matches.collection().createIndex(Indexes.ascending("status", "expiresAt"));
    }

    /** Open matches in which the person takes part, on either side. */
    public List<Match> openMatchesOf(String tenantId, String personId) {
        return query(and(eq(AggregateStore.TENANT, tenantId), or(eq("mentorId", personId), eq("menteeId", personId)),
                in("status", MatchStatus.PROPOSED.name(), MatchStatus.ACCEPTED.name())), Integer.MAX_VALUE);
    }

    public List<Match> openMatchesOfEnrollment(String tenantId, String enrollmentId) {
        return query(and(eq(AggregateStore.TENANT, tenantId),
                or(eq("mentorEnrollmentId", enrollmentId), eq("menteeEnrollmentId", enrollmentId)),
                in("status", MatchStatus.PROPOSED.name(), MatchStatus.ACCEPTED.name())), Integer.MAX_VALUE);
    }

    public List<Match> openMatchesOfProgram(String tenantId, String programId) {
        return query(and(eq(AggregateStore.TENANT, tenantId), eq("programId", programId),
                in("status", MatchStatus.PROPOSED.name(), MatchStatus.ACCEPTED.name())), Integer.MAX_VALUE);
    }

    /** Unanswered proposals whose window has closed, in any tenant, oldest first. */
    public List<Due> dueToExpire(Instant now, int limit) {
        return matches.collection().find(and(eq("status", MatchStatus.PROPOSED.name()), lte("expiresAt", Date.from(now))))
                .sort(Sorts.ascending("expiresAt")).limit(limit)
                .map(d -> new Due(d.getString(AggregateStore.TENANT), d.getString("_id"))).into(new ArrayList<>());
    }

    public record Due(String tenantId, String matchId) {
    }

    List<Match> list(Caller caller, String personId, String programId, MatchStatus status) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq(AggregateStore.TENANT, caller.tenantId()));
        String person = caller.isAdmin() ? personId : caller.subject();
        if (person != null) {
            filters.add(or(eq("mentorId", person), eq("menteeId", person)));
        }
        if (programId != null) {
            filters.add(eq("programId", programId));
        }
        filters.add(status != null ? eq("status", status.name()) : ne("status", MatchStatus.PENDING.name()));
        return query(and(filters), 200);
    }

    private List<Match> query(Bson filter, int limit) {
        return matches.collection().find(filter).sort(Sorts.descending("_id")).limit(limit)
                .map(MatchDocuments::fromDocument).into(new ArrayList<>());
    }
}
