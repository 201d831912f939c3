package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Erases a person from the candidate read model (GDPR art. 17): their mentor and mentee documents
 * lose every profile attribute and are marked {@code erased}, but keep ids, program, status and
 * seat counts, so capacity and existing matches stay right. Erased candidates are no longer
 * proposed. A tombstone per person lets a registration delivered after the erasure (it travels on
 * another partition, keyed by enrolment) be scrubbed again. Safe to repeat: a replay changes nothing.
 */
@Repository
public class CandidateErasure {

    /** Profile attributes a candidate document may hold, today or from older or newer events. */
    static final List<String> PERSONAL_FIELDS = List.of("profile", "topics", "topicsWanted", "languages", "department",
            "goals", "skills", "employeeNumber", "managerEmployeeNumber", "seniorityLevel", "location",
            "remoteOk", "timeZone", "availability", "style", "preferredStyle", "preferredKinds", "expectations",
            "kindScores", "expectationScores", "name", "displayName", "email", "bio");

    private final MongoCollection<Document> mentors;
    private final MongoCollection<Document> mentees;
    private final MongoCollection<Document> erasedPeople;
    private final MongoCollection<Document> people;
    private final MongoCollection<Document> orgChart;

    CandidateErasure(MongoDatabase database) {
        this.mentors = database.getCollection("mentors");
        this.mentees = database.getCollection("mentees");
        this.erasedPeople = database.getCollection("erased_people");
        this.people = database.getCollection("people");
        this.orgChart = database.getCollection("org_chart");
    }

    /** Erases the person's candidate documents in this tenant; idempotent. */
    public void erase(String tenantId, String personId, String erasureId) {
        erasedPeople.replaceOne(eq("_id", tombstoneId(tenantId, personId)),
                new Document("tenantId", tenantId).append("personId", personId).append("erasureId", erasureId),
                new ReplaceOptions().upsert(true));
        scrub(tenantId, personId);
    }

    /** Scrubs again if this person was erased before one of their registrations arrived. */
    public void reapplyIfErased(String tenantId, String personId) {
        if (erasedPeople.find(eq("_id", tombstoneId(tenantId, personId))).first() != null) {
            scrub(tenantId, personId);
        }
    }

    private void scrub(String tenantId, String personId) {
        forgetInOrgChart(tenantId, personId);
        List<Bson> changes = new ArrayList<>();
        PERSONAL_FIELDS.forEach(field -> changes.add(Updates.unset(field)));
        changes.add(Updates.set("erased", true));
        Bson update = Updates.combine(changes);
        Bson person = and(eq("tenantId", tenantId), eq("personId", personId));
        mentors.updateMany(person, update);
        mentees.updateMany(person, update);
    }

    /** The person's place in the reporting lines and their latest profile change go too. */
    private void forgetInOrgChart(String tenantId, String personId) {
        Set<String> employeeNumbers = new HashSet<>();
        Bson person = and(eq("tenantId", tenantId), eq("personId", personId));
        for (MongoCollection<Document> candidates : List.of(mentors, mentees)) {
            candidates.find(person).forEach(doc -> {
                Document profile = doc.get("profile", Document.class);
                if (profile != null && profile.getString("employeeNumber") != null) {
                    employeeNumbers.add(profile.getString("employeeNumber"));
                }
            });
        }
        Document latest = people.find(and(eq("_id", personId), eq("tenantId", tenantId))).first();
        if (latest != null && latest.getString("employeeNumber") != null) {
            employeeNumbers.add(latest.getString("employeeNumber"));
        }
        employeeNumbers.forEach(number -> orgChart.deleteOne(eq("_id", tenantId + ":" + number)));
        people.deleteOne(and(eq("_id", personId), eq("tenantId", tenantId)));
    }

    private static String tombstoneId(String tenantId, String personId) {
        return tenantId + ":" + personId;
    }
}
