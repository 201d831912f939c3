package org.mentorat.profile.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.profile.program.ProgramApi;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The questionnaire in three languages, a person's result stored and read back, and who may see it. */
@ServiceTest(service = "profile")
class QuestionnaireIT {

    private static final Map<String, String> REVERSE_MINDED = Map.of("learning-format", "planned",
            "who-teaches", "junior", "mentor-help", "network", "time", "as-needed", "setting", "one-to-one",
            "progress", "new-contacts");

    @Autowired
    ServiceDriver driver;

    @Test
    void theQuestionnaireIsServedInFrenchEnglishAndArabic() {
        ProgramApi api = new ProgramApi(driver);
        String anyone = api.participant("per-1");

        JsonNode fr = HttpApi.expect(api.http().get("/api/v1/questionnaire?locale=fr", anyone), 200);
        JsonNode en = HttpApi.expect(api.http().get("/api/v1/questionnaire", anyone), 200);
        JsonNode ar = HttpApi.expect(api.http().get("/api/v1/questionnaire?locale=ar", anyone), 200);

        assertThat(fr.get("version").asInt()).isEqualTo(1);
        assertThat(en.get("locale").asString()).isEqualTo("en");
        assertThat(fr.get("questions").get(0).get("text").asString())
                .isEqualTo("Comment préférez-vous apprendre des autres\u00a0?");
        assertThat(en.get("questions").get(0).get("text").asString())
                .isEqualTo("How do you prefer to learn from others?");
        assertThat(ar.get("direction").asString()).isEqualTo("rtl");
        assertThat(ar.get("questions").get(0).get("options").get(0).get("label").asString())
                .isEqualTo("في لقاءات مخطَّط لها بأهداف واضحة");
        assertThat(ar.get("questions").findValuesAsString("id"))
                .isEqualTo(fr.get("questions").findValuesAsString("id"));
        HttpApi.problem(api.http().get("/api/v1/questionnaire?locale=de", anyone), 400, "validation");
    }

    @Test
    void aPersonsResultIsStoredReplacedByNewAnswersAndReadBack() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Rita");
        String self = api.participant(person);
        String path = "/api/v1/people/" + person + "/questionnaire";
        HttpApi.problem(api.http().get(path, self), 404, "not-found");

        JsonNode result = HttpApi.expect(api.http().post(path, self, Map.of("version", 1, "answers", REVERSE_MINDED)), 200);

        assertThat(result.get("personId").asString()).isEqualTo(person);
        assertThat(result.get("preferredKinds").valueStream().map(JsonNode::asString)).containsExactly("REVERSE");
        assertThat(result.get("kindScores").get("REVERSE").asDouble()).isEqualTo(1.0);
        assertThat(result.get("expectations").valueStream().map(JsonNode::asString)).containsExactly("NETWORK");
        assertThat(HttpApi.expect(api.http().get(path, self), 200)).isEqualTo(result);

        Map<String, String> groupMinded = new java.util.HashMap<>(REVERSE_MINDED);
        groupMinded.putAll(Map.of("learning-format", "group", "who-teaches", "same-challenges", "setting", "small-group"));
        HttpApi.expect(api.http().post(path, api.admin, Map.of("answers", groupMinded)), 200);
        JsonNode replaced = HttpApi.expect(api.http().get(path, self), 200);
        assertThat(replaced.get("preferredKinds").valueStream().map(JsonNode::asString)).containsExactly("GROUP");
    }

    @Test
    void incompleteOrOutdatedAnswersAreRefused() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Sam");
        String path = "/api/v1/people/" + person + "/questionnaire";

        JsonNode problem = HttpApi.problem(api.http().post(path, api.admin,
                Map.of("answers", Map.of("learning-format", "planned", "who-teaches", "nobody"))), 400, "validation");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("answers.who-teaches",
                "answers.mentor-help", "answers.time", "answers.setting", "answers.progress");
        HttpApi.problem(api.http().post(path, api.admin, Map.of()), 400, "validation");
        HttpApi.problem(api.http().post(path, api.admin, Map.of("version", 0, "answers", REVERSE_MINDED)), 409,
                "questionnaire-version");
    }

    @Test
    void onlyThePersonAndTheirAdministratorsSeeTheirResult() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Tom");
        String path = "/api/v1/people/" + person + "/questionnaire";
        HttpApi.expect(api.http().post(path, api.participant(person), Map.of("answers", REVERSE_MINDED)), 200);
        String colleague = api.participant(api.person("Uma"));
        String otherAdmin = TestTokens.bearer("other-" + api.tenant, "admin-9", "PROGRAM_ADMIN");

        HttpApi.problem(api.http().get(path, colleague), 404, "not-found");
        HttpApi.problem(api.http().post(path, colleague, Map.of("answers", REVERSE_MINDED)), 404, "not-found");
        HttpApi.problem(api.http().get(path, otherAdmin), 404, "not-found");
        HttpApi.problem(api.http().post(path, otherAdmin, Map.of("answers", REVERSE_MINDED)), 404, "not-found");
        HttpApi.problem(api.http().get(path, TestTokens.bearer(api.tenant, "hr", "HR_INTEGRATION")), 404, "not-found");
        HttpApi.problem(api.http().post("/api/v1/people/nobody/questionnaire", api.admin,
                Map.of("answers", REVERSE_MINDED)), 404, "not-found");
        HttpApi.expect(api.http().get(path, api.admin), 200);
    }
}
