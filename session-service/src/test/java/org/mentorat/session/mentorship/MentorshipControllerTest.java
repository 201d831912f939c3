package org.mentorat.session.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;
import org.junit.jupiter.api.Test;
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
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Bad agreements, pauses, endings and surveys are 400 problem+json naming each field, and reach nothing. */
@WebMvcTest(MentorshipController.class)
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
class MentorshipControllerTest {

    private static final String MENTEE = TestTokens.bearer("acme", "per-mentee", "MENTEE");
    private static final String PATH = "/api/v1/mentorships/mts-1";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Mentorships mentorships;

    @Test
    void anAgreementWithoutConfidentialityNamesThatField() {
        JsonNode problem = HttpApi.problem(send(MockMvcRequestBuilders.put(PATH + "/agreement"), Map.of(
                "expectations", "Grow into a lead role", "confidentialityAgreed", false, "cadence", "WEEKLY",
                "format", "VIDEO", "confirmed", true)), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("confidentialityAgreed");
        verifyNoInteractions(mentorships);
    }

    @Test
    void everyMissingOrUnknownPartOfAnAgreementIsNamed() {
        JsonNode empty = HttpApi.problem(send(MockMvcRequestBuilders.put(PATH + "/agreement"), Map.of()), 400,
                "validation");
        JsonNode cadence = HttpApi.problem(send(MockMvcRequestBuilders.put(PATH + "/agreement"), Map.of(
                "expectations", "x", "confidentialityAgreed", true, "cadence", "DAILY", "format", "VIDEO",
                "confirmed", true)), 400, "validation");

        assertThat(empty.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("expectations",
                "confidentialityAgreed", "cadence", "format", "confirmed");
        assertThat(cadence.get("errors").findValuesAsString("field")).containsExactly("cadence");
    }

    @Test
    void aPauseNeedsAResumeDateInTheFuture() {
        JsonNode past = HttpApi.problem(send(MockMvcRequestBuilders.post(PATH + "/pause"),
                Map.of("resumeOn", "2020-01-01")), 400, "validation");
        JsonNode missing = HttpApi.problem(send(MockMvcRequestBuilders.post(PATH + "/pause"),
                Map.of("reason", "Leave")), 400, "validation");

        assertThat(past.get("errors").findValuesAsString("field")).containsExactly("resumeOn");
        assertThat(missing.get("errors").findValuesAsString("field")).containsExactly("resumeOn");
    }

    @Test
    void endingNeedsAReasonAndASurveyAScoreFromZeroToTen() {
        JsonNode end = HttpApi.problem(send(MockMvcRequestBuilders.post(PATH + "/end"), Map.of("reason", " ")), 400,
                "validation");
        JsonNode survey = HttpApi.problem(send(MockMvcRequestBuilders.post(PATH + "/survey"), Map.of(
                "achieved", "A plan", "takeaway", "Ask early", "recommendScore", 11)), 400, "validation");

        assertThat(end.get("errors").findValuesAsString("field")).containsExactly("reason");
        assertThat(survey.get("errors").findValuesAsString("field")).containsExactly("recommendScore");
        verifyNoInteractions(mentorships);
    }

    @Test
    void anUnknownStatusFilterIsABadRequestNotAServerError() {
        ResponseEntity<String> response = send(MockMvcRequestBuilders.get("/api/v1/mentorships?status=SLEEPING"),
                null);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
    }

    /** The slice's answer in the shape {@link HttpApi}'s problem assertions read. */
    private ResponseEntity<String> send(MockHttpServletRequestBuilder request, Object body) {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(HttpApi.JSON.writeValueAsString(body));
        }
        try {
            MockHttpServletResponse answer = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, MENTEE))
                    .andReturn().getResponse();
            return ResponseEntity.status(answer.getStatus())
                    .contentType(MediaType.parseMediaType(answer.getContentType()))
                    .body(answer.getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
