package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.session.SessionSteps.matchAcceptedEvent;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofType;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.json;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.testkit.EventProbe;
import tools.jackson.databind.JsonNode;

/** MatchAccepted on matching-events opens exactly one mentorship, announced on session-events. */
class MentorshipOpeningIT extends RunningSessionService {

    @Test
    void anAcceptedMatchOpensAnActiveMentorshipAndAnnouncesIt() {
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            JsonNode mentorship = driver.openMentorship(pairing);

            String id = mentorship.get("id").asString();
            assertThat(mentorship.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(mentorship.get("matchId").asString()).isEqualTo(pairing.matchId());
            assertThat(mentorship.get("mentorId").asString()).isEqualTo(pairing.mentorId());
            assertThat(mentorship.get("startedAt").asString()).isEqualTo("2026-03-02T09:30:00Z");
            ConsumerRecord<String, byte[]> started = probe.await(ofTypeAbout(MentorshipStarted.TYPE, id));
            assertThat(started.key()).isEqualTo(id);
            assertThat(header(started, "ce_source")).isEqualTo("/session-service");
            assertThat(header(started, "ce_tenantid")).isEqualTo("acme");
            assertThat(header(started, "ce_sequence")).isEqualTo("1");
            JsonNode data = JSON.readTree(started.value());
            assertThat(data.get("mentorshipId").asString()).isEqualTo(id);
            assertThat(data.get("matchId").asString()).isEqualTo(pairing.matchId());
            assertThat(data.get("programId").asString()).isEqualTo(pairing.programId());
            assertThat(data.get("mentorId").asString()).isEqualTo(pairing.mentorId());
            assertThat(data.get("menteeId").asString()).isEqualTo(pairing.menteeId());
            assertThat(data.get("programType").asString()).isEqualTo("ONE_TO_ONE");
            assertThat(data.get("plannedEnd").asString()).isEqualTo("2028-02-28");
            assertThat(mentorship.get("plannedEnd").asString()).isEqualTo("2028-02-28");

            JsonNode asMentor = expect(api.get("/api/v1/mentorships/" + id, pairing.asMentor()), 200);
            assertThat(asMentor.get("menteeIds").get(0).asString()).isEqualTo(pairing.menteeId());
        }
    }

    @Test
    void aRedeliveredAcceptanceStillOpensOneMentorshipAnnouncedOnce() {
        Pairing later = pairing.inSameProgram();
        OutboxEvent accepted = matchAcceptedEvent(pairing.tenant(), pairing.accepted());
        driver.publishProgram(pairing, "ONE_TO_ONE", 104);
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            driver.publish(accepted);
            driver.publish(accepted);
            // one partition in tests: once the later match is applied, both copies have been too
            driver.openMentorship(later);

            JsonNode program = json(api.get("/api/v1/mentorships?programId=" + pairing.programId(),
                    pairing.asAdmin()));
            assertThat(program.get("total").asLong()).isEqualTo(2);
            String id = driver.awaitMentorshipOf(pairing).get("id").asString();
            probe.await(ofTypeAbout(MentorshipStarted.TYPE, id));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() ->
                    probe.matching(ofType(MentorshipStarted.TYPE).and(record ->
                            JSON.readTree(record.value()).get("matchId").asString().equals(pairing.matchId())))
                            .size() == 1);
        }
    }

    @Test
    void anAcceptanceMissingItsMenteeIsDeadLetteredAndOpensNothing() {
        MatchAccepted incomplete = new MatchAccepted(pairing.matchId(), pairing.programId(), pairing.mentorId(), null,
                pairing.accepted().acceptedAt());
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.deadLetterOf(Topics.MATCHING_EVENTS))) {
            driver.publish(matchAcceptedEvent(pairing.tenant(), incomplete));

            ConsumerRecord<String, byte[]> dead = probe.await(record -> pairing.matchId().equals(record.key()));
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("menteeId");
        }
        JsonNode program = json(api.get("/api/v1/mentorships?programId=" + pairing.programId(),
                pairing.asAdmin()));
        assertThat(program.get("total").asLong()).isZero();
    }
}
