package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.json;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mentorat.events.Topics;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.testkit.EventProbe;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A mentee's erasure clears their words here, keeps the program's figures, and is confirmed once. */
class PersonErasureIT extends RunningSessionService {

    @Autowired
    MongoDatabase database;

    @Test
    void aReplayedErasureClearsTheMenteesWordsOnceAndConfirmsOnce() {
        String mentorshipId = driver.openMentorship(pairing).get("id").asString();
        String sessionId = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        afterTheSessions();
        expect(api.post("/api/v1/sessions/" + sessionId + "/complete", pairing.asMentor(), null), 200);
        expect(api.post("/api/v1/sessions/" + sessionId + "/feedback", pairing.asMentee(),
                "{\"rating\":4,\"helped\":\"NO\",\"comment\":\"My manager ignores me\"}"), 201);
        expect(api.post("/api/v1/sessions/" + sessionId + "/feedback", pairing.asMentor(),
                "{\"rating\":5,\"helped\":\"YES\",\"comment\":\"Good progress\"}"), 201);
        String erasureId = "era-" + System.nanoTime();
        var requested = new ProfileErasureRequested(erasureId, pairing.menteeId(), Instant.now());

        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.PRIVACY_RECEIPTS)) {
            for (int delivery = 0; delivery < 2; delivery++) {
                service.publish(pairing.tenant(), pairing.menteeId(), 1, requested);
            }

            JsonNode receipt = JSON.readTree(probe.await(ofTypeAbout(ErasureCompleted.TYPE, erasureId)).value());
            assertThat(receipt.get("service").asString()).isEqualTo("session-service");
            assertThat(receipt.get("personId").asString()).isEqualTo(pairing.menteeId());
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                    probe.matching(ofTypeAbout(ErasureCompleted.TYPE, erasureId)).size() == 1);
            assertThat(header(probe.await(ofTypeAbout(ErasureCompleted.TYPE, erasureId)), "ce_source"))
                    .isEqualTo("/session-service");
        }

        JsonNode session = json(api.get("/api/v1/sessions/" + sessionId, pairing.asAdmin()));
        assertThat(session.get("agenda").isNull()).isTrue();
        assertThat(session.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(session.get("menteeId").asString()).isEqualTo(pairing.menteeId());
        Document stored = database.getCollection("sessions").find(new Document("_id", sessionId)).first();
        List<Document> feedback = stored.getList("feedback", Document.class);
        Document mentees = feedback.stream().filter(given -> pairing.menteeId().equals(given.getString("authorId")))
                .findFirst().orElseThrow();
        Document mentors = feedback.stream().filter(given -> pairing.mentorId().equals(given.getString("authorId")))
                .findFirst().orElseThrow();
        assertThat(mentees.get("comment")).isNull();
        assertThat(mentees.getInteger("rating")).isEqualTo(4);
        assertThat(mentors.getString("comment")).isEqualTo("Good progress");
        assertThat(stored.getDate("completedAt")).isNotNull();
        List<Document> erasures = stored.getList("erasures", Document.class);
        assertThat(erasures).singleElement().satisfies(mark -> {
            assertThat(mark.getString("erasureId")).isEqualTo(erasureId);
            assertThat(mark.getList("cleared", String.class)).containsExactly("agenda", "feedback.comment");
        });
        assertThat(database.getCollection("mentorships").find(new Document("_id", mentorshipId)).first()
                .getString("status")).isEqualTo("ACTIVE");
    }
}
