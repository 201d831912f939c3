package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.Weights;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Repository;

/**
 * Published programs' matching settings, from ProgramPublished (a published program's settings
 * never change), and their closing, from ProgramClosed.
 */
@Repository
class ProgramStore {

    private final MongoCollection<Document> programs;

    ProgramStore(MongoDatabase database) {
        this.programs = database.getCollection("programs");
    }

    void record(ProgramPublished published, IncomingEvent event) {
        ProgramRules rules = EventCandidates.program(published);
        Document weights = new Document();
        rules.weights().byCriterion().forEach((criterion, weight) -> weights.append(criterion.name(), weight));
        ReadModels.applyIfNewer(programs, published.programId(), event, Updates.combine(
                Updates.set("type", rules.type().name()),
                Updates.set("weights", weights),
                Updates.set("reportingLineLevels", rules.reportingLineLevels()),
                Updates.set("requireSharedLanguage", rules.requireSharedLanguage()),
                Updates.set("department", rules.department().name()),
                Updates.set("minSeniorityGap", rules.minSeniorityGap()),
                Updates.set("maxSeniorityGap", rules.maxSeniorityGap()),
                Updates.set("matchingMode", published.matchingMode()),
                Updates.set("optimizeFor", published.optimizeFor() == null ? "QUALITY"
                        : published.optimizeFor().toUpperCase(Locale.ROOT)),
                Updates.set("suggestionsShown", published.suggestionsShown()),
                Updates.set("proposalExpiryDays", published.proposalExpiryDays())));
    }

    void close(ProgramClosed closed, IncomingEvent event) {
        ReadModels.applyIfNewer(programs, closed.programId(), event, Updates.combine(
                Updates.set("closed", true), Updates.set("closedAt", Date.from(closed.closedAt()))));
    }

    Optional<Program> find(String tenantId, String programId) {
        return Optional.ofNullable(programs.find(and(eq("_id", programId), eq("tenantId", tenantId))).first())
                .map(ProgramStore::fromDocument);
    }

    private static Program fromDocument(Document d) {
        EnumMap<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        d.get("weights", Document.class).forEach((name, weight) ->
                weights.put(Criterion.valueOf(name), ((Number) weight).doubleValue()));
        ProgramRules rules = new ProgramRules(ProgramType.valueOf(d.getString("type")), new Weights(weights),
                d.getInteger("reportingLineLevels", 0), d.getBoolean("requireSharedLanguage", false),
                DepartmentPolicy.valueOf(d.getString("department")), d.getInteger("minSeniorityGap"),
                d.getInteger("maxSeniorityGap"));
        return new Program(d.getString("_id"), rules, MatchingMode.of(d.getString("matchingMode")),
                OptimizeFor.valueOf(d.getString("optimizeFor")),
                d.getInteger("suggestionsShown", 5), d.getInteger("proposalExpiryDays", 7),
                d.getBoolean("closed", false));
    }
}
