package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.json;
import static org.mentorat.testkit.HttpApi.problem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.invites.Invites;
import org.mentorat.session.calendar.EventInvites;
import org.mentorat.session.people.Contact;
import org.mentorat.testkit.EventProbe;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Sessions in a zone, moved, called off, repeated, held and noted; their invites and the personal feed. */
class MeetingIT extends RunningSessionService {

    String mentorshipId;
    String sessions;
    LocalDate nextMonth = LocalDate.now().plusMonths(1);

    @BeforeEach
    void anOpenMentorship() {
        mentorshipId = driver.openMentorship(pairing).get("id").asString();
        sessions = "/api/v1/mentorships/" + mentorshipId + "/sessions";
    }

    @Test
    void everyChangeRaisesTheSequenceOnTheEventsAndInTheInviteWhoseUidStays() throws Exception {
        knowContacts();
        String id;
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            JsonNode session = expect(api.post(sessions, pairing.asMentee(), "{\"start\":\"" + nextMonth
                    + "T09:30\",\"timeZone\":\"Europe/Paris\",\"durationMinutes\":60,\"format\":\"IN_PERSON\","
                    + "\"location\":\"Room 4.12, Lyon office\"}"), 201);
            id = session.get("id").asString();
            JsonNode scheduled = JSON.readTree(probe.await(ofTypeAbout(SessionScheduled.TYPE, id)).value());
            assertThat(scheduled.get("timeZone").asString()).isEqualTo("Europe/Paris");
            assertThat(scheduled.get("format").asString()).isEqualTo("IN_PERSON");
            assertThat(scheduled.get("location").asString()).isEqualTo("Room 4.12, Lyon office");
            assertThat(scheduled.get("sequence").asInt()).isZero();
            String first = invite(id, "REQUEST");

            expect(api.post("/api/v1/sessions/" + id + "/reschedule", pairing.asMentor(),
                    "{\"start\":\"" + nextMonth + "T11:00\"}"), 200);
            JsonNode rescheduled = JSON.readTree(probe.await(ofTypeAbout(SessionRescheduled.TYPE, id)).value());
            assertThat(rescheduled.get("sequence").asInt()).isEqualTo(1);
            assertThat(rescheduled.get("timeZone").asString()).isEqualTo("Europe/Paris");
            String moved = invite(id, "REQUEST");

            expect(api.post("/api/v1/sessions/" + id + "/cancel", pairing.asMentee(), "{\"reason\":\"Ill\"}"), 200);
            JsonNode cancelled = JSON.readTree(probe.await(ofTypeAbout(SessionCancelled.TYPE, id)).value());
            assertThat(cancelled.get("sequence").asInt()).isEqualTo(2);
            assertThat(cancelled.get("reason").asString()).isEqualTo("Ill");
            String cancel = invite(id, "CANCEL");

            // what notification-service builds from the events on the broker is what this service serves
            assertThat(fromEvent(scheduled, SessionScheduled.class)).isEqualTo(first);
            assertThat(fromEvent(rescheduled, SessionRescheduled.class)).isEqualTo(moved);
            assertThat(fromEvent(cancelled, SessionCancelled.class)).isEqualTo(cancel);
            String uid = "UID:session-" + id + "@mentorat\r\n";
            assertThat(List.of(first, moved, cancel)).allSatisfy(ics -> assertThat(ics).contains(uid));
            assertThat(first).contains("SEQUENCE:0\r\n", "DTSTART;TZID=Europe/Paris:" + compact(nextMonth) + "T093000",
                    "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris", "ORGANIZER;CN=Mia Mentor:mailto:mia@acme.example",
                    "mailto:mo@acme.example", "LOCATION:Room 4.12\\, Lyon office");
            assertThat(moved).contains("SEQUENCE:1\r\n", "T110000");
            assertThat(cancel).contains("METHOD:CANCEL\r\n", "SEQUENCE:2\r\n", "STATUS:CANCELLED\r\n");
        }
        problem(api.post("/api/v1/sessions/" + id + "/complete", pairing.asMentor(), null), 409,
                "session-not-scheduled");
    }

    @Test
    void anInviteWaitsForEveryonesContactDetails() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();

        problem(api.get("/api/v1/sessions/" + id + "/invite.ics", pairing.asMentee()), 409,
                "contact-details-unknown");
    }

    @Test
    void aSessionIsHeldFromItsStartOnWithNotesOnlyTheirReadersSee() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        String complete = "/api/v1/sessions/" + id + "/complete";
        String body = "{\"actualMinutes\":50,\"topics\":[\"CV\"],\"note\":\"Nervous\",\"noteVisibility\":\"PRIVATE\"}";

        problem(api.post(complete, pairing.asMentor(), body), 409, "session-not-started");
        afterTheSessions();
        JsonNode held = expect(api.post(complete, pairing.asMentor(), body), 200);
        expect(api.post("/api/v1/sessions/" + id + "/notes", pairing.asMentee(),
                "{\"text\":\"Update the CV\",\"visibility\":\"SHARED\"}"), 201);

        assertThat(held.get("actualMinutes").asInt()).isEqualTo(50);
        assertThat(notes(pairing.asMentor(), id)).containsExactly("Nervous", "Update the CV");
        assertThat(notes(pairing.asMentee(), id)).containsExactly("Update the CV");
        assertThat(notes(pairing.asAdmin(), id)).isEmpty();
    }

    @Test
    void aNoShowNamesWhoDidNotComeFromTheStartOn() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        String noShow = "/api/v1/sessions/" + id + "/no-show";

        problem(api.post(noShow, pairing.asMentor(), "{\"absentIds\":[\"" + pairing.menteeId() + "\"]}"), 409,
                "session-not-started");
        afterTheSessions();
        JsonNode stranger = problem(api.post(noShow, pairing.asMentor(), "{\"absentIds\":[\"per-x\"]}"), 400,
                "validation");
        JsonNode missed = expect(api.post(noShow, pairing.asMentor(),
                "{\"absentIds\":[\"" + pairing.menteeId() + "\"]}"), 200);

        assertThat(stranger.get("errors").findValuesAsString("field")).containsExactly("absentIds");
        assertThat(missed.get("status").asString()).isEqualTo("NO_SHOW");
        assertThat(missed.get("absentIds").get(0).asString()).isEqualTo(pairing.menteeId());
    }

    @Test
    void aSeriesIsCreatedOnceEvenWhenTheRequestIsRetried() {
        String series = "{\"start\":\"" + nextMonth + "T18:00\",\"timeZone\":\"America/Toronto\","
                + "\"durationMinutes\":30,\"format\":\"VIDEO\",\"location\":\"https://meet.example.org/x\","
                + "\"repeat\":{\"cadence\":\"EVERY_TWO_WEEKS\",\"count\":4}}";

        JsonNode created = expect(api.post(sessions, pairing.asMentor(), series), 201);
        JsonNode retried = expect(api.post(sessions, pairing.asMentor(), series), 201);

        assertThat(retried).isEqualTo(created);
        JsonNode items = json(api.get(sessions, pairing.asMentee())).get("items");
        assertThat(items.size()).isEqualTo(4);
        assertThat(items.valueStream().map(item -> item.get("series").get("seriesId").asString()).distinct())
                .containsExactly(created.get("seriesId").asString());
        assertThat(items.valueStream().map(item -> item.get("start").asString()))
                .containsExactly(nextMonth + "T18:00:00", nextMonth.plusWeeks(2) + "T18:00:00",
                        nextMonth.plusWeeks(4) + "T18:00:00", nextMonth.plusWeeks(6) + "T18:00:00");
        assertThat(items.valueStream().map(item -> item.get("id").asString()).distinct()).hasSize(4);
        service.awaitEvent(org.mentorat.events.session.SessionScheduled.class,
                scheduled -> created.get("seriesId").asString().equals(scheduled.seriesId()));
    }

    @Test
    void badSeriesAndPlaceInputNamesEachField() {
        JsonNode problem = problem(api.post(sessions, pairing.asMentor(), "{\"start\":\"" + nextMonth
                + "T18:00\",\"timeZone\":\"Mars/Olympus\",\"durationMinutes\":30,\"format\":\"VIDEO\","
                + "\"location\":\"http://insecure.example.org\",\"repeat\":{\"count\":40}}"), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("timeZone", "location", "repeat.count", "repeat.cadence");
        assertThat(json(api.get(sessions, pairing.asMentor())).get("items").size()).isZero();
    }

    @Test
    void thePersonalFeedAnswersTheCurrentTokenOnlyWithoutABearer() {
        knowContacts();
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        String first = expect(api.post("/api/v1/calendar/token", pairing.asMentee(), null), 201).get("path")
                .asString();

        ResponseEntity<String> feed = api.get(first, null);
        assertThat(feed.getStatusCode().value()).isEqualTo(200);
        assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar")
                .contains("method=PUBLISH");
        assertThat(feed.getBody()).contains("METHOD:PUBLISH", "UID:session-" + id + "@mentorat")
                .doesNotContain("ATTENDEE");

        String second = expect(api.post("/api/v1/calendar/token", pairing.asMentee(), null), 201).get("path")
                .asString();
        assertThat(api.get(first, null).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get(second, null).getStatusCode().value()).isEqualTo(200);
        assertThat(second).matches("/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics");
    }

    @Test
    void theLatestContactDetailsWinAndAnErasureDropsThemForGood() {
        knowContacts();
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        String feed = expect(api.post("/api/v1/calendar/token", pairing.asMentee(), null), 201).get("path")
                .asString();
        service.publish(pairing.tenant(), pairing.menteeId(), 3, new ContactDetailsChanged(pairing.menteeId(), "Maud",
                "Mentee", "maud@acme.example", "fr", "Europe/Paris", Instant.now()));
        service.publish(pairing.tenant(), pairing.menteeId(), 2, new ContactDetailsChanged(pairing.menteeId(), "Stale",
                "Mentee", "stale@acme.example", "fr", "Europe/Paris", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> invite(id, "REQUEST").contains("maud@acme.example"));

        service.publish(pairing.tenant(), pairing.menteeId(), 4, new org.mentorat.events.profile.ProfileErasureRequested(
                "era-" + System.nanoTime(), pairing.menteeId(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/sessions/" + id + "/invite.ics",
                pairing.asMentor()).getStatusCode().value() == 409);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(feed, null).getStatusCode().value() == 404);
        service.publish(pairing.tenant(), pairing.menteeId(), 3, new ContactDetailsChanged(pairing.menteeId(), "Maud",
                "Mentee", "maud@acme.example", "fr", "Europe/Paris", Instant.now()));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> api.get(
                "/api/v1/sessions/" + id + "/invite.ics", pairing.asMentor()).getStatusCode().value() == 409);
    }

    /** The invite from the event alone and the contacts, in the language of the mentee who downloads it. */
    private String fromEvent(JsonNode data, Class<? extends DomainEvent> type) {
        Map<String, Contact> contacts = Map.of(
                pairing.mentorId(), new Contact(pairing.mentorId(), "Mia", "Mentor", "mia@acme.example", "en", null),
                pairing.menteeId(), new Contact(pairing.menteeId(), "Mo", "Mentee", "mo@acme.example", "fr", null));
        return Invites.text(Invites.invite(EventInvites.of(JSON.treeToValue(data, type), contacts, Locale.FRENCH)));
    }

    private String invite(String id, String method) {
        ResponseEntity<String> response = api.get("/api/v1/sessions/" + id + "/invite.ics", pairing.asMentee());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString())
                .startsWith("text/calendar").contains("charset=UTF-8", "method=" + method);
        assertThat(response.getBody()).contains("METHOD:" + method + "\r\n");
        return response.getBody();
    }

    /** ContactDetailsChanged for the pair, as profile's relay would publish them, then waits until an invite works. */
    private void knowContacts() {
        service.publish(pairing.tenant(), pairing.mentorId(), 1, new ContactDetailsChanged(pairing.mentorId(), "Mia",
                "Mentor", "mia@acme.example", "en", "Europe/Paris", Instant.now()));
        service.publish(pairing.tenant(), pairing.menteeId(), 1, new ContactDetailsChanged(pairing.menteeId(), "Mo",
                "Mentee", "mo@acme.example", "fr", "Europe/Paris", Instant.now()));
        String probe = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/v1/sessions/" + probe + "/invite.ics", pairing.asMentee()).getStatusCode().value()
                        == 200);
        expect(api.post("/api/v1/sessions/" + probe + "/cancel", pairing.asMentee(), null), 200);
    }

    private List<String> notes(String caller, String id) {
        return json(api.get("/api/v1/sessions/" + id, caller)).get("notes").valueStream()
                .map(note -> note.get("text").asString()).toList();
    }

    private static String compact(LocalDate date) {
        return date.toString().replace("-", "");
    }
}
