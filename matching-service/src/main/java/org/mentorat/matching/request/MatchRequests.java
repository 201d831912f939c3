package org.mentorat.matching.request;

import java.util.List;
import java.util.UUID;
import org.mentorat.matching.match.Match;
import org.mentorat.matching.match.MatchOrigin;
import org.mentorat.matching.match.Matches;
import org.mentorat.matching.match.Proposal;
import org.mentorat.matching.match.ProposalOutcome;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.pool.CandidatePools;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.scoring.vocabulary.ExcludedPair;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairAssessment;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.matching.suggestion.Suggestions;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/** Turns a mentee's pick (or an administrator's pairing) into a proposed match, within the rules and seats. */
@Service
class MatchRequests {

    private final Suggestions suggestions;
    private final CandidatePools pools;
    private final Matches matches;

    MatchRequests(Suggestions suggestions, CandidatePools pools, Matches matches) {
        this.suggestions = suggestions;
        this.pools = pools;
        this.matches = matches;
    }

    Match request(Caller caller, MatchRequestController.MatchRequest request) {
        String menteeId = request.menteeId() == null ? caller.subject() : request.menteeId();
        if (caller.isAdmin() && request.menteeId() == null) {
            throw new InvalidRequestException(List.of(new FieldError("menteeId", "an administrator must name the mentee")));
        }
        Program program = suggestions.openProgram(caller, request.programId());
        Mentee mentee = suggestions.mentee(caller, program, menteeId);
        if (!caller.isAdmin() && !program.menteesChoose()) {
            throw new ConflictException("program-not-self-service",
                    "In program " + program.programId() + " administrators make the matches.");
        }
        CandidatePool pool = pools.forMentees(caller.tenantId(), program, List.of(mentee));
        Mentor mentor = pool.mentorOfPerson(request.mentorId())
                .orElseThrow(() -> new ResourceNotFoundException("mentor", request.mentorId()));
        PairAssessment assessment = pool.assess(mentee, mentor);
        if (assessment instanceof ExcludedPair excluded) {
            if (excluded.exclusions().stream().allMatch(e -> e.code() == RuleCode.CAPACITY_EXHAUSTED)) {
                throw noSeat(request.mentorId());
            }
            throw new ConflictException("pair-excluded", "This pair is excluded: "
                    + String.join(" ", excluded.exclusions().stream().map(Exclusion::reason).toList()));
        }
        Proposal proposal = new Proposal(UUID.randomUUID().toString(), mentor, mentee, (ScoredPair) assessment,
                caller.isAdmin() ? MatchOrigin.ADMIN : MatchOrigin.MENTEE_REQUEST, program.peer(), !caller.isAdmin(),
                null, program.proposalWindow());
        ProposalOutcome outcome = matches.propose(caller.tenantId(), proposal);
        suggestions.forgetHolds(caller.tenantId(), mentee.enrollmentId());
        return switch (outcome.result()) {
            case PROPOSED, ALREADY_PROPOSED -> outcome.match();
            case MENTEE_TAKEN -> throw new ConflictException("mentee-already-matched",
                    "Mentee " + menteeId + " already has an open match in this program.");
            case NO_SEAT -> throw noSeat(request.mentorId());
        };
    }

    private static ConflictException noSeat(String mentorId) {
        return new ConflictException("capacity-exhausted", "Mentor " + mentorId + " has no seat left.");
    }
}
