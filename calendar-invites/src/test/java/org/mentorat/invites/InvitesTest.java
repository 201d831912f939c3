package org.mentorat.invites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.invites.Ics.assertEveryTzidHasItsVTimeZone;
import static org.mentorat.invites.Ics.assertValid;
import static org.mentorat.invites.Ics.onlyEvent;
import static org.mentorat.invites.Ics.parsed;
import static org.mentorat.invites.Ics.value;
import static org.mentorat.invites.InviteMother.AMELIE;
import static org.mentorat.invites.InviteMother.KARIM;
import static org.mentorat.invites.InviteMother.LINK;
import static org.mentorat.invites.InviteMother.PARIS;
import static org.mentorat.invites.InviteMother.SCHEDULED_AT;
import static org.mentorat.invites.InviteMother.STARTS_AT;

import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class InvitesTest {

    @Test
    void anInviteIsAValidITipRequestWithTheOrganiserEveryAttendeeAndItsTimeZone() {
        Calendar invite = parsed(Invites.invite(InviteMother.ofGroup()));

        assertValid(invite);
        assertThat(value(invite, Property.METHOD)).isEqualTo("REQUEST");
        VEvent event = onlyEvent(invite);
        assertThat(value(event, Property.UID)).isEqualTo("session-ses-2@mentorat");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString())
                .isEqualTo("DTSTART;TZID=Europe/Paris:20260401T160000\r\n");
        assertThat(value(event, Property.DTEND)).isEqualTo("20260401T164500");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Mentoring session with Amélie Dupont, Karim Haddad");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Career goals");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:amelie.dupont@acme.example");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue).containsExactly(
                "mailto:amelie.dupont@acme.example", "mailto:karim.haddad@acme.example", "mailto:jo.lee@acme.example");
        assertThat(event.<Property>getProperties(Property.ATTENDEE).get(0).toString())
                .contains("CN=\"Amélie Dupont\"", "ROLE=CHAIR", "PARTSTAT=ACCEPTED", "RSVP=FALSE");
        assertThat(event.<Property>getProperties(Property.ATTENDEE).get(1).toString())
                .contains("CN=Karim Haddad", "ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION", "RSVP=TRUE");
        assertThat(value(event, Property.URL)).isEqualTo(LINK);
        assertEveryTzidHasItsVTimeZone(invite);
    }

    @Test
    void aCancelledSessionsInviteIsAValidITipCancel() {
        Calendar cancel = parsed(Invites.invite(InviteMother.cancelled()));

        assertValid(cancel);
        assertThat(value(cancel, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = onlyEvent(cancel);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo("session-ses-1@mentorat");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void reschedulingKeepsTheUidWhileTheSequenceAndTheStampMove() {
        List<VEvent> versions = List.of(InviteMother.scheduled(), InviteMother.rescheduled(1),
                InviteMother.rescheduled(2)).stream().map(session -> onlyEvent(parsed(Invites.invite(session)))).toList();

        assertThat(versions).extracting(event -> value(event, Property.UID)).containsOnly("session-ses-1@mentorat");
        assertThat(versions).extracting(event -> value(event, Property.SEQUENCE)).containsExactly("0", "1", "2");
        assertThat(versions).extracting(event -> value(event, Property.DTSTAMP))
                .containsExactly("20260320T080000Z", "20260320T080100Z", "20260320T080200Z");
        assertThat(versions).extracting(event -> value(event, Property.CREATED)).containsOnly("20260320T080000Z");
        assertThat(value(versions.get(2), Property.DTSTART)).isEqualTo("20260401T180000");
    }

    /** What lets an e-mailed invite and a downloaded one update the same event: equal values, equal text. */
    @Test
    void theSameSessionIsTheSameTextByteForByteWhenEverItIsWritten() {
        String first = Invites.text(Invites.invite(InviteMother.ofGroup()));
        String again = Invites.text(Invites.invite(InviteMother.ofGroup()));

        assertThat(again).isEqualTo(first);
        assertThat(first).contains("DTSTAMP:20260320T080000Z\r\n", "LAST-MODIFIED:20260320T080000Z\r\n");
    }

    @Test
    void aFeedIsAValidPublishOfEverySessionWithoutAttendeesAndAVTimeZonePerZone() {
        Calendar feed = parsed(Invites.feed(List.of(InviteMother.ofGroup(), InviteMother.cancelled(),
                InviteMother.inToronto()), "Séances de mentorat"));

        assertValid(feed);
        assertThat(value(feed, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(feed, "X-WR-CALNAME")).isEqualTo("Séances de mentorat");
        assertThat(feed.<VEvent>getComponents(Component.VEVENT)).hasSize(3)
                .allSatisfy(event -> assertThat(event.getProperties(Property.ATTENDEE)).isEmpty())
                .allSatisfy(event -> assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:amelie.dupont@acme.example"));
        assertThat(feed.<net.fortuna.ical4j.model.component.VTimeZone>getComponents(Component.VTIMEZONE)).extracting(zone -> value(zone, Property.TZID))
                .containsExactly("Europe/Paris", "America/Toronto");
        assertEveryTzidHasItsVTimeZone(feed);
    }

    @Test
    void onlyAVideoSessionGivesItsLocationAsALink() {
        SessionInvite video = InviteMother.scheduled();
        SessionInvite inPerson = new SessionInvite("ses-4", 0, false, STARTS_AT, PARIS, 30, MeetingFormat.IN_PERSON,
                "Room 4.12", null, "Mentoring session", SCHEDULED_AT, SCHEDULED_AT, AMELIE, List.of(KARIM));

        VEvent online = onlyEvent(parsed(Invites.invite(video)));
        VEvent room = onlyEvent(parsed(Invites.invite(inPerson)));

        assertThat(value(online, Property.URL)).isEqualTo(LINK);
        assertThat(value(room, Property.LOCATION)).isEqualTo("Room 4.12");
        assertThat(room.getProperty(Property.URL)).isEmpty();
        assertThat(room.getProperty(Property.DESCRIPTION)).isEmpty();
    }

    @Test
    void withoutRevisionTimesTheStartStampsTheEventSoItStaysStable() {
        SessionInvite old = new SessionInvite("ses-5", 0, false, STARTS_AT, PARIS, 45, null, null, null,
                "Mentoring session", null, null, AMELIE, List.of(KARIM));

        VEvent event = onlyEvent(parsed(Invites.invite(old)));

        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260401T140000Z");
        assertThat(value(event, Property.CREATED)).isEqualTo("20260401T140000Z");
    }

    @Test
    void anInviteNeedsItsOrganiserWhileAFeedDoesWithout() {
        SessionInvite unknownMentor = new SessionInvite("ses-6", 0, false, STARTS_AT, PARIS, 45, MeetingFormat.PHONE,
                null, null, "Mentoring session", SCHEDULED_AT, SCHEDULED_AT, null, List.of(KARIM));

        assertThatThrownBy(() -> Invites.invite(unknownMentor)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organiser");
        Calendar feed = parsed(Invites.feed(List.of(unknownMentor), "Mentoring sessions"));
        assertThat(value(onlyEvent(feed), Property.UID)).isEqualTo("session-ses-6@mentorat");
        assertThat(onlyEvent(feed).getProperty(Property.ORGANIZER)).isEmpty();
    }

    /** Keeps the validator honest: it does see what iTIP forbids. */
    @Test
    void theValidatorCatchesARequestWithoutOrganiser() {
        Calendar broken = Invites.invite(InviteMother.scheduled());
        broken.<VEvent>getComponents(Component.VEVENT).getFirst().removeAll(Property.ORGANIZER);

        assertThat(broken.validate().hasErrors()).isTrue();
    }

    @Test
    void anAddressWithNonAsciiCharactersStillMakesAValidInviteAndTheOrganiserIsNamedOnce() {
        Participant zoe = new Participant("Zoé", "zoé@exemple.fr");
        SessionInvite session = new SessionInvite("ses-7", 0, false, STARTS_AT, PARIS, 45, MeetingFormat.CHAT, null,
                null, "Séance de mentorat avec Zoé", SCHEDULED_AT, SCHEDULED_AT, AMELIE, List.of(zoe, AMELIE));

        Calendar invite = parsed(Invites.invite(session));

        assertValid(invite);
        assertThat(onlyEvent(invite).<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                .containsExactly("mailto:amelie.dupont@acme.example", "mailto:zoé@exemple.fr");
    }

    @Test
    void theContentTypeNamesTheMethodAsIMipWantsIt() {
        assertThat(Invites.contentType(Invites.invite(InviteMother.scheduled())))
                .isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(Invites.contentType(Invites.invite(InviteMother.cancelled())))
                .isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
        assertThat(Invites.contentType(Invites.feed(List.of(), "Mentoring sessions")))
                .isEqualTo("text/calendar; charset=UTF-8; method=PUBLISH");
    }
}
