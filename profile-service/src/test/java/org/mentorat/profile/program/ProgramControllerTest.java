package org.mentorat.profile.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.profile.web.ControllerSlice;
import org.mentorat.profile.web.SliceApi;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Invalid programs are refused with every field at fault named, before anything is stored. */
@WebMvcTest(ProgramController.class)
@ControllerSlice
class ProgramControllerTest {

    private final String admin = TestTokens.bearer("acme", "admin-1", "PROGRAM_ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Programs programs;

    @Test
    void everyInvalidFieldOfANewProgramIsListed() {
        JsonNode problem = HttpApi.problem(api().post("/api/v1/programs", admin, Map.of(
                "name", " ", "cohortStart", "2026-09-01", "cohortEnd", "2026-03-01", "relationshipWeeks", 0,
                "matching", Map.of("weights", Map.of("skills", -1), "suggestionsShown", 21,
                        "rules", Map.of("minSeniorityGap", 3, "maxSeniorityGap", 1)))), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "cohortEnd",
                "relationshipWeeks", "matching.weights.skills", "matching.suggestionsShown",
                "matching.rules.maxSeniorityGap");
    }

    @Test
    void valuesOfTheWrongTypeAndUnknownEnumsNameTheirField() {
        JsonNode type = HttpApi.problem(api().post("/api/v1/programs", admin,
                Map.of("name", "X", "type", "MENTORING_CIRCLE")), 400, "validation");
        JsonNode mode = HttpApi.problem(api().post("/api/v1/programs", admin,
                Map.of("name", "X", "matching", Map.of("optimizeFor", "SPEED"))), 400, "validation");

        assertThat(type.get("errors").findValuesAsString("field")).containsExactly("type");
        assertThat(mode.get("errors").findValuesAsString("field")).containsExactly("matching.optimizeFor");
    }

    @Test
    void weightsMayBeZeroButNotAllOfThem() {
        Map<String, Object> zero = Map.of("skills", 0, "goals", 0, "languages", 0, "availability", 0,
                "seniority", 0, "style", 0, "location", 0, "departmentDiversity", 0);

        JsonNode problem = HttpApi.problem(api().post("/api/v1/programs", admin,
                Map.of("name", "X", "matching", Map.of("weights", zero))), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("matching.weights");
    }

    @Test
    void anEvergreenProgramHasNoDatesAndACohortNeedsBoth() {
        JsonNode both = HttpApi.problem(api().post("/api/v1/programs", admin,
                Map.of("name", "X", "evergreen", true, "cohortStart", "2026-01-01")), 400, "validation");
        JsonNode half = HttpApi.problem(api().post("/api/v1/programs", admin,
                Map.of("name", "X", "cohortStart", "2026-01-01")), 400, "validation");

        assertThat(both.get("errors").findValuesAsString("field")).containsExactly("evergreen");
        assertThat(half.get("errors").findValuesAsString("field")).containsExactly("cohortEnd");
    }

    @Test
    void theStallThresholdIsRefusedOutsideAWeekToAYear() {
        JsonNode tooSoon = HttpApi.problem(api().post("/api/v1/programs", admin,
                Map.of("name", "X", "stallAfterDays", 6)), 400, "validation");
        JsonNode notANumber = HttpApi.problem(api().post("/api/v1/programs", admin,
                Map.of("name", "X", "stallAfterDays", "monthly")), 400, "validation");

        assertThat(tooSoon.get("errors").findValuesAsString("field")).containsExactly("stallAfterDays");
        assertThat(tooSoon.get("errors").get(0).get("message").asString()).contains("7");
        assertThat(notANumber.get("errors").findValuesAsString("field")).containsExactly("stallAfterDays");
    }

    @Test
    void aMalformedOffsetOrAnUnknownCategoryNamesItsPlaceUnderNotifications() {
        JsonNode offset = HttpApi.problem(api().post("/api/v1/programs", admin, Map.of("name", "X",
                "notifications", Map.of("reminderOffsets", List.of("PT24H", "a day before")))), 400, "validation");
        JsonNode category = HttpApi.problem(api().post("/api/v1/programs", admin, Map.of("name", "X",
                "notifications", Map.of("mandatoryCategories", List.of("NEWSLETTER")))), 400, "validation");
        JsonNode bounds = HttpApi.problem(api().post("/api/v1/programs", admin, Map.of("name", "X",
                "notifications", Map.of("reminderOffsets", List.of("PT1M", "P15D")))), 400, "validation");

        assertThat(offset.get("errors").findValuesAsString("field")).containsExactly("notifications.reminderOffsets[1]");
        assertThat(category.get("errors").findValuesAsString("field"))
                .containsExactly("notifications.mandatoryCategories[0]");
        assertThat(bounds.get("errors").findValuesAsString("field")).containsExactly(
                "notifications.reminderOffsets[0]", "notifications.reminderOffsets[1]");
        assertThat(bounds.get("errors").get(0).get("message").asString()).contains("PT5M", "P14D");
    }

    private SliceApi api() {
        return new SliceApi(mvc);
    }
}
