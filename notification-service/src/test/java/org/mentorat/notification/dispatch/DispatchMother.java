package org.mentorat.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.notification.message.RenderedMessage;

/** Test data: a session reminder by email and its invite, as a trigger would schedule them. */
final class DispatchMother {

    static final String TENANT = "acme";
    static final Instant NOW = Instant.parse("2026-04-01T15:00:00Z");
    static final Backoff BACKOFF = new Backoff(3, Duration.ofMinutes(1), 2, Duration.ofMinutes(10));

    private DispatchMother() {
    }

    static RenderedMessage rendered() {
        return new RenderedMessage("Your session with Ada starts in 1 hour",
                "<!doctype html><html lang=\"en\"><body><p>Your session with Ada starts at 16:00.</p></body></html>",
                "Your session with Ada starts at 16:00.", "Session in 1 hour", "With Ada, at 16:00.", Locale.ENGLISH);
    }

    /** Due now; pointless once the session started, an hour later. */
    static OutgoingMessage reminder(String key) {
        return new OutgoingMessage(TENANT, key, "per-mentee", Channel.EMAIL, NotificationKind.SESSION_REMINDER, "ses-1",
                "mentee@example.org", rendered(), List.of(invite()), NOW, NOW.plusSeconds(3600), "reminders:ses-1");
    }

    static Attachment invite() {
        return new Attachment("invite.ics", "text/calendar; method=REQUEST", String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mentorat//Sessions//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", "UID:session-ses-1@mentorat", "SEQUENCE:0", "DTSTAMP:20260401T150000Z",
                "DTSTART:20260401T160000Z", "DTEND:20260401T164500Z", "SUMMARY:Mentoring session", "END:VEVENT",
                "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8));
    }

    /** Scheduled, due now. */
    static Dispatch due() {
        return Dispatch.schedule(reminder("reminder-1"), NOW).state();
    }

    static Dispatch claimed() {
        return due().claim("instance-a", NOW.plusSeconds(120)).state();
    }
}
