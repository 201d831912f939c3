package org.mentorat.session.mentorship;

import java.time.Instant;
import java.util.EnumSet;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.security.Role;

/** Test data: an accepted match, the mentorship it opens, and the people around it. */
public final class MentorshipMother {

    public static final String TENANT = "acme";
    public static final String MENTOR = "per-mentor";
    public static final String MENTEE = "per-mentee";
    public static final String PROGRAM = "prg-1";
    public static final Instant ACCEPTED_AT = Instant.parse("2026-03-02T09:30:00Z");

    private MentorshipMother() {
    }

    public static MatchAccepted acceptedMatch(String matchId) {
        return new MatchAccepted(matchId, PROGRAM, MENTOR, MENTEE, ACCEPTED_AT);
    }

    public static Mentorship active() {
        return withStatus(MentorshipStatus.ACTIVE);
    }

    public static Mentorship ended() {
        return withStatus(MentorshipStatus.ENDED_EARLY);
    }

    public static Caller person(String personId, Role role) {
        return new Caller(TENANT, personId, EnumSet.of(role));
    }

    public static Caller admin() {
        return new Caller(TENANT, "admin-1", EnumSet.of(Role.PROGRAM_ADMIN));
    }

    private static Mentorship withStatus(MentorshipStatus status) {
        return new Mentorship("mts-1", TENANT, "mat-1", PROGRAM, MENTOR, java.util.List.of(MENTEE), status, ACCEPTED_AT, 0);
    }
}
