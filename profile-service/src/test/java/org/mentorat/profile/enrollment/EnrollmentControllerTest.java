package org.mentorat.profile.enrollment;

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

/** An enrolment's body is refused with every field at fault named, before anything is looked up. */
@WebMvcTest(EnrollmentController.class)
@ControllerSlice
class EnrollmentControllerTest {

    private static final String ENROLLMENTS = "/api/v1/programs/prog-1/enrollments";

    private final String admin = TestTokens.bearer("acme", "admin-1", "PROGRAM_ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Enrollments enrollments;

    @Test
    void aMentorsEnrolmentNamesEveryInvalidField() {
        JsonNode problem = HttpApi.problem(api().post(ENROLLMENTS, admin, Map.of("personId", "per-1",
                "role", "MENTOR", "capacity", 21, "goals", "Mentors give, they do not state goals",
                "availability", Map.of("hoursPerMonth", 0, "weeklySlots",
                        List.of(Map.of("day", "MONDAY", "start", "11:00", "end", "10:00"))))), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("capacity", "goals",
                "availability.hoursPerMonth", "availability.weeklySlots[0].end");
    }

    @Test
    void unknownRolesDaysAndStylesNameTheirField() {
        JsonNode role = HttpApi.problem(api().post(ENROLLMENTS, admin, Map.of("personId", "per-1", "role", "BUDDY")),
                400, "validation");
        JsonNode style = HttpApi.problem(api().post(ENROLLMENTS, admin,
                Map.of("personId", "per-1", "role", "MENTEE", "style", "STRICT")), 400, "validation");
        JsonNode missing = HttpApi.problem(api().post(ENROLLMENTS, admin, Map.of("role", "MENTEE")), 400,
                "validation");

        assertThat(role.get("errors").findValuesAsString("field")).containsExactly("role");
        assertThat(style.get("errors").findValuesAsString("field")).containsExactly("style");
        assertThat(missing.get("errors").findValuesAsString("field")).containsExactly("personId");
    }

    private SliceApi api() {
        return new SliceApi(mvc);
    }
}
