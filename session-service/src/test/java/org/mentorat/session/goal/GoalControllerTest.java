package org.mentorat.session.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.web.JsonMergePatch;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A goal that is not SMART is refused with a problem naming each missing part, before anything is
 * stored. The slice carries the platform's problem+json and, imported here, Boot's resource server.
 */
@WebMvcTest(GoalController.class)
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
class GoalControllerTest {

    private static final String GOALS = "/api/v1/mentorships/mts-1/goals";

    private final String mentee = TestTokens.bearer("acme", "per-mentee", "MENTEE");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Goals goals;

    @Test
    void aGoalWithoutAMeasureOrADateNamesEachMissingSmartPart() {
        JsonNode problem = validationProblem(post(GOALS), """
                {"specific": "Move into product management", "relevance": "I want to shape what we build"}""");

        assertThat(errors(problem)).containsExactly(
                "measure: a SMART goal is Measurable: say what you will measure, where you start from and what number "
                        + "you will reach",
                "targetDate: a SMART goal is Time-bound: give the date you will reach it by");
        verifyNoInteractions(goals);
    }

    @Test
    void aMeasureWithoutItsTargetAndAnEmptyGoalAreNamedPartByPart() {
        JsonNode withoutTarget = validationProblem(post(GOALS), """
                {"specific": "Move into product management", "measure": {"metric": "interviews", "baseline": 0},
                 "relevance": "I want to shape what we build", "targetDate": "2099-09-30"}""");
        JsonNode empty = validationProblem(post(GOALS), "{}");

        assertThat(errors(withoutTarget)).containsExactly(
                "measure.target: a SMART goal is Measurable: say what number you will reach");
        assertThat(fields(empty)).containsExactly("specific", "measure", "relevance", "targetDate");
        verifyNoInteractions(goals);
    }

    @Test
    void wrongTypesTooLongTextsAndAStatusOnANewGoalNameTheirField() {
        String valid = """
                "specific": "Move into product", "relevance": "I like users", "targetDate": "2099-09-30\"""";
        JsonNode wrongDate = validationProblem(post(GOALS), """
                {"specific": "x", "measure": {"metric": "m", "baseline": 0, "target": 1}, "relevance": "r",
                 "targetDate": "next spring"}""");
        JsonNode wrongNumber = validationProblem(post(GOALS), "{\"measure\": {\"target\": \"three\"}}");
        JsonNode tooLong = validationProblem(post(GOALS), "{" + valid + ", \"measure\": {\"metric\": \""
                + "m".repeat(201) + "\", \"baseline\": 0, \"target\": 1}}");
        JsonNode achievedAlready = validationProblem(post(GOALS), "{" + valid
                + ", \"measure\": {\"metric\": \"m\", \"baseline\": 0, \"target\": 1}, \"status\": \"ACHIEVED\"}");

        assertThat(fields(wrongDate)).containsExactly("targetDate");
        assertThat(fields(wrongNumber)).containsExactly("measure.target");
        assertThat(fields(tooLong)).containsExactly("measure.metric");
        assertThat(fields(achievedAlready)).containsExactly("status");
        verifyNoInteractions(goals);
    }

    @Test
    void aPatchThatRemovesASmartPartIsRefusedAndNothingChanges() {
        when(goals.visible(any(), eq("gol-1"))).thenReturn(GoalMother.open());

        JsonNode status = mergePatchProblem("/api/v1/goals/gol-1", "{\"status\": null}");
        JsonNode plan = mergePatchProblem("/api/v1/goals/gol-1", "{\"measure\": {\"target\": null}, \"relevance\": \"\"}");
        JsonNode date = mergePatchProblem("/api/v1/goals/gol-1", "{\"targetDate\": \"by summer\"}");

        assertThat(fields(status)).containsExactly("status");
        assertThat(fields(plan)).containsExactly("measure.target", "relevance");
        assertThat(fields(date)).containsExactly("targetDate");
        verify(goals, never()).edit(any(), any(), any());
    }

    @Test
    void progressAndMilestonesNameTheirMissingParts() {
        JsonNode progress = validationProblem(post("/api/v1/goals/gol-1/progress"), "{\"note\": \"" + "n".repeat(2001)
                + "\"}");
        JsonNode milestone = validationProblem(post("/api/v1/goals/gol-1/milestones"), "{\"title\": \" \"}");

        assertThat(fields(progress)).containsExactlyInAnyOrder("date", "value", "note");
        assertThat(errors(milestone)).containsExactlyInAnyOrder("title: say what the step is",
                "dueDate: give the day this step is due");
        verifyNoInteractions(goals);
    }

    private JsonNode validationProblem(MockHttpServletRequestBuilder request, String body) {
        return validationProblem(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode mergePatchProblem(String path, String body) {
        return validationProblem(patch(path).contentType(JsonMergePatch.MEDIA_TYPE).content(body));
    }

    private JsonNode validationProblem(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, mentee))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = HttpApi.JSON.readTree(response.getContentAsString());
            assertThat(problem.get("type").asString()).isEqualTo("https://mentorat.org/problems/validation");
            return problem;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsString("field");
    }

    private static List<String> errors(JsonNode problem) {
        return problem.get("errors").valueStream()
                .map(error -> error.get("field").asString() + ": " + error.get("message").asString()).toList();
    }
}
