package org.mentorat.profile.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.bson.Document;

/** Maps programs to and from their MongoDB documents; documents from older versions get defaults. */
final class ProgramDocuments {

    private ProgramDocuments() {
    }

    static Document toDocument(Program program) {
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
                .append("createdAt", date(program.createdAt()))
                .append("publishedAt", date(program.publishedAt()))
                .append("closedAt", date(program.closedAt()));
    }

    static Program fromDocument(Document d) {
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
                d.getInteger("relationshipWeeks"), d.getInteger("sessionCadenceWeeks"),
                d.getString("matchingMode") == null ? null : MatchingMode.valueOf(d.getString("matchingMode")),
                matching).withDefaults();
        return new Program(d.getString("_id"), ((Number) d.get("version")).longValue(),
                ProgramStatus.valueOf(d.getString("status") == null ? "DRAFT" : d.getString("status")), definition,
                instant(d.getDate("createdAt")), instant(d.getDate("publishedAt")), instant(d.getDate("closedAt")));
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
