package org.mentorat.profile.program;

import org.bson.Document;

/** A mentoring program that people enrol in. Its full lifecycle comes with the profile issue. */
public record Program(String id, String name, ProgramType type, String description) {

    Document toDocument() {
        return new Document("name", name).append("type", type.name()).append("description", description);
    }

    static Program fromDocument(Document document) {
        return new Program(document.getString("_id"), document.getString("name"),
                ProgramType.valueOf(document.getString("type")), document.getString("description"));
    }
}
