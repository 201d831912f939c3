package org.mentorat.session.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.mentorat.session.meeting.Session;
import org.mentorat.session.meeting.SessionPlan;
import org.mentorat.session.meeting.SessionStatus;
import org.mentorat.session.mentorship.MeetingFormat;
import org.mentorat.session.people.Contact;

/**
 * Sessions as iCalendar (RFC 5545) objects, following iTIP (RFC 5546) so that Outlook and Google
 * Calendar keep one event per session: the UID never changes, SEQUENCE is the session's (raised
 * by every reschedule and by the cancel), DTSTAMP is the time of the last revision, and the
 * organiser is always the mentor, whoever scheduled it, as iTIP wants one organiser per event.
 * Times carry the organiser's TZID, with a VTIMEZONE for every TZID used.
 */
final class SessionCalendars {

    static final String PRODUCT = "-//Mentorat//Mentoring sessions 1.0//EN";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private SessionCalendars() {
    }

    /** The invite of one session: METHOD:REQUEST, or METHOD:CANCEL with STATUS:CANCELLED once cancelled. */
    static Calendar invite(Session session, Map<String, Contact> contacts, InviteTexts texts) {
        boolean cancelled = session.status() == SessionStatus.CANCELLED;
        Method method = cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        VEvent event = event(session, contacts, texts);
        for (String personId : session.participants()) {
            event.add(attendee(session, contacts.get(personId)));
        }
        return calendar(method, List.of(session), List.of(event));
    }

    /**
     * A person's feed: METHOD:PUBLISH, which iTIP allows no ATTENDEE in; the organiser stays, when
     * known, so that the feed's events and the invites describe the same events.
     */
    static Calendar feed(List<Session> sessions, Map<String, Contact> contacts, InviteTexts texts) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH, sessions,
                sessions.stream().map(session -> event(session, contacts, texts)).toList());
        calendar.add(new XProperty("X-WR-CALNAME", texts.calendarName()));
        return calendar;
    }

    static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String uid(Session session) {
        return "session-" + session.id() + "@mentorat";
    }

    private static Calendar calendar(Method method, List<Session> sessions, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        Set<String> zones = new LinkedHashSet<>();
        sessions.forEach(session -> zones.add(session.plan().timeZone()));
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
        events.forEach(calendar::add);
        return calendar;
    }

    private static VEvent event(Session session, Map<String, Contact> contacts, InviteTexts texts) {
        SessionPlan plan = session.plan();
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(session)));
        event.add(new Sequence(session.sequence()));
        // sessions stored before revisions were tracked fall back on their start: stable all the same
        Instant revised = Objects.requireNonNullElse(session.revisedAt(), plan.startsAt());
        event.add(new DtStamp(revised));
        event.add(new Created(Objects.requireNonNullElse(session.scheduledAt(), revised)));
        event.add(new LastModified(revised));
        event.add(new DtStart<>(plan.start()));
        event.add(new DtEnd<>(plan.start().plusMinutes(plan.durationMinutes())));
        event.add(new Summary(summary(session, contacts, texts)));
        event.add(session.status() == SessionStatus.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        if (plan.location() != null) {
            event.add(new Location(plan.location()));
            if (plan.format() == MeetingFormat.VIDEO) {
                event.add(new Url(URI.create(plan.location())));
            }
        }
        if (plan.agenda() != null) {
            event.add(new Description(plan.agenda()));
        }
        Contact mentor = contacts.get(session.mentorId());
        if (mentor != null) {
            event.add(new Organizer(mailto(mentor)).add(new Cn(mentor.displayName())));
        }
        return event;
    }

    /** The mentor chairs and has accepted; each mentee is asked to answer. */
    private static Attendee attendee(Session session, Contact person) {
        boolean organiser = person.personId().equals(session.mentorId());
        return new Attendee(mailto(person))
                .add(new Cn(person.displayName()))
                .add(CuType.INDIVIDUAL)
                .add(organiser ? Role.CHAIR : Role.REQ_PARTICIPANT)
                .add(organiser ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION)
                .add(organiser ? Rsvp.FALSE : Rsvp.TRUE);
    }

    private static String summary(Session session, Map<String, Contact> contacts, InviteTexts texts) {
        List<String> names = session.participants().stream().map(contacts::get)
                .filter(Objects::nonNull).map(Contact::displayName).filter(name -> !name.isEmpty()).toList();
        return names.isEmpty() ? texts.session()
                : texts.session() + " " + texts.with() + " " + String.join(", ", names);
    }

    /** Encoded, so that an address with non-ASCII characters still makes a valid URI. */
    private static URI mailto(Contact person) {
        try {
            return new URI("mailto", person.email(), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + person.email(), e);
        }
    }
}
