package org.mentorat.matching.readmodel;

import java.util.List;
import org.bson.Document;

public record Mentor(String enrollmentId, String programId, String personId, int seatsLeft,
        List<String> topics, List<String> languages, String department) {

    static Mentor fromDocument(Document document) {
        return new Mentor(document.getString("_id"), document.getString("programId"), document.getString("personId"),
                document.getInteger("seatsLeft", 0), document.getList("topics", String.class, List.of()),
                document.getList("languages", String.class, List.of()), document.getString("department"));
    }
}
