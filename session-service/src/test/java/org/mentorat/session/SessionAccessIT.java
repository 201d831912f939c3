package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.testkit.HttpApi.json;
import static org.mentorat.testkit.HttpApi.problem;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/** Who may see and change what, and how bad input is answered. */
class SessionAccessIT extends RunningSessionService {

    String mentorshipId;
    String sessionId;

    @BeforeEach
    void aMentorshipWithASession() {
        mentorshipId = driver.openMentorship(pairing).get("id").asString();
        sessionId = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
    }

    @Test
    void anotherTenantFindsNothingEvenAsAdministrator() {
        String globexAdmin = TestTokens.bearer("globex", "admin-9", "PROGRAM_ADMIN");

        problem(api.get("/api/v1/mentorships/" + mentorshipId, globexAdmin), 404, "not-found");
        problem(api.get("/api/v1/sessions/" + sessionId, globexAdmin), 404, "not-found");
        problem(api.post("/api/v1/sessions/" + sessionId + "/complete", globexAdmin, null), 404, "not-found");
        problem(api.post("/api/v1/mentorships/" + mentorshipId + "/sessions", globexAdmin,
                "{\"startsAt\":\"2099-01-01T10:00:00Z\",\"durationMinutes\":30}"), 404, "not-found");
        assertThat(json(api.get("/api/v1/mentorships?programId=" + pairing.programId(), globexAdmin))
                .get("total").asLong()).isZero();
    }

    @Test
    void aColleagueOutsideTheMentorshipIsRefused() {
        String colleague = TestTokens.bearer(pairing.tenant(), "someone-else", "MENTEE");

        problem(api.get("/api/v1/mentorships/" + mentorshipId, colleague), 404, "not-found");
        problem(api.get("/api/v1/sessions/" + sessionId, colleague), 404, "not-found");
        problem(api.post("/api/v1/sessions/" + sessionId + "/complete", colleague, null), 404, "not-found");
        problem(api.post("/api/v1/sessions/" + sessionId + "/cancel", colleague, null), 404, "not-found");
        problem(api.post("/api/v1/mentorships/" + mentorshipId + "/sessions", colleague,
                "{\"startsAt\":\"2099-01-01T10:00:00Z\",\"durationMinutes\":30}"), 404, "not-found");
        problem(api.get("/api/v1/mentorships?personId=" + pairing.menteeId(), colleague), 403, "forbidden");
        assertThat(json(api.get("/api/v1/mentorships", colleague)).get("total").asLong()).isZero();
    }

    @Test
    void aTokenWithoutAParticipantOrAdministratorRoleIsForbidden() {
        problem(api.get("/api/v1/mentorships/" + mentorshipId,
                TestTokens.bearer(pairing.tenant(), pairing.menteeId(), "OPS")), 403, "forbidden");
        problem(api.get("/api/v1/mentorships", null), 401, "unauthorized");
    }

    @Test
    void administratorsListTheTenantsMentorshipsByPersonAndProgramPageByPage() {
        Pairing second = pairing.inSameProgram();
        driver.openMentorship(second);
        String admin = pairing.asAdmin();

        JsonNode firstPage = json(api.get("/api/v1/mentorships?programId=" + pairing.programId() + "&size=1",
                admin));
        JsonNode secondPage = json(api.get("/api/v1/mentorships?programId=" + pairing.programId()
                + "&size=1&page=1", admin));
        JsonNode byPerson = json(api.get("/api/v1/mentorships?personId=" + second.mentorId(), admin));

        assertThat(firstPage.get("total").asLong()).isEqualTo(2);
        assertThat(List.of(firstPage.get("items").get(0).get("matchId").asString(),
                secondPage.get("items").get(0).get("matchId").asString()))
                .containsExactlyInAnyOrder(pairing.matchId(), second.matchId());
        assertThat(byPerson.get("total").asLong()).isEqualTo(1);
        assertThat(byPerson.get("items").get(0).get("matchId").asString()).isEqualTo(second.matchId());
        JsonNode ownOnly = json(api.get("/api/v1/mentorships", pairing.asMentor()));
        assertThat(ownOnly.get("total").asLong()).isEqualTo(1);
        assertThat(ownOnly.get("items").get(0).get("id").asString()).isEqualTo(mentorshipId);
    }

    @Test
    void badSchedulingInputNamesEachOffendingField() {
        String mentee = pairing.asMentee();
        String sessions = "/api/v1/mentorships/" + mentorshipId + "/sessions";

        JsonNode invalid = problem(api.post(sessions, mentee,
                "{\"startsAt\":\"2001-01-01T10:00:00Z\",\"durationMinutes\":5,"
                        + "\"agenda\":\"" + "x".repeat(2001) + "\"}"),
                400, "validation");
        JsonNode missing = problem(api.post(sessions, mentee, "{}"), 400, "validation");
        JsonNode wrongType = problem(api.post(sessions, mentee,
                "{\"startsAt\":\"next tuesday\",\"durationMinutes\":30}"), 400, "validation");

        assertThat(invalid.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("startsAt", "durationMinutes", "agenda");
        assertThat(missing.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("start", "durationMinutes");
        assertThat(wrongType.get("errors").findValuesAsString("field")).containsExactly("startsAt");
    }

    @Test
    void badFeedbackAndPagingInputNamesEachOffendingField() {
        String mentee = pairing.asMentee();

        JsonNode feedback = problem(api.post("/api/v1/sessions/" + sessionId + "/feedback", mentee,
                "{\"rating\":6,\"comment\":\"" + "x".repeat(2001) + "\"}"), 400, "validation");
        JsonNode paging = problem(api.get("/api/v1/mentorships?size=500&page=-1", mentee), 400, "validation");

        assertThat(feedback.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("rating", "helped", "comment");
        assertThat(paging.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("size", "page");
    }
}
