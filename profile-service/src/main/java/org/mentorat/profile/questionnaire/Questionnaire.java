package org.mentorat.profile.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentorat.platform.web.FieldError;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in questionnaire: single-choice questions whose options give points towards kinds of
 * mentoring and expectations of a mentor. Texts are kept per locale ({@code fr}, {@code en},
 * {@code ar}); a new wording or scoring is a new {@code version}, so stored results stay meaningful.
 */
record Questionnaire(int version, List<Question> questions) {

    static final List<String> LOCALES = List.of("fr", "en", "ar");
    private static final String CURRENT = "questionnaire/questionnaire-v1.json";

    record Question(String id, Map<String, String> text, List<Option> options) {

        Optional<Option> option(String optionId) {
            return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
        }
    }

    record Option(String id, Map<String, String> label, Map<MentoringKind, Integer> kinds,
            Map<Expectation, Integer> expectations) {
    }

    static Questionnaire current() {
        try (InputStream in = Questionnaire.class.getClassLoader().getResourceAsStream(CURRENT)) {
            if (in == null) {
                throw new IllegalStateException(CURRENT + " is missing from the classpath");
            }
            return JsonMapper.builder().build().readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every question must be answered with one of its options, and nothing else may be answered. */
    List<FieldError> problems(Map<String, String> answers, String fieldPrefix) {
        List<FieldError> problems = new ArrayList<>();
        for (Question question : questions) {
            String answer = answers.get(question.id());
            String field = fieldPrefix + question.id();
            if (answer == null) {
                problems.add(new FieldError(field, "must be answered"));
            } else if (question.option(answer).isEmpty()) {
                problems.add(new FieldError(field, "must be one of " + question.options().stream()
                        .map(Option::id).collect(Collectors.joining(", "))));
            }
        }
        answers.keySet().stream()
                .filter(id -> questions.stream().noneMatch(question -> question.id().equals(id)))
                .sorted()
                .forEach(id -> problems.add(
                        new FieldError(fieldPrefix + id, "is not a question of this questionnaire")));
        return problems;
    }

    Question question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst().orElseThrow();
    }
}
