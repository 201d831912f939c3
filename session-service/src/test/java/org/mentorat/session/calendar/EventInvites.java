package org.mentorat.session.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.invites.InviteTexts;
import org.mentorat.invites.MeetingFormat;
import org.mentorat.invites.Participant;
import org.mentorat.invites.SessionInvite;
import org.mentorat.session.people.Contact;

/**
 * A session's invite from its events alone, as a consumer (notification-service) builds it:
 * what proves the events carry everything the invite says.
 */
public final class EventInvites {

    private EventInvites() {
    }

    public static SessionInvite of(DomainEvent event, Map<String, Contact> contacts, Locale reader) {
        return switch (event) {
            case SessionScheduled s -> invite(s.sessionId(), s.sequence(), false, s.startsAt(), s.timeZone(),
                    s.durationMinutes(), s.format(), s.location(), s.agenda(), s.scheduledAt(), s.scheduledAt(),
                    s.mentorId(), s.menteeIds(), contacts, reader);
            case SessionRescheduled r -> invite(r.sessionId(), r.sequence(), false, r.startsAt(), r.timeZone(),
                    r.durationMinutes(), r.format(), r.location(), r.agenda(), r.scheduledAt(), r.rescheduledAt(),
                    r.mentorId(), r.menteeIds(), contacts, reader);
            case SessionCancelled c -> invite(c.sessionId(), c.sequence(), true, c.startsAt(), c.timeZone(),
                    c.durationMinutes(), c.format(), c.location(), c.agenda(), c.scheduledAt(), c.cancelledAt(),
                    c.mentorId(), c.menteeIds(), contacts, reader);
            default -> throw new IllegalArgumentException("no invite in " + event);
        };
    }

    private static SessionInvite invite(String sessionId, int sequence, boolean cancelled, Instant startsAt,
            String zone, int minutes, String format, String location, String agenda, Instant createdAt,
            Instant revisedAt, String mentorId, List<String> menteeIds, Map<String, Contact> contacts, Locale reader) {
        List<String> names = Stream.concat(Stream.of(mentorId), menteeIds.stream()).map(contacts::get)
                .filter(Objects::nonNull).map(Contact::displayName).toList();
        return new SessionInvite(sessionId, sequence, cancelled, startsAt, ZoneId.of(zone), minutes,
                MeetingFormat.valueOf(format), location, agenda, InviteTexts.in(reader).summary(names), createdAt,
                revisedAt, participant(contacts.get(mentorId)),
                menteeIds.stream().map(contacts::get).map(EventInvites::participant).toList());
    }

    private static Participant participant(Contact contact) {
        return new Participant(contact.displayName(), contact.email());
    }
}
