package org.mentorat.session.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.mentorat.invites.Invites;
import org.mentorat.platform.store.Changed;
import org.mentorat.session.meeting.Session;
import org.mentorat.session.meeting.SessionMother;
import org.mentorat.session.people.Contact;

/** Sessions as this service's invites and feeds: valid iTIP, one UID, and the same text the events allow to build. */
class SessionInvitesTest {

    static final Map<String, Contact> CONTACTS = Map.of(
            MENTOR, new Contact(MENTOR, "Amélie", "Dupont", "amelie.dupont@acme.example", "fr", "Europe/Paris"),
            MENTEE, new Contact(MENTEE, "Karim", "Haddad", "karim.haddad@acme.example", "ar", "Africa/Casablanca"),
            SessionMother.SECOND_MENTEE, new Contact(SessionMother.SECOND_MENTEE, "Jo", "Lee", "jo.lee@acme.example",
                    "en", "America/Toronto"));

    @Test
    void aGroupSessionsInviteIsAValidITipRequestFromTheMentorToEveryMentee() {
        Calendar invite = parsed(invite(SessionMother.ofGroup(), "en"));

        assertValid(invite);
        assertThat(value(invite, Property.METHOD)).isEqualTo("REQUEST");
        VEvent event = onlyEvent(invite);
        assertThat(value(event, Property.UID)).isEqualTo("session-ses-2@mentorat");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Mentoring session with Amélie Dupont, Karim Haddad, Jo Lee");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString())
                .isEqualTo("DTSTART;TZID=Europe/Paris:20260401T160000\r\n");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:amelie.dupont@acme.example");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue).containsExactly(
                "mailto:amelie.dupont@acme.example", "mailto:karim.haddad@acme.example", "mailto:jo.lee@acme.example");
        assertThat(value(event, Property.URL)).isEqualTo(SessionMother.LINK);
    }

    @Test
    void reschedulingKeepsTheUidAndRaisesTheSequence() {
        List<VEvent> versions = List.of(SessionMother.scheduled(), SessionMother.rescheduled(1),
                SessionMother.rescheduled(2)).stream().map(session -> onlyEvent(parsed(invite(session, "fr")))).toList();

        assertThat(versions).extracting(event -> value(event, Property.UID)).containsOnly("session-ses-1@mentorat");
        assertThat(versions).extracting(event -> value(event, Property.SEQUENCE)).containsExactly("0", "1", "2");
        assertThat(versions).extracting(event -> value(event, Property.DTSTAMP)).doesNotHaveDuplicates();
        assertThat(value(versions.get(2), Property.DTSTART)).isEqualTo("20260401T180000");
        assertThat(value(versions.get(0), Property.SUMMARY)).startsWith("Séance de mentorat avec ");
    }

    @Test
    void aCancelledSessionsInviteIsAValidITipCancel() {
        Calendar cancel = parsed(invite(SessionMother.cancelled(), "en"));

        assertValid(cancel);
        assertThat(value(cancel, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = onlyEvent(cancel);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo("session-ses-1@mentorat");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void aFeedIsAValidPublishOfEverySessionWithoutAttendees() {
        Calendar feed = parsed(Invites.feed(List.of(SessionMother.ofGroup(), SessionMother.cancelled()).stream()
                .map(session -> SessionInvites.of(session, CONTACTS, SessionInvites.textsIn("ar"))).toList(), "feed"));

        assertValid(feed);
        assertThat(value(feed, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(feed.<VEvent>getComponents(Component.VEVENT)).hasSize(2)
                .allSatisfy(event -> assertThat(event.getProperties(Property.ATTENDEE)).isEmpty())
                .allSatisfy(event -> assertThat(value(event, Property.SUMMARY)).startsWith("جلسة إرشاد مع"));
    }

    /**
     * What lets notification-service e-mail the invite this service serves: built from each event
     * alone (and the contacts), the invite is the same text, byte for byte, as the session's own.
     */
    @Test
    void theInviteBuiltFromEachEventAloneIsTheSessionsOwnByteForByte() {
        for (Changed<Session> step : SessionMother.calendarHistory()) {
            String own = Invites.text(invite(step.state(), "fr"));
            String fromEvent = Invites.text(Invites.invite(EventInvites.of(step.events().getFirst(), CONTACTS,
                    Locale.FRENCH)));

            assertThat(fromEvent).as("from %s", step.events().getFirst()).isEqualTo(own);
        }
    }

    private static Calendar invite(Session session, String language) {
        return Invites.invite(SessionInvites.of(session, CONTACTS, SessionInvites.textsIn(language)));
    }

    /** Through text and back, as a calendar client reads it. */
    static Calendar parsed(Calendar calendar) {
        String text = Invites.text(calendar);
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("unreadable iCalendar:\n" + text, e);
        }
    }

    static void assertValid(Calendar calendar) {
        ValidationResult rfc5545 = calendar.validate();
        ValidationResult itip = new ITIPValidator().validate(calendar);
        assertThat(rfc5545.hasErrors()).as("RFC 5545: %s", rfc5545).isFalse();
        assertThat(itip.hasErrors()).as("iTIP: %s", itip).isFalse();
    }

    static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    static String value(PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }
}
