package org.mentorat.matching.readmodel;

import java.time.ZoneId;
import java.util.List;
import org.bson.Document;
import org.mentorat.matching.scoring.Candidate;
import org.mentorat.matching.scoring.Skill;
import org.mentorat.matching.scoring.Slot;

/** Stores what scoring knows of a person as a sub-document, and reads it back. */
final class CandidateDocuments {

    private CandidateDocuments() {
    }

    static Document toDocument(Candidate c) {
        return new Document("employeeNumber", c.employeeNumber())
                .append("managerEmployeeNumber", c.managerEmployeeNumber())
                .append("department", c.department())
                .append("seniorityLevel", c.seniorityLevel())
                .append("languages", c.languages())
                .append("skills", c.skills().stream()
                        .map(s -> new Document("name", s.name()).append("level", s.level())).toList())
                .append("topics", c.topics())
                .append("goals", c.goals())
                .append("style", c.style())
                .append("location", c.location())
                .append("remoteOk", c.remoteOk())
                .append("timeZone", c.timeZone().getId())
                .append("slots", c.slots().stream().map(s -> new Document("day", s.day().name())
                        .append("start", s.start().toString()).append("end", s.end().toString())).toList())
                .append("hoursPerMonth", c.hoursPerMonth())
                .append("preferredKinds", c.preferredKinds())
                .append("expectations", c.expectations());
    }

    /** An erased person has no profile left; they are then a bare id that scoring treats as unknown. */
    static Candidate fromDocument(String personId, Document d) {
        if (d == null) {
            return new Candidate(personId, null, null, null, null, null, null, null, null, null, null, false, null,
                    null, null, null, null);
        }
        return new Candidate(personId, d.getString("employeeNumber"), d.getString("managerEmployeeNumber"),
                d.getString("department"), d.getInteger("seniorityLevel"), strings(d, "languages"),
                d.getList("skills", Document.class, List.of()).stream()
                        .map(s -> new Skill(s.getString("name"), s.getInteger("level", 3))).toList(),
                strings(d, "topics"), d.getString("goals"), d.getString("style"), d.getString("location"),
                d.getBoolean("remoteOk", false), ZoneId.of(d.get("timeZone", "UTC")),
                d.getList("slots", Document.class, List.of()).stream()
                        .map(s -> Slot.of(s.getString("day"), s.getString("start"), s.getString("end"))).toList(),
                d.getInteger("hoursPerMonth"), strings(d, "preferredKinds"), strings(d, "expectations"));
    }

    private static List<String> strings(Document d, String field) {
        return d.getList(field, String.class, List.of());
    }
}
