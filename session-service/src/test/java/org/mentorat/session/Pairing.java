package org.mentorat.session;

import java.time.Instant;
import java.util.UUID;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.testkit.TestTokens;

/** A mentor and mentee matched in a program of a tenant, with ids unique to one test. */
record Pairing(String tenant, String matchId, String programId, String mentorId, String menteeId) {

    static Pairing fresh(String tenant) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new Pairing(tenant, "mat-" + suffix, "prg-" + suffix, "mentor-" + suffix, "mentee-" + suffix);
    }

    Pairing inSameProgram() {
        Pairing other = fresh(tenant);
        return new Pairing(tenant, other.matchId(), programId, other.mentorId(), other.menteeId());
    }

    MatchAccepted accepted() {
        return new MatchAccepted(matchId, programId, mentorId, menteeId, Instant.parse("2026-03-02T09:30:00Z"));
    }

    /** The Authorization header of the mentor, the mentee and an administrator of the tenant. */
    String asMentor() {
        return TestTokens.bearer(tenant, mentorId, "MENTOR");
    }

    String asMentee() {
        return TestTokens.bearer(tenant, menteeId, "MENTEE");
    }

    String asAdmin() {
        return TestTokens.bearer(tenant, "admin-1", "PROGRAM_ADMIN");
    }
}
