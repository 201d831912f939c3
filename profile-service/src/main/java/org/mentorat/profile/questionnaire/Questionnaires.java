package org.mentorat.profile.questionnaire;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.springframework.stereotype.Service;

/**
 * Scores answers to the built-in questionnaire and keeps each person's latest result (one record
 * per person, replaced on every new answer). Enrolment puts the result into MentorRegistered and
 * MenteeRegistered, which is how matching uses it.
 */
@Service
public class Questionnaires {

    private final MongoCollection<Document> results;
    private final Clock clock;
    private final Questionnaire questionnaire = Questionnaire.current();

    Questionnaires(MongoDatabase database, Clock clock) {
        this.results = database.getCollection("questionnaire_results");
        this.clock = clock;
    }

    Questionnaire current() {
        return questionnaire;
    }

    /**
     * Scores and stores a person's answers, replacing any earlier result. Invalid answers fail
     * with field errors named {@code fieldPrefix + questionId}.
     */
    public QuestionnaireResult answer(String tenantId, String personId, Map<String, String> answers,
            String fieldPrefix) {
        List<FieldError> problems = questionnaire.problems(answers, fieldPrefix);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        QuestionnaireScoring.Scores scores = QuestionnaireScoring.score(questionnaire, answers);
        QuestionnaireResult result = new QuestionnaireResult(personId, questionnaire.version(),
                new LinkedHashMap<>(answers), scores.kindScores(), scores.expectationScores(), scores.preferredKinds(),
                scores.expectations(), clock.instant());
        results.replaceOne(and(eq("_id", personId), eq(AggregateStore.TENANT, tenantId)),
                toDocument(tenantId, result), new ReplaceOptions().upsert(true));
        return result;
    }

    QuestionnaireResult answer(String tenantId, String personId, QuestionnaireAnswers answers) {
        if (answers.version() != null && answers.version() != questionnaire.version()) {
            throw new ConflictException("questionnaire-version", "These answers are for version " + answers.version()
                    + "; the current questionnaire is version " + questionnaire.version() + ".");
        }
        return answer(tenantId, personId, answers.answers(), "answers.");
    }

    public Optional<QuestionnaireResult> find(String tenantId, String personId) {
        return Optional.ofNullable(results.find(and(eq("_id", personId), eq(AggregateStore.TENANT, tenantId))).first())
                .map(Questionnaires::fromDocument);
    }

    /** Forgets a person's answers (erasure). */
    public void erase(String tenantId, String personId) {
        results.deleteOne(and(eq("_id", personId), eq(AggregateStore.TENANT, tenantId)));
    }

    private static Document toDocument(String tenantId, QuestionnaireResult result) {
        return new Document("_id", result.personId())
                .append(AggregateStore.TENANT, tenantId)
                .append("version", result.version())
                .append("answers", new Document(result.answers()))
                .append("kindScores", names(result.kindScores()))
                .append("expectationScores", names(result.expectationScores()))
                .append("preferredKinds", result.preferredKinds().stream().map(Enum::name).toList())
                .append("expectations", result.expectations().stream().map(Enum::name).toList())
                .append("answeredAt", Date.from(result.answeredAt()));
    }

    private static QuestionnaireResult fromDocument(Document d) {
        Map<String, String> answers = new LinkedHashMap<>();
        d.get("answers", new Document()).forEach((question, option) -> answers.put(question, (String) option));
        return new QuestionnaireResult(d.getString("_id"), d.getInteger("version", 1), answers,
                scores(d.get("kindScores", new Document()), MentoringKind.class),
                scores(d.get("expectationScores", new Document()), Expectation.class),
                d.getList("preferredKinds", String.class, List.of()).stream().map(MentoringKind::valueOf).toList(),
                d.getList("expectations", String.class, List.of()).stream().map(Expectation::valueOf).toList(),
                d.getDate("answeredAt") == null ? Instant.EPOCH : d.getDate("answeredAt").toInstant());
    }

    private static Document names(Map<? extends Enum<?>, Double> scores) {
        Document document = new Document();
        scores.forEach((item, score) -> document.append(item.name(), score));
        return document;
    }

    private static <E extends Enum<E>> Map<E, Double> scores(Document document, Class<E> type) {
        Map<E, Double> scores = new LinkedHashMap<>();
        for (E item : type.getEnumConstants()) {
            if (document.get(item.name()) instanceof Number score) {
                scores.put(item, score.doubleValue());
            }
        }
        return scores;
    }
}
