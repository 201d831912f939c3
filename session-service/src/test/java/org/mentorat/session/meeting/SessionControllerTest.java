package org.mentorat.session.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.session.mentorship.Cadence;
import org.mentorat.session.mentorship.MeetingFormat;
import org.mentorat.session.mentorship.MentorshipMother;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Bad scheduling input is refused with every field at fault named, before anything is written. */
@WebMvcTest(SessionController.class)
@Import(PlanValidation.class)
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
class SessionControllerTest {

    static final String SESSIONS = "/api/v1/mentorships/mts-1/sessions";
    static final String MENTEE = TestTokens.bearer("acme", "per-mentee", "MENTEE");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Meetings meetings;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void aMentorshipWithoutAgreement() {
        given(meetings.mentorship(any(), any())).willReturn(MentorshipMother.active());
    }

    @Test
    void aSeriesWithoutCadenceTakesTheAgreedOneAndIsRefusedWithoutOne() throws Exception {
        String weekly = "{\"start\":\"2026-05-01T10:00\",\"timeZone\":\"Europe/Paris\","
                + "\"durationMinutes\":30,\"repeat\":{\"count\":3}}";
        assertThat(fields(schedule(weekly))).containsExactly("repeat.cadence");

        given(meetings.mentorship(any(), any()))
                .willReturn(MentorshipMother.agreedOn(Cadence.MONTHLY, MeetingFormat.PHONE));
        mvc.perform(post(SESSIONS).header("Authorization", MENTEE).contentType(MediaType.APPLICATION_JSON)
                .content(weekly)).andReturn();

        then(meetings).should().schedule(any(), any(), argThat(plans -> plans.size() == 3
                && plans.get(2).startsAt().equals(Instant.parse("2026-07-01T08:00:00Z"))
                && plans.get(0).format() == MeetingFormat.PHONE), eq(Cadence.MONTHLY));
    }

    @Test
    void anUnknownTimeZoneIsNamed() throws Exception {
        assertThat(fields(schedule("{\"start\":\"2026-05-01T10:00\",\"timeZone\":\"Europe/Atlantis\","
                + "\"durationMinutes\":30}"))).containsExactly("timeZone");
    }

    @Test
    void aVideoLinkMustBeHttpsAndAPlaceIsNeededInPerson() throws Exception {
        assertThat(fields(schedule("{\"start\":\"2026-05-01T10:00\",\"timeZone\":\"Europe/Paris\","
                + "\"durationMinutes\":30,\"format\":\"VIDEO\",\"location\":\"http://meet.example.org/x\"}")))
                .containsExactly("location");
        assertThat(fields(schedule("{\"start\":\"2026-05-01T10:00\",\"timeZone\":\"Europe/Paris\","
                + "\"durationMinutes\":30,\"format\":\"IN_PERSON\"}"))).containsExactly("location");
        assertThat(fields(schedule("{\"start\":\"2026-05-01T10:00\",\"timeZone\":\"Europe/Paris\","
                + "\"durationMinutes\":30,\"format\":\"TELEPATHY\"}"))).containsExactly("format");
    }

    @Test
    void aMissingOrPastStartAndABadLengthAreNamedTogether() throws Exception {
        assertThat(fields(schedule("{\"timeZone\":\"Europe/Paris\",\"durationMinutes\":500}")))
                .containsExactly("durationMinutes", "start");
        assertThat(fields(schedule("{\"start\":\"2026-03-01T10:00\",\"timeZone\":\"Europe/Paris\","
                + "\"durationMinutes\":30}"))).containsExactly("start");
        assertThat(fields(schedule("{\"start\":\"2026-05-01T10:00\",\"durationMinutes\":30}")))
                .containsExactly("timeZone");
    }

    @Test
    void aSeriesNeedsACadenceAndTwoToTwentySixSessions() throws Exception {
        assertThat(fields(schedule("{\"start\":\"2026-05-01T10:00\",\"timeZone\":\"Europe/Paris\","
                + "\"durationMinutes\":30,\"repeat\":{\"cadence\":\"WEEKLY\",\"until\":\"2027-12-31\"}}")))
                .containsExactly("repeat.until");
        assertThat(fields(schedule("{\"start\":\"2026-05-01T10:00\",\"timeZone\":\"Europe/Paris\","
                + "\"durationMinutes\":30,\"repeat\":{\"cadence\":\"WEEKLY\",\"count\":1}}")))
                .containsExactly("repeat.count");
    }

    private MvcResult schedule(String body) throws Exception {
        return mvc.perform(post(SESSIONS).header("Authorization", MENTEE).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();
    }

    private static java.util.List<String> fields(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = HttpApi.JSON.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("type").asString()).endsWith("validation");
        return problem.get("errors").findValuesAsString("field");
    }
}
