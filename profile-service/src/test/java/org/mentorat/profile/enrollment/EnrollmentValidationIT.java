package org.mentorat.profile.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.profile.program.ProgramApi;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Invalid questionnaire answers in an enrolment are refused with the fields at fault, and store
 * nothing (the body's own fields are checked in {@link EnrollmentControllerTest}).
 */
@ServiceTest(service = "profile")
class EnrollmentValidationIT {

    @Autowired
    ServiceDriver driver;

    @Test
    void aMenteeHasNoCapacityAndAnswersEveryQuestionWithOneOfItsOptions() {
        ProgramApi api = new ProgramApi(driver);
        String program = api.publishedProgram();
        String person = api.person("Lou");

        JsonNode capacity = HttpApi.problem(api.enrol(api.admin, program,
                Map.of("personId", person, "role", "MENTEE", "capacity", 1)), 400, "validation");
        JsonNode answers = HttpApi.problem(api.enrol(api.admin, program, Map.of("personId", person, "role", "MENTEE",
                "questionnaireAnswers", Map.of("learning-format", "alone", "favourite-colour", "blue"))), 400,
                "validation");

        assertThat(capacity.get("errors").findValuesAsString("field")).containsExactly("capacity");
        assertThat(answers.get("errors").findValuesAsString("field")).containsExactly(
                "questionnaireAnswers.learning-format", "questionnaireAnswers.who-teaches",
                "questionnaireAnswers.mentor-help", "questionnaireAnswers.time", "questionnaireAnswers.setting",
                "questionnaireAnswers.progress", "questionnaireAnswers.favourite-colour");
        HttpApi.problem(api.http().get("/api/v1/people/" + person + "/questionnaire", api.admin), 404, "not-found");
        JsonNode none = HttpApi.expect(api.http().get("/api/v1/programs/" + program + "/enrollments", api.admin), 200);
        assertThat(none.get("total").asLong()).isZero();
    }
}
