package org.mentorat.session.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.platform.security.Caller;
import org.mentorat.security.Role;
import org.mentorat.session.program.ProgramTerms;
import org.mentorat.session.program.ProgramType;

/** Test data: an accepted match, the program it is in, the mentorship it opens, and the people around it. */
public final class MentorshipMother {

    public static final String TENANT = "acme";
    public static final String MENTOR = "per-mentor";
    public static final String MENTEE = "per-mentee";
    public static final String PROGRAM = "prg-1";
    public static final Instant ACCEPTED_AT = Instant.parse("2026-03-02T09:30:00Z");
    public static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");
    public static final LocalDate PLANNED_END = LocalDate.parse("2026-08-31");

    private MentorshipMother() {
    }

    public static MatchAccepted acceptedMatch(String matchId) {
        return new MatchAccepted(matchId, PROGRAM, MENTOR, MENTEE, ACCEPTED_AT);
    }

    public static MatchAccepted acceptedMatch(String matchId, String menteeId) {
        return new MatchAccepted(matchId, PROGRAM, MENTOR, menteeId, ACCEPTED_AT);
    }

    /** 26 weeks after {@link #ACCEPTED_AT}: the planned end is {@link #PLANNED_END}. */
    public static ProgramTerms program(ProgramType type) {
        return new ProgramTerms(PROGRAM, type, 26, 2, 30, false);
    }

    public static Mentorship active() {
        return withStatus(MentorshipStatus.ACTIVE);
    }

    public static Mentorship ended() {
        return withStatus(MentorshipStatus.ENDED_EARLY);
    }

    public static Mentorship completed() {
        return active().complete("PLANNED_END", NOW).state();
    }

    public static Mentorship paused() {
        return active().pause(LocalDate.parse("2026-05-01"), "Parental leave", NOW).state();
    }

    /** An active mentorship whose pair both confirmed this cadence and format. */
    public static Mentorship agreedOn(Cadence cadence, MeetingFormat format) {
        Mentorship mentorship = active();
        for (String person : mentorship.participants()) {
            mentorship = mentorship.agree(new AgreementSide(person, "Grow as a lead", true, cadence, format, NOW)).state();
        }
        return mentorship;
    }

    /** A GROUP mentorship of {@link #MENTOR} with the given mentees, one match each. */
    public static Mentorship group(String... menteeIds) {
        Mentorship group = Opening.open(TENANT, acceptedMatch("mat-0", menteeIds[0]), program(ProgramType.GROUP))
                .state();
        for (int i = 1; i < menteeIds.length; i++) {
            group = Opening.join(group, acceptedMatch("mat-" + i, menteeIds[i])).state();
        }
        return group;
    }

    public static Caller person(String personId, Role role) {
        return new Caller(TENANT, personId, EnumSet.of(role));
    }

    public static Caller admin() {
        return new Caller(TENANT, "admin-1", EnumSet.of(Role.PROGRAM_ADMIN));
    }

    private static Mentorship withStatus(MentorshipStatus status) {
        return new Mentorship("mts-1", TENANT, "mat-1", PROGRAM, ProgramType.ONE_TO_ONE, MENTOR, List.of(MENTEE),
                List.of("mat-1"), status, ACCEPTED_AT, PLANNED_END, null, null, null, null, 0);
    }
}
