package org.mentorat.profile.program;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.Changed;
import org.mentorat.profile.web.Page;

/**
 * The {@code programs} collection. Mapped by hand because the document is not the record: the
 * definition's settings sit flat beside the status (as the API shows them and as earlier versions
 * stored them), dates are ISO strings, and a document from an older version lacking a setting
 * gets its default on read.
 */
class ProgramStore {

    private final AggregateStore programs;

    ProgramStore(AggregateStore programs) {
        this.programs = programs;
    }

    void insert(String tenantId, Program program) {
        programs.insert(tenantId, program.id(), stateOf(program), List.of());
    }

    /** @return false when the program changed since {@code current} was read: nothing was written */
    boolean update(String tenantId, Program current, Changed<Program> change) {
        return programs.update(tenantId, current.id(), current.version(),
                new Document("$set", stateOf(change.state())), change.events());
    }

    Optional<Program> find(String tenantId, String programId) {
        return programs.find(tenantId, programId).map(ProgramStore::programOf);
    }

    Page<Program> list(String tenantId, Collection<ProgramStatus> statuses, int page, int size) {
        Bson filter = and(eq(AggregateStore.TENANT, tenantId),
                in("status", statuses.stream().map(Enum::name).toList()));
        List<Program> items = programs.collection().find(filter).sort(Sorts.ascending("_id"))
                .skip(page * size).limit(size).map(ProgramStore::programOf).into(new ArrayList<>());
        return new Page<>(items, page, size, programs.collection().countDocuments(filter));
    }

    private static Document stateOf(Program program) {
        ProgramDefinition d = program.definition();
        MatchingSettings m = d.matching();
        CriteriaWeights w = m.weights();
        HardRules r = m.rules();
        return new Document("status", program.status().name())
                .append("name", d.name())
                .append("description", d.description())
                .append("type", d.type().name())
                .append("cohortStart", d.cohortStart() == null ? null : d.cohortStart().toString())
                .append("cohortEnd", d.cohortEnd() == null ? null : d.cohortEnd().toString())
                .append("evergreen", d.evergreen())
                .append("relationshipWeeks", d.relationshipWeeks())
                .append("sessionCadenceWeeks", d.sessionCadenceWeeks())
                .append("stallAfterDays", d.stallAfterDays())
                .append("matchingMode", d.matchingMode().name())
                .append("matching", new Document("weights", new Document("skills", w.skills())
                        .append("goals", w.goals()).append("languages", w.languages())
                        .append("availability", w.availability()).append("seniority", w.seniority())
                        .append("style", w.style()).append("location", w.location())
                        .append("departmentDiversity", w.departmentDiversity()))
                        .append("rules", new Document("reportingLineLevels", r.reportingLineLevels())
                                .append("requireSharedLanguage", r.requireSharedLanguage())
                                .append("department", r.department().name())
                                .append("minSeniorityGap", r.minSeniorityGap())
                                .append("maxSeniorityGap", r.maxSeniorityGap()))
                        .append("optimizeFor", m.optimizeFor().name())
                        .append("suggestionsShown", m.suggestionsShown())
                        .append("proposalExpiryDays", m.proposalExpiryDays()))
                .append("notifications", notificationsOf(d.notifications()))
                .append("createdAt", date(program.createdAt()))
                .append("publishedAt", date(program.publishedAt()))
                .append("closedAt", date(program.closedAt()));
    }

    private static Program programOf(Document d) {
        Document m = d.get("matching", new Document());
        Document w = m.get("weights", new Document());
        Document r = m.get("rules", new Document());
        MatchingSettings matching = new MatchingSettings(
                new CriteriaWeights(w.getDouble("skills"), w.getDouble("goals"), w.getDouble("languages"),
                        w.getDouble("availability"), w.getDouble("seniority"), w.getDouble("style"),
                        w.getDouble("location"), w.getDouble("departmentDiversity")),
                new HardRules(r.getInteger("reportingLineLevels"), r.getBoolean("requireSharedLanguage"),
                        r.getString("department") == null ? null : DepartmentRule.valueOf(r.getString("department")),
                        r.getInteger("minSeniorityGap"), r.getInteger("maxSeniorityGap")),
                m.getString("optimizeFor") == null ? null : OptimizeFor.valueOf(m.getString("optimizeFor")),
                m.getInteger("suggestionsShown"), m.getInteger("proposalExpiryDays"));
        ProgramDefinition definition = new ProgramDefinition(d.getString("name"), d.getString("description"),
                d.getString("type") == null ? null : ProgramType.valueOf(d.getString("type")),
                localDate(d.getString("cohortStart")), localDate(d.getString("cohortEnd")), d.getBoolean("evergreen"),
                d.getInteger("relationshipWeeks"), d.getInteger("sessionCadenceWeeks"), d.getInteger("stallAfterDays"),
                d.getString("matchingMode") == null ? null : MatchingMode.valueOf(d.getString("matchingMode")),
                matching, notifications(d.get("notifications", Document.class))).withDefaults();
        return new Program(d.getString("_id"), ((Number) d.get("version")).longValue(),
                ProgramStatus.valueOf(d.getString("status") == null ? "DRAFT" : d.getString("status")), definition,
                instant(d.getDate("createdAt")), instant(d.getDate("publishedAt")), instant(d.getDate("closedAt")));
    }

    /** Offsets as ISO-8601 text, categories by name: a missing list (an older document) takes the default. */
    private static Document notificationsOf(ProgramNotifications n) {
        return new Document("reminderOffsets", n.reminderOffsets().stream().map(Duration::toString).toList())
                .append("mandatoryCategories", n.mandatoryCategories().stream().map(Enum::name).toList())
                .append("digestRecipientIds", n.digestRecipientIds());
    }

    private static ProgramNotifications notifications(Document n) {
        if (n == null) {
            return null;
        }
        List<String> offsets = n.getList("reminderOffsets", String.class);
        List<String> categories = n.getList("mandatoryCategories", String.class);
        return new ProgramNotifications(offsets == null ? null : offsets.stream().map(Duration::parse).toList(),
                categories == null ? null : categories.stream().map(NotificationCategory::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                n.getList("digestRecipientIds", String.class));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static LocalDate localDate(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
