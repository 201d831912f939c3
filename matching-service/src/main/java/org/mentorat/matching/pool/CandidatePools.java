package org.mentorat.matching.pool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.OrgChart;
import org.mentorat.matching.readmodel.PairHistories;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.springframework.stereotype.Component;

/** Loads a {@link CandidatePool} for some mentees of a program from the read model. */
@Component
public class CandidatePools {

    private final Candidates candidates;
    private final OrgChart orgChart;
    private final PairHistories histories;

    CandidatePools(Candidates candidates, OrgChart orgChart, PairHistories histories) {
        this.candidates = candidates;
        this.orgChart = orgChart;
        this.histories = histories;
    }

    public CandidatePool forMentees(String tenantId, Program program, Collection<Mentee> mentees) {
        List<Mentor> mentors = program.peer()
                ? candidates.waitingMentees(tenantId, program.programId()).stream().map(Mentee::asPeerMentor).toList()
                : candidates.mentors(tenantId, program.programId());
        return withMentors(tenantId, program, mentees, mentors);
    }

    /** A pool of only these mentors (read fresh by the caller), for checking a shortlist. */
    public CandidatePool withMentors(String tenantId, Program program, Collection<Mentee> mentees, List<Mentor> mentors) {
        int levels = program.rules().reportingLineLevels();
        ReportingLines lines = levels == 0 ? ReportingLines.none()
                : orgChart.linesAbove(tenantId, Stream.concat(mentees.stream().map(m -> m.profile().employeeNumber()),
                        mentors.stream().map(m -> m.profile().employeeNumber())).toList(), levels);
        List<String> people = new ArrayList<>(mentees.stream().map(Mentee::personId).toList());
        return new CandidatePool(program, mentors, lines, histories.of(tenantId, people));
    }
}
