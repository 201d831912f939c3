package org.mentorat.session.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.mentorat.session.meeting.Session;
import org.mentorat.session.meeting.SessionMother;
import org.mentorat.session.people.Contact;

class SessionCalendarsTest {

    static final Map<String, Contact> CONTACTS = Map.of(
            MENTOR, new Contact(MENTOR, "Amélie", "Dupont", "amelie.dupont@acme.example", "fr", "Europe/Paris"),
            MENTEE, new Contact(MENTEE, "Karim", "Haddad", "karim.haddad@acme.example", "ar", "Africa/Casablanca"),
            SessionMother.SECOND_MENTEE, new Contact(SessionMother.SECOND_MENTEE, "Jo", "Lee", "jo.lee@acme.example",
                    "en", "America/Toronto"));

    @Test
    void anInviteIsAValidITipRequestWithTheOrganiserEveryAttendeeAndItsTimeZone() throws Exception {
        Calendar invite = parsed(SessionCalendars.invite(SessionMother.ofGroup(), CONTACTS, InviteTexts.in("en")));

        assertValid(invite);
        assertThat(value(invite, Property.METHOD)).isEqualTo("REQUEST");
        VEvent event = onlyEvent(invite);
        assertThat(value(event, Property.UID)).isEqualTo("session-ses-2@mentorat");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString())
                .isEqualTo("DTSTART;TZID=Europe/Paris:20260401T160000\r\n");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:amelie.dupont@acme.example");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue).containsExactly(
                "mailto:amelie.dupont@acme.example", "mailto:karim.haddad@acme.example", "mailto:jo.lee@acme.example");
        assertThat(event.<Property>getProperties(Property.ATTENDEE).get(1).toString())
                .contains("CN=Karim Haddad", "ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION", "RSVP=TRUE");
        assertThat(value(event, Property.URL)).isEqualTo(SessionMother.LINK);
        assertEveryTzidHasItsVTimeZone(invite);
    }

    @Test
    void reschedulingKeepsTheUidAndRaisesTheSequence() throws Exception {
        List<VEvent> versions = List.of(SessionMother.scheduled(), SessionMother.rescheduled(1),
                SessionMother.rescheduled(2)).stream()
                .map(session -> parsed(SessionCalendars.invite(session, CONTACTS, InviteTexts.in("fr"))))
                .map(SessionCalendarsTest::onlyEvent).toList();

        assertThat(versions).extracting(event -> value(event, Property.UID)).containsOnly("session-ses-1@mentorat");
        assertThat(versions).extracting(event -> value(event, Property.SEQUENCE)).containsExactly("0", "1", "2");
        assertThat(versions).extracting(event -> value(event, Property.DTSTAMP)).doesNotHaveDuplicates();
        assertThat(value(versions.get(2), Property.DTSTART)).isEqualTo("20260401T180000");
    }

    @Test
    void aCancelledSessionsInviteIsAValidITipCancel() throws Exception {
        Calendar cancel = parsed(SessionCalendars.invite(SessionMother.cancelled(), CONTACTS, InviteTexts.in("en")));

        assertValid(cancel);
        assertThat(value(cancel, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = onlyEvent(cancel);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo("session-ses-1@mentorat");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void aFeedIsAValidPublishOfEverySessionInItsOwnTimeZone() throws Exception {
        Session toronto = SessionMother.rescheduled(1);
        Calendar feed = parsed(SessionCalendars.feed(List.of(SessionMother.ofGroup(), SessionMother.cancelled()),
                CONTACTS, InviteTexts.in("ar")));

        assertValid(feed);
        assertThat(value(feed, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(feed.<VEvent>getComponents(Component.VEVENT)).hasSize(2)
                .allSatisfy(event -> assertThat(event.getProperties(Property.ATTENDEE)).isEmpty());
        assertThat(toronto.plan().timeZone()).isEqualTo("Europe/Paris");
        assertEveryTzidHasItsVTimeZone(feed);
    }

    @Test
    void theValidatorCatchesARequestWithoutOrganiser() throws Exception {
        Calendar broken = SessionCalendars.invite(SessionMother.scheduled(), CONTACTS, InviteTexts.in("en"));
        broken.<VEvent>getComponents(Component.VEVENT).getFirst().removeAll(Property.ORGANIZER);

        assertThat(broken.validate().hasErrors()).isTrue();
    }

    /** Through text and back, as a calendar client reads it. */
    static Calendar parsed(Calendar calendar) {
        String text = SessionCalendars.text(calendar);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n", "PRODID:");
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("unreadable iCalendar:\n" + text, e);
        }
    }

    static void assertValid(Calendar calendar) throws Exception {
        ValidationResult rfc5545 = calendar.validate();
        ValidationResult itip = new ITIPValidator().validate(calendar);
        assertThat(rfc5545.hasErrors()).as("RFC 5545: %s", rfc5545).isFalse();
        assertThat(itip.hasErrors()).as("iTIP: %s", itip).isFalse();
    }

    static void assertEveryTzidHasItsVTimeZone(Calendar calendar) {
        List<String> defined = calendar.getComponents(Component.VTIMEZONE).stream()
                .map(zone -> value(zone, Property.TZID)).toList();
        List<String> used = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .flatMap(event -> event.getProperties().stream())
                .flatMap(property -> property.getParameter("TZID").stream())
                .map(net.fortuna.ical4j.model.Parameter::getValue).distinct().toList();
        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }
}
