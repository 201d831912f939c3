package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.HttpApi.expect;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import tools.jackson.databind.JsonNode;

/**
 * What people receive around a session, by email through a real SMTP server: the invite in their
 * language, reminders that follow a move and vanish with a cancel, feedback requests once, and
 * quiet hours kept in their own zone.
 */
class SessionMailIT extends RunningNotificationService {

    private String mentorEmail;
    private String menteeEmail;

    @Test
    void aScheduledSessionSendsEachPersonTheInviteInTheirLanguage() throws Exception {
        knowPair("fr", "Europe/Paris", "ar", "Asia/Dubai");
        SessionScheduled scheduled = scheduled(clock.instant().plus(Duration.ofDays(3)));

        driver.publish(pair.tenant(), scheduled);

        MimeMessage toMentor = Mailbox.awaitOnlyMailTo(mentorEmail);
        MimeMessage toMentee = Mailbox.awaitOnlyMailTo(menteeEmail);
        assertThat(toMentor.getContentLanguage()).containsExactly("fr");
        assertThat(toMentee.getContentLanguage()).containsExactly("ar");
        assertThat(html(toMentee)).contains("dir=\"rtl\"");
        for (MimeMessage mail : List.of(toMentor, toMentee)) {
            String invite = invite(mail);
            assertThat(invite).contains("METHOD:REQUEST", "UID:session-" + scheduled.sessionId() + "@mentorat",
                    "SEQUENCE:0", "mailto:" + mentorEmail, "mailto:" + menteeEmail);
            Calendar calendar = new CalendarBuilder().build(new StringReader(invite));
            calendar.validate();
        }
    }

    @Test
    void aMoveKeepsTheInvitesEventAndItsRemindersAndACancelRemovesThem() throws Exception {
        knowPair("en", "Europe/London", "fr", "Europe/Paris");
        Instant start = clock.instant().plus(Duration.ofDays(3));
        SessionScheduled scheduled = scheduled(start);
        driver.publish(pair.tenant(), scheduled);
        Mailbox.awaitOnlyMailTo(menteeEmail);
        Instant moved = start.plus(Duration.ofHours(2));

        driver.publish(pair.tenant(), new SessionRescheduled(scheduled.sessionId(), pair.mentorshipId(),
                pair.programId(), pair.mentorId(), List.of(pair.menteeId()), moved, 45, "Europe/Paris", 1,
                clock.instant(), "VIDEO", "https://meet.example.org/abc", null, clock.instant()));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.receivedBy(menteeEmail).size() == 2);
        String update = invite(Mailbox.receivedBy(menteeEmail).get(1));
        assertThat(update).contains("UID:session-" + scheduled.sessionId() + "@mentorat", "SEQUENCE:1");
        // both the first revision's and the move's 24-hour reminders would be due now: only the move's goes
        moveTo(moved.minus(Duration.ofHours(24)).plusSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.receivedBy(menteeEmail).size() >= 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.receivedBy(menteeEmail).size() == 3);
        assertThat(invites(Mailbox.receivedBy(menteeEmail).get(2))).isEmpty();

