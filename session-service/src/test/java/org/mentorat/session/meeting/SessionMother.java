package org.mentorat.session.meeting;

import java.time.Instant;
import java.util.List;
import org.mentorat.platform.store.Changed;
import org.mentorat.session.mentorship.MeetingFormat;
import org.mentorat.session.mentorship.Mentorship;
import org.mentorat.session.mentorship.MentorshipMother;

/** Test data: sessions of {@link MentorshipMother#active()} at each point of their life. */
public final class SessionMother {

    public static final Instant SCHEDULED_AT = Instant.parse("2026-03-20T08:00:00Z");
    public static final Instant STARTS_AT = Instant.parse("2026-04-01T14:00:00Z");
    public static final Instant NOW = Instant.parse("2026-04-01T15:00:00Z");
    public static final Instant BEFORE_START = Instant.parse("2026-04-01T13:59:00Z");
    public static final String LINK = "https://meet.example.org/abc-defg";
    public static final String SECOND_MENTEE = "per-mentee-2";

    private SessionMother() {
    }

    static SessionPlan plan() {
        return new SessionPlan(STARTS_AT, 45, "Career goals", "Europe/Paris", MeetingFormat.VIDEO, LINK);
    }

    public static Session scheduled() {
        return Session.schedule("ses-1", MentorshipMother.active(), plan(), null, SCHEDULED_AT).state();
    }

    /** A group mentorship's session: the mentor and two mentees. */
    public static Session ofGroup() {
        Mentorship group = MentorshipMother.group(MentorshipMother.MENTEE, SECOND_MENTEE);
        return Session.schedule("ses-2", group, plan(), null, SCHEDULED_AT).state();
    }

    /** Moved {@code times} times, an hour later each time. */
    public static Session rescheduled(int times) {
        Session session = scheduled();
        for (int time = 1; time <= times; time++) {
            session = session.reschedule(STARTS_AT.plusSeconds(3600L * time), 60, "Europe/Paris",
                    SCHEDULED_AT.plusSeconds(60L * time)).state();
        }
        return session;
    }

    static Session completed() {
        return scheduled().complete(MentorshipMother.MENTOR, Completion.NOTHING, NOW).state();
    }

    /** A group session's life in calendars, each step with the event that announced it: scheduled, moved twice, cancelled. */
    public static List<Changed<Session>> calendarHistory() {
        Changed<Session> scheduled = Session.schedule("ses-2", MentorshipMother.group(MentorshipMother.MENTEE,
                SECOND_MENTEE), plan(), null, SCHEDULED_AT);
        Changed<Session> moved = scheduled.state().reschedule(STARTS_AT.plusSeconds(3600), 60, "America/Toronto",
                SCHEDULED_AT.plusSeconds(60));
        Changed<Session> movedAgain = moved.state().reschedule(STARTS_AT.plusSeconds(7200), 30, "Europe/Paris",
                SCHEDULED_AT.plusSeconds(120));
        return List.of(scheduled, moved, movedAgain, movedAgain.state().cancel("Mentor is ill", NOW));
    }

    public static Session cancelled() {
        return scheduled().cancel("Mentor is ill", NOW).state();
    }
}
