package org.mentorat.matching.match;

import java.time.Instant;
import java.util.List;
import org.mentorat.platform.security.Caller;
import org.springframework.stereotype.Service;

/** Finding matches: a person's or a program's open ones, proposals due to expire, an API listing. */
@Service
public class MatchQueries {

    static final int LISTED = 200;

    private final MatchStore store;

    MatchQueries(MatchStore store) {
        this.store = store;
    }

    /** Open matches in which the person takes part, on either side. */
    public List<Match> openMatchesOf(String tenantId, String personId) {
        return store.openOfPerson(tenantId, personId);
    }

    public List<Match> openMatchesOfEnrollment(String tenantId, String enrollmentId) {
        return store.openOfEnrollment(tenantId, enrollmentId);
    }

    public List<Match> openMatchesOfProgram(String tenantId, String programId) {
        return store.openOfProgram(tenantId, programId);
    }

    /** Unanswered proposals whose window has closed, in any tenant, oldest first. */
    public List<Due> dueToExpire(Instant now, int limit) {
        return store.dueToExpire(now, limit);
    }

    public record Due(String tenantId, String matchId) {
    }

    /** A participant sees only their own matches, whatever person they ask for. */
    List<Match> list(Caller caller, String personId, String programId, MatchStatus status) {
        return store.list(caller.tenantId(), caller.isAdmin() ? personId : caller.subject(), programId, status, LISTED);
    }
}
