package org.mentorat.matching.matchingrun;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.Program;

/**
 * The program's people as publishing starts, looked up by enrolment, so that proposing a line costs
 * no read of either side. Reading them once is as safe as reading them per line: the mentee's claim
 * and the mentor's seat are conditional writes that check status and seats when they happen. Whoever
 * is not in the lists (erased meanwhile, a mentor no longer active) is read on its own, as before,
 * so every line ends the way it did.
 */
final class RunCandidates {

    private final String tenantId;
    private final boolean peer;
    private final Candidates candidates;
    private final Map<String, Mentee> mentees;
    private final Map<String, Mentor> mentors;

    RunCandidates(String tenantId, Program program, Candidates candidates, List<Mentee> mentees) {
        this.tenantId = tenantId;
        this.peer = program.peer();
        this.candidates = candidates;
        this.mentees = mentees.stream().collect(Collectors.toMap(Mentee::enrollmentId, Function.identity()));
        this.mentors = peer ? Map.of() : candidates.mentors(tenantId, program.programId()).stream()
                .collect(Collectors.toMap(Mentor::enrollmentId, Function.identity()));
    }

    Optional<Mentee> mentee(String enrollmentId) {
        Mentee known = mentees.get(enrollmentId);
        return known != null ? Optional.of(known) : candidates.mentee(tenantId, enrollmentId);
    }

    /** In a peer program the other side is a mentee too, seen as a mentor. */
    Optional<Mentor> mentor(String enrollmentId) {
        if (peer) {
            return mentee(enrollmentId).map(Mentee::asPeerMentor);
        }
        Mentor known = mentors.get(enrollmentId);
        return known != null ? Optional.of(known) : candidates.mentor(tenantId, enrollmentId);
    }
}
