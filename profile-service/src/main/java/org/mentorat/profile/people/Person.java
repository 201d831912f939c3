package org.mentorat.profile.people;

import java.util.List;
import org.bson.Document;

/** A tenant's employee as Mentorat knows them. */
public record Person(
        String id,
        String employeeNumber,
        String givenName,
        String familyName,
        String email,
        String department,
        String locale,
        String timeZone,
        List<String> languages,
        List<String> skills,
        boolean active) {

    Document toDocument() {
        return new Document("employeeNumber", employeeNumber)
                .append("givenName", givenName)
                .append("familyName", familyName)
                .append("email", email)
                .append("department", department)
                .append("locale", locale)
                .append("timeZone", timeZone)
                .append("languages", languages)
                .append("skills", skills)
                .append("active", active);
    }

    static Person fromDocument(Document document) {
        return new Person(document.getString("_id"), document.getString("employeeNumber"),
                document.getString("givenName"), document.getString("familyName"), document.getString("email"),
                document.getString("department"), document.getString("locale"), document.getString("timeZone"),
                document.getList("languages", String.class, List.of()), document.getList("skills", String.class, List.of()),
                document.getBoolean("active", true));
    }
}
