package org.mentorat.matching.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.pool.CandidatePools;
import org.mentorat.matching.readmodel.CandidatesChanged;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.scoring.ranking.MentorRanking;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A program's mentors prepared for fast ranking, kept for a short while per program. It only
 * draws up a shortlist: seats, rules and history change every minute, so {@link Suggestions}
 * checks every shortlisted pair again against fresh data before showing it. A mentor who gained a
 * seat meanwhile joins the shortlists when the entry is rebuilt.
 */
@Component
public class RankingCache {

    private final CandidatePools pools;
    private final Clock clock;
    private final Duration keepFor;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RankingCache(CandidatePools pools, Clock clock,
            SuggestionSettings settings) {
        this.pools = pools;
        this.clock = clock;
        this.keepFor = settings.rankingCacheTtl();
    }

    /** Enrolment ids of the mentee's best {@code k} mentors as of the cached preparation, best first. */
    List<String> shortlist(String tenantId, Program program, Mentee mentee, PairHistory history, int k) {
        Entry entry = entries.compute(tenantId + ":" + program.programId(), (key, current) ->
                current != null && current.builtAt().plus(keepFor).isAfter(clock.instant())
                        ? current : build(tenantId, program));
        return entry.ranking().top(mentee.profile(), history, k).stream()
                .map(ranked -> entry.mentors().get(ranked.index()).enrollmentId()).toList();
    }

    /**
     * Drops the tenant's prepared rankings after a change that could add a mentor to a shortlist
     * (a registration, a seat given back, a profile change); other changes are caught by the
     * fresh check, and on other instances by the entry's short life.
     */
    void forget(String tenantId) {
        entries.keySet().removeIf(key -> key.startsWith(tenantId + ":"));
    }

    @EventListener
    void on(CandidatesChanged changed) {
        forget(changed.tenantId());
    }

    private Entry build(String tenantId, Program program) {
        CandidatePool pool = pools.forMentees(tenantId, program, List.of());
        return new Entry(pool.ranking(pool.mentors()), pool.mentors(), clock.instant());
    }

    private record Entry(MentorRanking ranking, List<Mentor> mentors, Instant builtAt) {
    }
}
