package org.mentorat.notification.trigger;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.mentorat.notification.contact.Contact;
import org.mentorat.notification.contact.Contacts;
import org.mentorat.notification.message.DigestFigures;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.notification.program.ProgramNotificationSettings;
import org.mentorat.notification.program.ProgramSettings;
import org.springframework.stereotype.Service;

/**
 * Each week, on the configured day and hour in each administrator's own zone, the administrators
 * a program names get last week's figures (Monday to Sunday, UTC weeks). A digest's id derives
 * from program, week and person, so checking as often as one likes sends each one once, and
 * several instances may check at the same time.
 */
@Service
class ProgramDigests {

    /** A digest later than this after its moment (a long outage) waits for the next week. */
    private static final Duration STILL_USEFUL = Duration.ofDays(1);

    private final ProgramSettings programs;
    private final WeeklyTallyStore tallies;
    private final Contacts contacts;
    private final Notifier notifier;
    private final TriggerProperties properties;

    ProgramDigests(ProgramSettings programs, WeeklyTallyStore tallies, Contacts contacts, Notifier notifier,
            TriggerProperties properties) {
        this.programs = programs;
        this.tallies = tallies;
        this.contacts = contacts;
        this.notifier = notifier;
        this.properties = properties;
    }

    /** @return how many digests this call scheduled */
    int sendDue(Instant now) {
        int scheduled = 0;
        for (ProgramNotificationSettings program : programs.open()) {
            for (String administratorId : program.digestRecipientIds()) {
                scheduled += sendIfDue(program, administratorId, now);
            }
        }
        return scheduled;
    }

    private int sendIfDue(ProgramNotificationSettings program, String administratorId, Instant now) {
        ZoneId zone = contacts.of(program.tenantId(), administratorId).map(Contact::timeZone).orElse(ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate digestDay = today.with(TemporalAdjusters.previousOrSame(properties.digestDay()));
        Instant moment = digestDay.atTime(properties.digestAt()).atZone(zone).toInstant();
        if (now.isBefore(moment) || now.isAfter(moment.plus(STILL_USEFUL))) {
            return 0;
        }
        LocalDate lastMonday = digestDay.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String week = WeeklyTallies.weekOf(lastMonday);
        Map<String, Long> figures = tallies.week(program.tenantId(), program.programId(), week);
        long ratings = figures.get(WeeklyTallyStore.RATINGS);
        DigestFigures digest = new DigestFigures(lastMonday, lastMonday.plusDays(6),
                (int) tallies.active(program.tenantId(), program.programId()),
                figures.get(WeeklyTallyStore.STALLED).intValue(), figures.get(WeeklyTallyStore.SESSIONS).intValue(),
                figures.get(WeeklyTallyStore.MINUTES) / 60.0,
                ratings == 0 ? null : (double) figures.get(WeeklyTallyStore.RATING_SUM) / ratings,
                figures.get(WeeklyTallyStore.STARTED).intValue());
        Occasion occasion = new Occasion(program.tenantId(), NotificationKind.PROGRAM_DIGEST, program.programId(),
                program.programId(), week, now, moment.plus(STILL_USEFUL), null,
                Map.of("programId", program.programId(), "week", week));
        return notifier.notify(occasion, List.of(new Recipient(administratorId, "ADMINISTRATOR", List.of())),
                (recipient, letterhead) -> letterhead.digest(digest)
                        .actionUrl(properties.link("programs", program.programId(), "report"))
                        .build());
    }
}
