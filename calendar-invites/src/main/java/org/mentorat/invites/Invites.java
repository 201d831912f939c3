package org.mentorat.invites;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Sessions as iCalendar (RFC 5545) objects, following iTIP (RFC 5546) so that Outlook and Google
 * Calendar keep one event per session: the UID never changes, SEQUENCE is the session's, DTSTAMP
 * is the time of its last revision, and there is one organiser per event. Times carry the
 * organiser's TZID, with a VTIMEZONE for every TZID used.
 */
public final class Invites {

    public static final String PRODUCT = "-//Mentorat//Mentoring sessions 1.0//EN";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Invites() {
    }

    /**
     * The invite of one session to its participants: METHOD:REQUEST, or METHOD:CANCEL with
     * STATUS:CANCELLED once cancelled, with the organiser and every attendee.
     *
     * @throws IllegalArgumentException without an organiser, which iTIP requires
     */
    public static Calendar invite(SessionInvite session) {
        if (session.organiser() == null) {
            throw new IllegalArgumentException("an invite needs its organiser: session " + session.sessionId());
        }
        Method method = session.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        return calendar(method, List.of(session), List.of(CalendarEvents.withAttendees(session)));
    }

    /**
     * A person's feed of sessions: METHOD:PUBLISH, which iTIP allows no ATTENDEE in; the organiser
     * stays, when known, so that the feed's events and the invites describe the same events.
     */
    public static Calendar feed(List<SessionInvite> sessions, String calendarName) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH, sessions,
                sessions.stream().map(CalendarEvents::event).toList());
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        return calendar;
    }

    /** The calendar as a client reads it: CRLF line ends, long lines folded, UTF-8 once encoded. */
    public static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code text/calendar; charset=UTF-8; method=REQUEST}: iMIP (RFC 6047) wants the method beside the type. */
    public static String contentType(Calendar calendar) {
        String method = calendar.getProperty(Property.METHOD).map(Property::getValue)
                .orElseThrow(() -> new IllegalArgumentException("a calendar without METHOD"));
        return "text/calendar; charset=UTF-8; method=" + method;
    }

    /** The UID of a session's event, the same in every invite and feed. */
    public static String uid(String sessionId) {
        return "session-" + sessionId + "@mentorat";
    }

    private static Calendar calendar(Method method, List<SessionInvite> sessions, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        Set<String> zones = new LinkedHashSet<>();
        sessions.forEach(session -> zones.add(session.zone().getId()));
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
        events.forEach(calendar::add);
        return calendar;
    }
}
