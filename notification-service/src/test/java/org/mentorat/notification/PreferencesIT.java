package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.problem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.notification.contact.Contacts;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.message.Category;
import org.mentorat.notification.preference.Preferences;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A person's own notification preferences over the API, and what the other features read from them. */
class PreferencesIT extends RunningNotificationService {

    static final String MINE = "/api/v1/notification-preferences/me";

    @Autowired
    Preferences preferences;

    @Autowired
    Contacts contacts;

    @Test
    void someoneWhoNeverChoseGetsEverythingByEmailAndInAppAtAnyHour() {
        JsonNode mine = expect(api.get(MINE, pair.asMentee()), 200);

        assertThat(mine.get("channels").propertyNames()).hasSize(Category.values().length);
        assertThat(strings(mine.get("channels").get("SESSIONS"))).containsExactly("EMAIL", "IN_APP");
        assertThat(mine.get("optedOut").isEmpty()).isTrue();
        assertThat(mine.get("quietHours").isNull()).isTrue();
        assertThat(mine.get("timeZone").isNull()).isTrue();
        assertThat(mine.get("effectiveTimeZone").asString()).isEqualTo("UTC");
    }

    @Test
    void whatAPersonSavesIsWhatTheyAndTheSendersGetAndNobodyElseIsAffected() {
        JsonNode saved = expect(api.put(MINE, pair.asMentee(), Map.of(
                "channels", Map.of("SESSIONS", List.of("SLACK", "EMAIL"), "NUDGES", List.of()),
                "optedOut", List.of("SURVEYS"),
                "quietHours", Map.of("start", "22:00", "end", "07:00"),
                "timeZone", "America/Montreal")), 200);
        JsonNode read = expect(api.get(MINE, pair.asMentee()), 200);

        assertThat(read).isEqualTo(saved);
        assertThat(strings(read.get("channels").get("SESSIONS"))).containsExactly("EMAIL", "SLACK");
        assertThat(strings(read.get("channels").get("FEEDBACK"))).containsExactly("EMAIL", "IN_APP");
        assertThat(read.get("quietHours").get("start").asString()).isEqualTo("22:00");
        assertThat(read.get("effectiveTimeZone").asString()).isEqualTo("America/Montreal");
        String tenant = pair.tenant();
        assertThat(preferences.channelsFor(tenant, pair.menteeId(), Category.SESSIONS, Set.of()))
                .containsExactly(Channel.EMAIL, Channel.SLACK);
        assertThat(preferences.channelsFor(tenant, pair.menteeId(), Category.SURVEYS, Set.of())).isEmpty();
        assertThat(preferences.channelsFor(tenant, pair.menteeId(), Category.SURVEYS, Set.of(Category.SURVEYS)))
                .containsExactly(Channel.EMAIL, Channel.IN_APP);
        assertThat(preferences.channelsFor(tenant, pair.mentorId(), Category.SURVEYS, Set.of()))
                .containsExactly(Channel.EMAIL, Channel.IN_APP);
        assertThat(strings(expect(api.get(MINE, pair.asMentor()), 200).get("optedOut"))).isEmpty();
    }

    @Test
    void quietHoursAreKeptInTheZoneOfThePersonsProfileUnlessTheyChoseAnother() {
        service.publish(pair.tenant(), pair.menteeId(), 1, new ContactDetailsChanged(pair.menteeId(), "Mo", "Mentee",
                "mo@acme.example", "fr", "Europe/Paris", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> contacts.of(pair.tenant(), pair.menteeId()).isPresent());
        expect(api.put(MINE, pair.asMentee(), Map.of("quietHours", Map.of("start", "22:00", "end", "07:00"))), 200);
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant due = LocalDateTime.now(paris).plusDays(2).withHour(23).withMinute(30).atZone(paris).toInstant();

        JsonNode mine = expect(api.get(MINE, pair.asMentee()), 200);
        Instant delivered = preferences.deliveryTime(pair.tenant(), pair.menteeId(), paris, due, null);

        assertThat(mine.get("effectiveTimeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(delivered.atZone(paris).toLocalTime()).hasToString("07:00");
        assertThat(preferences.deliveryTime(pair.tenant(), pair.mentorId(), paris, due, null)).isEqualTo(due);
    }

    @Test
    void aOneClickOptOutAddsToThePreferencesAndForgettingBringsBackTheDefaults() {
        expect(api.put(MINE, pair.asMentee(), Map.of("optedOut", List.of("NUDGES"))), 200);

        preferences.optOut(pair.tenant(), pair.menteeId(), Category.GOALS);
        preferences.optOut(pair.tenant(), pair.menteeId(), Category.GOALS);
        assertThat(strings(expect(api.get(MINE, pair.asMentee()), 200).get("optedOut")))
                .containsExactly("NUDGES", "GOALS");

        preferences.forget(pair.tenant(), pair.menteeId());
        assertThat(strings(expect(api.get(MINE, pair.asMentee()), 200).get("optedOut"))).isEmpty();
    }

    @Test
    void badPreferencesAreABadRequestNamingTheField() {
        String mentee = pair.asMentee();

        assertThat(fields(problem(api.put(MINE, mentee, Map.of("channels", Map.of("SESSIONS", List.of("PIGEON")))),
                400, "validation"))).containsExactly("channels.SESSIONS[0]");
        assertThat(fields(problem(api.put(MINE, mentee, Map.of("channels", Map.of("GOSSIP", List.of("EMAIL")))),
                400, "validation"))).singleElement().asString().startsWith("channels");
        assertThat(fields(problem(api.put(MINE, mentee, Map.of("optedOut", List.of("GOSSIP"))), 400, "validation")))
                .containsExactly("optedOut[0]");
        assertThat(fields(problem(api.put(MINE, mentee, Map.of("quietHours", Map.of("start", "25:00", "end", "07:00"))),
                400, "validation"))).containsExactly("quietHours.start");
        assertThat(fields(problem(api.put(MINE, mentee, Map.of("quietHours", Map.of("start", "07:00", "end", "07:00"),
                "timeZone", "Paris")), 400, "validation"))).containsExactly("quietHours.end", "timeZone");
        assertThat(fields(problem(api.put(MINE, mentee, Map.of("quietHours", Map.of("end", "07:00"))), 400,
                "validation"))).containsExactly("quietHours.start");
        problem(api.get(MINE, null), 401, "unauthorized");
        assertThat(expect(api.get(MINE, mentee), 200).get("quietHours").isNull()).as("nothing was saved").isTrue();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsString("field");
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
