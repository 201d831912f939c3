package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.json;

import java.time.Duration;
import java.time.Instant;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.events.EventJson;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import tools.jackson.databind.JsonNode;

/** What session-service needs around it: matching's events on the broker, mentorships and sessions to work on. */
final class SessionSteps {

    private final ServiceDriver service;
    private final HttpApi api;

    SessionSteps(ServiceDriver service) {
        this.service = service;
        this.api = service.api();
    }

    /** A MatchAccepted exactly as matching-service's outbox relay would publish it. */
    static OutboxEvent matchAcceptedEvent(String tenant, MatchAccepted accepted) {
        return new OutboxEvent(EventIds.next(), Topics.MATCHING_EVENTS, EventSources.MATCHING, MatchAccepted.TYPE,
                accepted.matchId(), tenant, 2, Instant.now(), EventJson.write(accepted), null);
    }

    void publish(OutboxEvent event) {
        service.publish(event);
    }

    /**
     * Publishes the pairing's program (a two-year one-to-one program unless said otherwise), accepts
     * the match on the broker and waits until its mentee sees the mentorship. Its planned end,
     * 2028-02-28, keeps it clear of the calendar that completes mentorships on the real clock.
     */
    JsonNode openMentorship(Pairing pairing) {
        return openMentorship(pairing, "ONE_TO_ONE", 104);
    }

    JsonNode openMentorship(Pairing pairing, String programType, int relationshipWeeks) {
        publishProgram(pairing, programType, relationshipWeeks);
        publish(matchAcceptedEvent(pairing.tenant(), pairing.accepted()));
        return awaitMentorshipOf(pairing);
    }

    /** The pairing's program as profile-service publishes it: only what session-service reads is filled in. */
    void publishProgram(Pairing pairing, String programType, int relationshipWeeks) {
        service.publish(pairing.tenant(), pairing.programId(), 1, new ProgramPublished(pairing.programId(),
                "Leadership circle", programType, Instant.now(), null, null, relationshipWeeks, 2, "ADMIN_COHORT",
                null, null, "QUALITY", 5, 7, null));
    }

    JsonNode awaitMentorshipOf(Pairing pairing) {
        String ofProgram = "/api/v1/mentorships?programId=" + pairing.programId();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                json(api.get(ofProgram, pairing.asMentee())).get("items").size() > 0);
        JsonNode items = json(api.get(ofProgram, pairing.asMentee())).get("items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0);
    }

    /** Schedules a session a week ahead as the mentee and returns it. */
    JsonNode scheduleSession(Pairing pairing, String mentorshipId) {
        return expect(api.post("/api/v1/mentorships/" + mentorshipId + "/sessions", pairing.asMentee(),
                "{\"startsAt\":\"" + Instant.now().plus(Duration.ofDays(7)) + "\",\"durationMinutes\":45,"
                        + "\"agenda\":\"Career goals\"}"), 201);
    }
}