        driver.publish(pair.tenant(), new SessionCancelled(scheduled.sessionId(), pair.mentorshipId(),
                pair.programId(), pair.mentorId(), List.of(pair.menteeId()), moved, 2, null, clock.instant(), 45,
                "Europe/Paris", "VIDEO", "https://meet.example.org/abc", null, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.receivedBy(menteeEmail).size() == 4);
        assertThat(invite(Mailbox.receivedBy(menteeEmail).get(3)))
                .contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2");
        moveTo(moved.minus(Duration.ofHours(1)).plusSeconds(60));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.receivedBy(menteeEmail).size() == 4);
    }

    @Test
    void aReplayedCompletionAsksNothingTwiceAndFeedbackCancelsTheFollowUp() {
        knowPair("en", "Europe/London", "en", "America/New_York");
        SessionCompleted completed = new SessionCompleted("ses-" + UUID.randomUUID(), pair.mentorshipId(),
                pair.programId(), pair.mentorId(), pair.menteeId(), clock.instant(), List.of(pair.menteeId()), 50);
        driver.publish(pair.tenant(), completed);
        Mailbox.awaitOnlyMailTo(mentorEmail);
        Mailbox.awaitOnlyMailTo(menteeEmail);

        events().matching(record -> completed.sessionId().equals(record.key()))
                .forEach(driver::replay);
        driver.publish(pair.tenant(), new FeedbackSubmitted("fdb-" + UUID.randomUUID(), completed.sessionId(),
                pair.mentorshipId(), pair.menteeId(), 5, clock.instant(), pair.programId(), "YES"));
        String menteesFollowUps = "feedback-follow-up:" + completed.sessionId() + ":" + pair.menteeId();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> queue.statusesIn(pair.tenant(), menteesFollowUps).contains("CANCELLED"));
        moveTo(completed.completedAt().plus(Duration.ofDays(3)).plusSeconds(60));

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.receivedBy(mentorEmail).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> Mailbox.receivedBy(mentorEmail).size() == 2 && Mailbox.receivedBy(menteeEmail).size() == 1);
    }

    @Test
    void aMailDueInSomeonesQuietHoursWaitsForTheirMorning() {
        knowPair("en", "Europe/London", "en", "Asia/Tokyo");
        expect(api.put("/api/v1/notification-preferences/me", pair.asMentee(),
                "{\"quietHours\":{\"start\":\"21:00\",\"end\":\"07:00\"}}"), 200);
        // 23:30 in Tokyo
        moveTo(Instant.parse("2026-03-02T14:30:00Z"));
        SessionCompleted completed = pair.sessionCompleted();

        driver.publish(pair.tenant(), completed);

        Mailbox.awaitOnlyMailTo(mentorEmail);
        assertThat(Mailbox.receivedBy(menteeEmail)).isEmpty();
        moveTo(Instant.parse("2026-03-02T22:01:00Z"));
        Mailbox.awaitOnlyMailTo(menteeEmail);
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    /** Both people's contact details, as profile-service announces them; waits until the service knows them. */
    private void knowPair(String mentorLocale, String mentorZone, String menteeLocale, String menteeZone) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        mentorEmail = "mentor-" + suffix + "@acme.example";
        menteeEmail = "mentee-" + suffix + "@acme.example";
        driver.publish(pair.tenant(), new ContactDetailsChanged(pair.mentorId(), "Amélie", "Durand", mentorEmail,
                mentorLocale, mentorZone, clock.instant()));
        driver.publish(pair.tenant(), new ContactDetailsChanged(pair.menteeId(), "Karim", "Haddad", menteeEmail,
                menteeLocale, menteeZone, clock.instant()));
        awaitZone(pair.asMentor(), mentorZone);
        awaitZone(pair.asMentee(), menteeZone);
    }

    private void awaitZone(String person, String zone) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode mine = expect(api.get("/api/v1/notification-preferences/me", person), 200);
            return zone.equals(mine.path("effectiveTimeZone").asString(""));
        });
    }

    private SessionScheduled scheduled(Instant start) {
        return new SessionScheduled("ses-" + UUID.randomUUID().toString().substring(0, 8), pair.mentorshipId(),
                pair.mentorId(), pair.menteeId(), start, 45, pair.programId(), List.of(pair.menteeId()),
                "Europe/Paris", "VIDEO", "https://meet.example.org/abc", 0, null, "Your first goals",
                clock.instant());
    }

    private static String invite(MimeMessage mail) throws Exception {
        List<String> found = invites(mail);
        assertThat(found).isNotEmpty();
        return found.get(0);
    }

    private static List<String> invites(MimeMessage mail) {
        return Mailbox.partsOf(mail, "text/calendar");
    }

    private static String html(MimeMessage mail) {
        return Mailbox.partsOf(mail, "text/html").get(0);
    }
}
