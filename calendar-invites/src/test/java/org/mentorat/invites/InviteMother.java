package org.mentorat.invites;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Test data: a mentor's session with one or two mentees, at each point of its life. */
final class InviteMother {

    static final Instant SCHEDULED_AT = Instant.parse("2026-03-20T08:00:00Z");
    static final Instant STARTS_AT = Instant.parse("2026-04-01T14:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String LINK = "https://meet.example.org/abc-defg";
    static final Participant AMELIE = new Participant("Amélie Dupont", "amelie.dupont@acme.example");
    static final Participant KARIM = new Participant("Karim Haddad", "karim.haddad@acme.example");
    static final Participant JO = new Participant("Jo Lee", "jo.lee@acme.example");

    private InviteMother() {
    }

    static SessionInvite scheduled() {
        return session("ses-1", 0, false, STARTS_AT, PARIS, SCHEDULED_AT, List.of(KARIM));
    }

    static SessionInvite ofGroup() {
        return session("ses-2", 0, false, STARTS_AT, PARIS, SCHEDULED_AT, List.of(KARIM, JO));
    }

    /** Moved {@code times} times, an hour later each time, a minute after the previous revision. */
    static SessionInvite rescheduled(int times) {
        return session("ses-1", times, false, STARTS_AT.plusSeconds(3600L * times), PARIS,
                SCHEDULED_AT.plusSeconds(60L * times), List.of(KARIM));
    }

    static SessionInvite cancelled() {
        return session("ses-1", 1, true, STARTS_AT, PARIS, SCHEDULED_AT.plusSeconds(3600), List.of(KARIM));
    }

    static SessionInvite inToronto() {
        return session("ses-3", 0, false, STARTS_AT, ZoneId.of("America/Toronto"), SCHEDULED_AT, List.of(JO));
    }

    static SessionInvite session(String id, int sequence, boolean cancelled, Instant startsAt, ZoneId zone,
            Instant revisedAt, List<Participant> mentees) {
        String summary = InviteTexts.in(null).summary(List.of(AMELIE.name(), mentees.getFirst().name()));
        return new SessionInvite(id, sequence, cancelled, startsAt, zone, 45, MeetingFormat.VIDEO, LINK,
                "Career goals", summary, SCHEDULED_AT, revisedAt, AMELIE, mentees);
    }
}
