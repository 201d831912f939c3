package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Repository;

/**
 * Applies a person's profile changes to every enrolment document of theirs. A change and a
 * registration travel on different partitions, so the latest change is also kept per person and
 * applied again to a registration that arrives after it; on each document the newer of the two wins.
 */
@Repository
public class PersonProfiles {

    private final MongoCollection<Document> people;
    private final List<MongoCollection<Document>> enrolments;

    PersonProfiles(MongoDatabase database) {
        this.people = database.getCollection("people");
        this.enrolments = List.of(database.getCollection("mentors"), database.getCollection("mentees"));
    }

    public void record(ProfileUpdated update, IncomingEvent event) {
        ReadModels.applyIfNewer(people, update.personId(), event, Updates.combine(
                Updates.set("employeeNumber", update.employeeNumber()),
                Updates.set("department", update.department()),
                Updates.set("languages", update.languages()),
                Updates.set("skills", update.skills()),
                Updates.set("seniorityLevel", update.seniorityLevel()),
                Updates.set("managerEmployeeNumber", update.managerEmployeeNumber()),
                Updates.set("location", update.location()),
                Updates.set("remoteOk", update.remoteOk()),
                Updates.set("timeZone", update.timeZone()),
                Updates.set("updatedAt", Date.from(update.updatedAt()))));
        applyLatest(event.tenantId(), update.personId());
    }

    /** Brings every enrolment of the person up to their latest known profile change, if newer. */
    public void applyLatest(String tenantId, String personId) {
        Document latest = people.find(and(eq("_id", personId), eq("tenantId", tenantId))).first();
        if (latest == null) {
            return;
        }
        Date asOf = latest.getDate("updatedAt");
        for (MongoCollection<Document> collection : enrolments) {
            for (Document enrolment : collection.find(and(eq("tenantId", tenantId), eq("personId", personId),
                    ne(Candidates.ERASED, true), or(exists(Candidates.PROFILE_AS_OF, false),
                            lt(Candidates.PROFILE_AS_OF, asOf))))) {
                Document profile = updated(enrolment.get(Candidates.PROFILE, Document.class), latest);
                collection.updateOne(and(eq("_id", enrolment.getString("_id")), eq("tenantId", tenantId),
                                or(exists(Candidates.PROFILE_AS_OF, false), lt(Candidates.PROFILE_AS_OF, asOf))),
                        Updates.combine(Updates.set(Candidates.PROFILE, profile),
                                Updates.set(Candidates.PROFILE_AS_OF, asOf)));
            }
        }
    }

    /** Skill levels are not part of a profile change; a skill kept keeps its level, a new one starts at 3. */
    private static Document updated(Document profile, Document latest) {
        Document next = profile == null ? new Document() : new Document(profile);
        for (String field : List.of("department", "languages", "seniorityLevel", "managerEmployeeNumber", "location",
                "remoteOk", "timeZone")) {
            next.put(field, latest.get(field));
        }
        Map<String, Document> known = next.getList("skills", Document.class, List.of()).stream()
                .collect(Collectors.toMap(s -> s.getString("name"), Function.identity(), (a, b) -> a));
        List<Document> skills = new ArrayList<>();
        for (String name : latest.getList("skills", String.class, List.of())) {
            skills.add(known.getOrDefault(name, new Document("name", name).append("level", 3)));
        }
        next.put("skills", skills);
        return next;
    }
}
