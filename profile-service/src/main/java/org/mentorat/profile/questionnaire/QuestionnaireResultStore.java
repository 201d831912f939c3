package org.mentorat.profile.questionnaire;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The {@code questionnaire_results} collection: one document per person ({@code _id} = person id),
 * replaced on every answer. Mapped by hand because the scores are maps keyed by an enum, which
 * the driver's codecs do not store (document keys are strings); a result stored before a score
 * existed reads without it.
 */
class QuestionnaireResultStore {

    private static final String TENANT = "tenantId";

    private final MongoCollection<Document> results;

    QuestionnaireResultStore(MongoCollection<Document> results) {
        this.results = results;
    }

    void put(String tenantId, QuestionnaireResult result) {
        results.replaceOne(and(eq("_id", result.personId()), eq(TENANT, tenantId)), documentOf(tenantId, result),
                new ReplaceOptions().upsert(true));
    }

    Optional<QuestionnaireResult> find(String tenantId, String personId) {
        return Optional.ofNullable(results.find(and(eq("_id", personId), eq(TENANT, tenantId))).first())
                .map(QuestionnaireResultStore::resultOf);
    }

    void delete(String tenantId, String personId) {
        results.deleteOne(and(eq("_id", personId), eq(TENANT, tenantId)));
    }

    private static Document documentOf(String tenantId, QuestionnaireResult result) {
        return new Document("_id", result.personId())
                .append(TENANT, tenantId)
                .append("version", result.version())
                .append("answers", new Document(result.answers()))
                .append("kindScores", names(result.kindScores()))
                .append("expectationScores", names(result.expectationScores()))
                .append("preferredKinds", result.preferredKinds().stream().map(Enum::name).toList())
                .append("expectations", result.expectations().stream().map(Enum::name).toList())
                .append("answeredAt", Date.from(result.answeredAt()));
    }

    private static QuestionnaireResult resultOf(Document d) {
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
