package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.session.SessionSteps.matchAcceptedEvent;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.json;
import static org.mentorat.testkit.HttpApi.problem;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipResumed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SurveySubmitted;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.events.EventJson;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.session.mentorship.MentorshipCalendar;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A mentorship's life through the real broker: facts from other services end or complete it, people
 * steer it. Programs here last long enough that the calendar, which runs on the real clock in the
 * background, leaves their mentorships alone; the calendar test calls it with the times it needs.
 */
class MentorshipLifecycleIT extends RunningSessionService {

    @Autowired
    MongoDatabase database;

    @Autowired
    MentorshipCalendar calendar;

    @Test
    void matchEndedEndsTheMentorshipOnceHoweverOftenItIsDelivered() {
        String id = driver.openMentorship(pairing).get("id").asString();
        MatchEnded ended = new MatchEnded(pairing.matchId(), pairing.programId(), pairing.mentorId(),
                pairing.menteeId(), "MENTEE_WITHDREW", "ACCEPTED", Instant.parse("2026-06-01T10:00:00Z"));
        OutboxEvent event = new OutboxEvent(EventIds.next(), Topics.MATCHING_EVENTS, EventSources.MATCHING,
                MatchEnded.TYPE, pairing.matchId(), pairing.tenant(), 3, Instant.now(), EventJson.write(ended), null);

        driver.publish(event);
        MentorshipEnded announced = service.awaitEvent(MentorshipEnded.class, e -> e.mentorshipId().equals(id));
        long version = versionOf(id);
        driver.publish(event);
        driver.openMentorship(pairing.inSameProgram());

        assertThat(announced.reason()).isEqualTo("MENTEE_WITHDREW");
        assertThat(announced.endedAt()).isEqualTo(ended.endedAt());
        JsonNode mentorship = expect(api.get("/api/v1/mentorships/" + id, pairing.asMentee()), 200);
        assertThat(mentorship.get("status").asString()).isEqualTo("ENDED_EARLY");
        assertThat(mentorship.get("closure").get("reason").asString()).isEqualTo("MENTEE_WITHDREW");
        assertThat(versionOf(id)).isEqualTo(version);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() ->
                service.events(MentorshipEnded.class, e -> e.mentorshipId().equals(id)).size() == 1);
    }

    @Test
    void aDeactivatedMentorEndsTheirMentorshipsEarly() {
        String id = driver.openMentorship(pairing).get("id").asString();

        service.publish(pairing.tenant(), pairing.mentorId(), 4, new ProfileDeactivated(pairing.mentorId(), "E-1",
                "LEAVER", Instant.parse("2026-07-01T00:00:00Z")));

        MentorshipEnded ended = service.awaitEvent(MentorshipEnded.class, e -> e.mentorshipId().equals(id));
        assertThat(ended.reason()).isEqualTo("PARTICIPANT_DEACTIVATED");
        assertThat(json(api.get("/api/v1/mentorships/" + id, pairing.asAdmin())).get("status").asString())
                .isEqualTo("ENDED_EARLY");
    }

    @Test
    void aClosedProgramCompletesItAndEachSideAnswersTheClosingSurveyOnce() {
        String id = driver.openMentorship(pairing).get("id").asString();
        String survey = "/api/v1/mentorships/" + id + "/survey";
        Map<String, Object> answers = Map.of("achieved", "A promotion plan", "takeaway", "Ask for feedback early",
                "whatWorked", "Fortnightly calls", "recommendScore", 9);
        problem(api.post(survey, pairing.asMentee(), answers), 409, "mentorship-not-finished");

        service.publish(pairing.tenant(), pairing.programId(), 2, new ProgramClosed(pairing.programId(),
                Instant.parse("2026-09-30T17:00:00Z")));

        MentorshipCompleted completed = service.awaitEvent(MentorshipCompleted.class,
                e -> e.mentorshipId().equals(id));
        assertThat(completed.reason()).isEqualTo("PROGRAM_CLOSED");
        JsonNode answered = expect(api.post(survey, pairing.asMentee(), answers), 201);
        assertThat(answered.get("recommendScore").asInt()).isEqualTo(9);
        SurveySubmitted submitted = service.awaitEvent(SurveySubmitted.class, e -> e.mentorshipId().equals(id));
        assertThat(submitted.respondentId()).isEqualTo(pairing.menteeId());
        problem(api.post(survey, pairing.asMentee(), answers), 409, "survey-already-submitted");
        problem(api.post(survey, TestTokens.bearer(pairing.tenant(), "someone-else", "MENTEE"), answers), 404,
                "not-found");
        JsonNode asMentor = json(api.get("/api/v1/mentorships/" + id, pairing.asMentor()));
        assertThat(asMentor.get("surveys").get(0).get("takeaway").asString()).isEqualTo("Ask for feedback early");
        assertThat(asMentor.get("surveys").get(0).get("recommendScore").isNull()).isTrue();
    }

    @Test
    void inAGroupProgramTheMentorsMatchesJoinOneMentorship() {
        Pairing second = new Pairing(pairing.tenant(), pairing.matchId() + "-b", pairing.programId(),
                pairing.mentorId(), pairing.menteeId() + "-b");
        String id = driver.openMentorship(pairing, "GROUP", 104).get("id").asString();

        driver.publish(matchAcceptedEvent(pairing.tenant(), second.accepted()));

        assertThat(driver.awaitMentorshipOf(second).get("id").asString()).isEqualTo(id);
        JsonNode group = json(api.get("/api/v1/mentorships/" + id, pairing.asMentor()));
        assertThat(group.get("menteeIds").valueStream().map(JsonNode::asString))
                .containsExactly(pairing.menteeId(), second.menteeId());
        assertThat(group.get("programType").asString()).isEqualTo("GROUP");
        assertThat(service.awaitEvent(MentorshipStarted.class, e -> e.matchId().equals(second.matchId()))
                .mentorshipId()).isEqualTo(id);
    }

    @Test
    void aFlashMentorshipCompletesOnceItsSessionIsHeld() {
        String id = driver.openMentorship(pairing, "FLASH", 104).get("id").asString();
        String sessionId = driver.scheduleSession(pairing, id).get("id").asString();
        afterTheSessions();

        expect(api.post("/api/v1/sessions/" + sessionId + "/complete", pairing.asMentor(), null), 200);

        MentorshipCompleted completed = service.awaitEvent(MentorshipCompleted.class,
                e -> e.mentorshipId().equals(id));
        assertThat(completed.reason()).isEqualTo("FLASH_SESSION_HELD");
    }

    @Test
    void pauseResumeAndEndFollowTheLifecycleAndAnythingElseIsAConflict() {
        String id = driver.openMentorship(pairing).get("id").asString();
        String path = "/api/v1/mentorships/" + id;
        LocalDate resumeOn = LocalDate.now(ZoneOffset.UTC).plusDays(10);

        problem(api.post(path + "/resume", pairing.asMentee(), null), 409, "mentorship-not-paused");
        JsonNode paused = expect(api.post(path + "/pause", pairing.asMentee(),
                Map.of("resumeOn", resumeOn.toString(), "reason", "Parental leave")), 200);
        problem(api.post(path + "/pause", pairing.asMentor(), Map.of("resumeOn", resumeOn.toString())), 409,
                "mentorship-not-active");
        JsonNode resumed = expect(api.post(path + "/resume", pairing.asMentor(), null), 200);
        JsonNode ended = expect(api.post(path + "/end", pairing.asAdmin(), Map.of("reason", "Reorganisation")), 200);
        problem(api.post(path + "/end", pairing.asAdmin(), Map.of("reason", "Again")), 409, "mentorship-closed");

        assertThat(paused.get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("pausedUntil").asString()).isEqualTo(resumeOn.toString());
        assertThat(resumed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(ended.get("closure").get("reason").asString()).isEqualTo("ENDED_BY_ADMIN");
        assertThat(service.awaitEvent(MentorshipEnded.class, e -> e.mentorshipId().equals(id)).reason())
                .isEqualTo("ENDED_BY_ADMIN");
        assertThat(json(api.get("/api/v1/mentorships?status=ENDED_EARLY&programId=" + pairing.programId(),
                pairing.asMentee())).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theCalendarResumesOnTheResumeDateAndCompletesAtThePlannedEnd() {
        Instant now = Instant.now();
        MatchAccepted today = new MatchAccepted(pairing.matchId(), pairing.programId(), pairing.mentorId(),
                pairing.menteeId(), now);
        driver.publishProgram(pairing, "ONE_TO_ONE", 1);
        driver.publish(matchAcceptedEvent(pairing.tenant(), today));
        String id = driver.awaitMentorshipOf(pairing).get("id").asString();
        LocalDate resumeOn = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(2);
        expect(api.post("/api/v1/mentorships/" + id + "/pause", pairing.asMentee(),
                Map.of("resumeOn", resumeOn.toString())), 200);

        calendar.run(now.plus(Duration.ofDays(1)));
        assertThat(statusOf(id)).isEqualTo("PAUSED");
        calendar.run(now.plus(Duration.ofDays(2)));
        assertThat(statusOf(id)).isEqualTo("ACTIVE");
        assertThat(service.awaitEvent(MentorshipResumed.class, e -> e.mentorshipId().equals(id))).isNotNull();
        calendar.run(now.plus(Duration.ofDays(7)));
        calendar.run(now.plus(Duration.ofDays(8)));

        assertThat(statusOf(id)).isEqualTo("COMPLETED");
        assertThat(service.awaitEvent(MentorshipCompleted.class, e -> e.mentorshipId().equals(id)).reason())
                .isEqualTo("PLANNED_END");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() ->
                service.events(MentorshipCompleted.class, e -> e.mentorshipId().equals(id)).size() == 1);
    }

    @Test
    void anAcceptanceBeforeItsProgramIsKnownOpensTheMentorshipOnceTheProgramArrives() {
        driver.publish(matchAcceptedEvent(pairing.tenant(), pairing.accepted()));
        driver.publishProgram(pairing, "PEER", 52);

        JsonNode mentorship = driver.awaitMentorshipOf(pairing);

        assertThat(mentorship.get("programType").asString()).isEqualTo("PEER");
        assertThat(mentorship.get("plannedEnd").asString()).isEqualTo("2027-03-01");
    }

    @Test
    void theAgreementShowsWhoConfirmedAndTheCadenceBothChose() {
        String id = driver.openMentorship(pairing).get("id").asString();
        String agreement = "/api/v1/mentorships/" + id + "/agreement";
        Map<String, Object> side = Map.of("expectations", "Prepare for a lead role", "confidentialityAgreed", true,
                "cadence", "EVERY_TWO_WEEKS", "format", "VIDEO", "confirmed", true);

        JsonNode half = expect(api.put(agreement, pairing.asMentee(), side), 200).get("agreement");
        JsonNode both = expect(api.put(agreement, pairing.asMentor(), side), 200).get("agreement");
        problem(api.put(agreement, pairing.asMentor(), Map.of("expectations", "x", "confidentialityAgreed", false,
                "cadence", "WEEKLY", "format", "VIDEO", "confirmed", true)), 400, "validation");

        assertThat(half.get("confirmed").asBoolean()).isFalse();
        assertThat(half.get("cadence").isNull()).isTrue();
        assertThat(both.get("confirmed").asBoolean()).isTrue();
        assertThat(both.get("cadence").asString()).isEqualTo("EVERY_TWO_WEEKS");
        assertThat(both.get("sides").findValuesAsString("personId"))
                .containsExactlyInAnyOrder(pairing.menteeId(), pairing.mentorId());
        JsonNode asAdmin = json(api.get("/api/v1/mentorships/" + id, pairing.asAdmin())).get("agreement");
        assertThat(asAdmin.get("sides").get(0).get("expectations").isNull()).isTrue();
    }

    @Test
    void anErasureClearsThePersonsWordsAndKeepsTheirScoreAndConfirmation() {
        String id = driver.openMentorship(pairing).get("id").asString();
        expect(api.put("/api/v1/mentorships/" + id + "/agreement", pairing.asMentee(), Map.of("expectations",
                "My manager ignores me", "confidentialityAgreed", true, "cadence", "MONTHLY", "format", "PHONE",
                "confirmed", true)), 200);
        expect(api.post("/api/v1/mentorships/" + id + "/end", pairing.asMentee(), Map.of("reason", "Burn-out")), 200);
        expect(api.post("/api/v1/mentorships/" + id + "/survey", pairing.asMentee(), Map.of("achieved", "Little",
                "takeaway", "Say no", "whatWorked", "Nothing", "recommendScore", 3)), 201);
        String erasureId = "era-" + System.nanoTime();

        service.publish(pairing.tenant(), pairing.menteeId(), 1,
                new ProfileErasureRequested(erasureId, pairing.menteeId(), Instant.now()));

        service.awaitEvent(ErasureCompleted.class, receipt -> receipt.erasureId().equals(erasureId));
        Document stored = database.getCollection("mentorships").find(new Document("_id", id)).first();
        Document side = stored.get("agreement", Document.class).getList("sides", Document.class).getFirst();
        Document survey = stored.getList("surveys", Document.class).getFirst();
        assertThat(side.get("expectations")).isNull();
        assertThat(side.get("confirmedAt")).isNotNull();
        assertThat(survey.get("achieved")).isNull();
        assertThat(survey.get("takeaway")).isNull();
        assertThat(survey.get("whatWorked")).isNull();
        assertThat(survey.getInteger("recommendScore")).isEqualTo(3);
        assertThat(stored.get("closure", Document.class).get("note")).isNull();
        assertThat(stored.get("closure", Document.class).getString("reason")).isEqualTo("ENDED_BY_PARTICIPANT");
    }

    private String statusOf(String id) {
        return json(api.get("/api/v1/mentorships/" + id, pairing.asAdmin())).get("status").asString();
    }

    private long versionOf(String id) {
        return database.getCollection("mentorships").find(new Document("_id", id)).first().getLong("version");
    }
}
