package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.MentorshipStalled;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.notification.program.ProgramSettings;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrators a program names get last week's figures on Monday morning, in their zone, once. */
class DigestIT extends RunningNotificationService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ProgramSettings programs;

    @Autowired
    MeterRegistry meters;

    @Test
    void lastWeeksFiguresReachTheProgramsAdministratorOnMondayMorning() throws Exception {
        String program = "prg-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = admin + "@acme.example";
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant lastWeek = monday.minusDays(4).atTime(10, 0).toInstant(ZoneOffset.UTC);
        Instant weekBefore = monday.minusDays(10).atTime(10, 0).toInstant(ZoneOffset.UTC);
        service.publish(pair.tenant(), admin, 1, new ContactDetailsChanged(admin, "Inès", "Morel", adminEmail, "en",
                "Europe/Paris", Instant.now()));
        service.publish(pair.tenant(), program, 1, published(program, admin));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Leaders of tomorrow".equals(
                programs.of(pair.tenant(), program).name()));
        double before = counted();

        SessionCompleted first = completed(program, lastWeek, 45);
        publishAll(first, completed(program, lastWeek, 75), completed(program, weekBefore, 60),
                rated(program, first, 4, lastWeek), rated(program, first, 5, lastWeek),
                started(program, lastWeek), started(program, lastWeek), started(program, weekBefore),
                new MentorshipStalled("mts-" + UUID.randomUUID(), program, "m", List.of("e"), null, 30, lastWeek));
        events().matching(record -> first.sessionId().equals(record.key())).forEach(driver::replay);
        await().atMost(Duration.ofSeconds(30)).until(() -> counted() - before >= 9);

        clock.advance(Duration.between(clock.instant(), monday.atTime(LocalTime.of(8, 1)).atZone(PARIS).toInstant()));

        MimeMessage digest = Mailbox.awaitOnlyMailTo(adminEmail);
        String text = Mailbox.partsOf(digest, "text/plain").get(0);
        assertThat(digest.getSubject()).contains("Leaders of tomorrow");
        assertThat(text).contains("4.5").containsPattern("(?s)2\\b.*2\\b");
        assertThat(counted() - before).isEqualTo(9);
    }

    private double counted() {
        var counter = meters.find("mentorat.notifications.digest.events").tag("outcome", "counted").counter();
        return counter == null ? 0 : counter.count();
    }

    private void publishAll(Object... events) {
        for (Object event : events) {
            service.publish(pair.tenant(), UUID.randomUUID().toString(), 1, (org.mentorat.events.DomainEvent) event);
        }
    }

    private SessionCompleted completed(String program, Instant at, int minutes) {
        return new SessionCompleted("ses-" + UUID.randomUUID(), pair.mentorshipId(), program, pair.mentorId(),
                pair.menteeId(), at, List.of(pair.menteeId()), minutes);
    }

    private FeedbackSubmitted rated(String program, SessionCompleted session, int rating, Instant at) {
        return new FeedbackSubmitted("fdb-" + UUID.randomUUID(), session.sessionId(), pair.mentorshipId(),
                pair.menteeId(), rating, at, program, "YES");
    }

    private MentorshipStarted started(String program, Instant at) {
        return new MentorshipStarted("mts-" + UUID.randomUUID(), "mat-" + UUID.randomUUID(), program, "mentor-x",
                "mentee-x", at, "ONE_TO_ONE", null);
    }

    private static ProgramPublished published(String program, String admin) {
        return new ProgramPublished(program, "Leaders of tomorrow", "ONE_TO_ONE", Instant.now(), null, null, 26, 2,
                "MENTEE_CHOOSES", new ProgramPublished.CriteriaWeights(3, 2, 1, 1, 1, 1, 0.5, 0.5),
                new ProgramPublished.HardRules(1, true, "ANY", null, null), "QUALITY", 5, 7, 30, null, null,
                List.of(admin));
    }
}
