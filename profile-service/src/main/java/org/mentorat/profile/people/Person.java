package org.mentorat.profile.people;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.bson.Document;

/** A tenant's employee as Mentorat knows them. */
public record Person(String id, long version, @JsonUnwrapped PersonDraft profile) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isActive() {
        return Boolean.TRUE.equals(profile.active());
    }

    Document toDocument(CanonicalNames names) {
        PersonDraft p = profile;
        return new Document("employeeNumber", p.employeeNumber())
                .append("userName", p.userName())
                .append("userNameKey", p.userName() == null ? null : p.userName().toLowerCase(java.util.Locale.ROOT))
                .append("externalId", p.externalId())
                .append("givenName", p.givenName())
                .append("familyName", p.familyName())
                .append("email", p.email())
                .append("locale", p.locale())
                .append("timeZone", p.timeZone())
                .append("department", p.department())
                .append("jobTitle", p.jobTitle())
                .append("seniorityLevel", p.seniorityLevel())
                .append("managerEmployeeNumber", p.managerEmployeeNumber())
                .append("location", p.location())
                .append("remoteOk", p.remoteOk())
                .append("languages", p.languages())
                .append("skills", p.skills().stream()
                        .map(skill -> skill.toDocument(names.of(skill.name())))
                        .toList())
                .append("interests", p.interests())
                .append("values", p.values())
                .append("active", p.active());
    }

    static Person fromDocument(Document d) {
        PersonDraft profile = new PersonDraft(d.getString("employeeNumber"), d.getString("userName"),
                d.getString("externalId"), d.getString("givenName"), d.getString("familyName"), d.getString("email"),
                d.getString("locale"), d.getString("timeZone"), d.getString("department"), d.getString("jobTitle"),
                d.getInteger("seniorityLevel"), d.getString("managerEmployeeNumber"), d.getString("location"),
                d.getBoolean("remoteOk", true), d.getList("languages", String.class, List.of()),
                d.getList("skills", Document.class, List.of()).stream().map(Skill::fromDocument).toList(),
                d.getList("interests", String.class, List.of()), d.getList("values", String.class, List.of()),
                d.getBoolean("active", true));
        return new Person(d.getString("_id"), ((Number) d.get("version")).longValue(), profile);
    }
}
