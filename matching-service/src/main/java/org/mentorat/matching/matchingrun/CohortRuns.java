package org.mentorat.matching.matchingrun;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.matching.match.MatchOrigin;
import org.mentorat.matching.match.MatchStatus;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.match.Proposal;
import org.mentorat.matching.match.ProposalOutcome;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.pool.CandidatePools;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.OptimizeFor;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.readmodel.Programs;
import org.mentorat.matching.scoring.vocabulary.PairAssessment;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs a program's cohort in the background and publishes the reviewed draft. Computing has no
 * effect outside the run's own documents, so a run interrupted by a crash is simply computed again
 * at start-up; publishing proposes each pair under an id derived from the run and the mentee, so a
 * publication interrupted half-way is finished by the next attempt without proposing anyone twice.
 */
@Service
class CohortRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CohortRuns.class);

    private final MatchingRuns runs;
    private final RunLineStore proposals;
    private final Programs programs;
    private final Candidates candidates;
    private final CandidatePools pools;
    private final Matches matches;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("cohort-run").daemon().factory());

    CohortRuns(MatchingRuns runs, RunLineStore proposals, Programs programs, Candidates candidates,
            CandidatePools pools, Matches matches) {
        this.runs = runs;
        this.proposals = proposals;
        this.programs = programs;
        this.candidates = candidates;
        this.pools = pools;
        this.matches = matches;
    }

    MatchingRun start(String tenantId, Program program, OptimizeFor optimizeFor, String requestedBy) {
        MatchingRun run = runs.start(tenantId, program, optimizeFor, requestedBy);
        executor.execute(() -> compute(tenantId, run.id()));
        return run;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        for (MatchingRun run : runs.withStatus(RunStatus.RUNNING)) {
            executor.execute(() -> compute(run.tenantId(), run.id()));
        }
        for (MatchingRun run : runs.withStatus(RunStatus.PUBLISHING)) {
            executor.execute(() -> publishLines(run.tenantId(), run.id()));
        }
    }

    private void compute(String tenantId, String runId) {
        MatchingRun run = runs.get(tenantId, runId);
        try {
            Program program = programs.find(tenantId, run.programId()).orElseThrow();
            List<Mentee> mentees = candidates.waitingMentees(tenantId, program.programId());
            CandidatePool pool = pools.forMentees(tenantId, program, mentees);
            CohortMode mode = run.optimizeFor() == OptimizeFor.COVERAGE
                    ? CohortMode.COVERAGE_FIRST : CohortMode.QUALITY_FIRST;
            CohortAssignment.Result result = program.peer()
                    ? PeerAssignment.assign(pool, mentees, mode)
                    : CohortAssignment.assign(pool, mentees, mode);
            proposals.store(tenantId, runId, result.lines());
            runs.completed(run, result.figures());
            log.info("tenant={} run={} program={} drafted: {} of {} mentees matched", tenantId, runId,
                    program.programId(), result.figures().matched(), result.figures().mentees());
        } catch (RuntimeException e) {
            log.error("tenant={} run={} failed", tenantId, runId, e);
            runs.failed(runs.get(tenantId, runId), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * DRAFT → PUBLISHING now, then each pair proposed (MatchProposed) → PUBLISHED in the
     * background: a large cohort takes longer than an HTTP request may. Asking again while it is
     * PUBLISHING resumes it (after a crash, say); a run already PUBLISHED, or one of a program
     * that closed, is a conflict.
     */
    MatchingRun publish(String tenantId, String runId) {
        MatchingRun run = runs.get(tenantId, runId);
        programs.open(tenantId, run.programId());
        if (run.status() != RunStatus.PUBLISHING) {
            runs.transition(tenantId, runId, RunStatus.DRAFT, RunStatus.PUBLISHING);
        }
        executor.execute(() -> publishLines(tenantId, runId));
        return runs.get(tenantId, runId);
    }

    private synchronized void publishLines(String tenantId, String runId) {
        MatchingRun run = runs.get(tenantId, runId);
        if (run.status() != RunStatus.PUBLISHING) {
            return;
        }
        Program program = programs.find(tenantId, run.programId()).orElseThrow();
        List<Mentee> mentees = candidates.mentees(tenantId, program.programId());
        CandidatePool pool = pools.forMentees(tenantId, program, mentees);
        RunCandidates people = new RunCandidates(tenantId, program, candidates, mentees);
        Map<String, Integer> counts = new TreeMap<>();
        proposals.forEachPair(tenantId, runId, line -> counts.merge(
                proposeLine(tenantId, runId, program, pool, people, line), 1, Integer::sum));
        runs.published(tenantId, runId, counts);
        log.info("tenant={} run={} published: {}", tenantId, runId, counts);
    }

    /** Proposes one drafted pair, checking the rules and seats again: the draft may have gone stale. */
    private String proposeLine(String tenantId, String runId, Program program, CandidatePool pool,
            RunCandidates people, RunLine line) {
        Optional<Mentee> mentee = people.mentee(line.menteeEnrollmentId());
        Optional<Mentor> mentor = people.mentor(line.mentorEnrollmentId());
        if (mentee.isEmpty() || mentor.isEmpty()) {
            return "SKIPPED_UNKNOWN";
        }
        if (program.closed()) {
            return "SKIPPED_PROGRAM_CLOSED";
        }
        String matchId = UUID.nameUUIDFromBytes(("run:" + tenantId + ":" + runId + ":" + line.menteeEnrollmentId())
                .getBytes(StandardCharsets.UTF_8)).toString();
        PairAssessment assessment = pool.assess(mentee.get(), mentor.get());
        if (!(assessment instanceof ScoredPair scored)) {
            // proposing is idempotent (propose reports ALREADY_PROPOSED): only a pair that no longer
            // passes the rules needs to know whether an earlier attempt proposed it already
            return matches.find(tenantId, matchId).filter(match -> match.status() != MatchStatus.PENDING).isPresent()
                    ? "PROPOSED" : "SKIPPED_EXCLUDED";
        }
        ProposalOutcome outcome = matches.propose(tenantId, new Proposal(matchId, mentor.get(), mentee.get(), scored,
                MatchOrigin.COHORT_RUN, program.peer(), false, runId, program.proposalWindow()));
        return switch (outcome.result()) {
            case PROPOSED, ALREADY_PROPOSED -> "PROPOSED";
            case MENTEE_TAKEN -> "SKIPPED_MENTEE_TAKEN";
            case NO_SEAT -> "SKIPPED_NO_SEAT";
        };
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
