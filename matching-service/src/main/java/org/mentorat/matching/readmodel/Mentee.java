package org.mentorat.matching.readmodel;

import java.util.List;
import org.bson.Document;

public record Mentee(String enrollmentId, String programId, String personId, List<String> topicsWanted,
        List<String> languages, String department, String status) {

    static final String WAITING = "WAITING";
    static final String PROPOSED = "PROPOSED";

    static Mentee fromDocument(Document document) {
        return new Mentee(document.getString("_id"), document.getString("programId"), document.getString("personId"),
                document.getList("topicsWanted", String.class, List.of()),
                document.getList("languages", String.class, List.of()), document.getString("department"),
                document.getString("status"));
    }
}
