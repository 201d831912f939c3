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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Skill;
import org.mentorat.matching.scoring.vocabulary.Slot;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Repository;

/**
 * Personal data: each person's latest profile change ({@code people}) and the {@code profile} every
 * enrolment document keeps, written at registration, refreshed by later changes, scrubbed on
 * erasure. The enrolment state around it (seats, status) is {@link MentorStore}'s and
 * {@link MenteeStore}'s. A change and a registration travel on different partitions, so the latest
 * change is kept per person and applied again to a registration that arrives after it; on each
 * document the newer of the two wins. The profile is mapped by hand: it keeps a time zone id and
 * slot times as strings, and an erased person has none.
 */
@Repository
class ProfileStore {

    static final String MENTORS = "mentors";
    static final String MENTEES = "mentees";
    static final String ERASED = "erased";
    static final String PROFILE = "profile";
    static final String PROFILE_AS_OF = "profileAsOf";
    /** Profile attributes an enrolment document may hold, today or from older or newer events. */
    private static final List<String> PERSONAL_FIELDS = List.of("profile", "topics", "topicsWanted", "languages",
            "department", "goals", "skills", "employeeNumber", "managerEmployeeNumber", "seniorityLevel", "location",
            "remoteOk", "timeZone", "availability", "style", "preferredStyle", "preferredKinds", "expectations",
            "kindScores", "expectationScores", "name", "displayName", "email", "bio");
    /** What a profile change carries; skills are names only and handled apart. */
    private static final List<String> CHANGED_FIELDS = List.of("department", "languages", "seniorityLevel",
            "managerEmployeeNumber", "location", "remoteOk", "timeZone");

    private final MongoCollection<Document> people;
    private final List<MongoCollection<Document>> enrolments;

    ProfileStore(MongoDatabase database) {
        this.people = database.getCollection("people");
        this.enrolments = List.of(database.getCollection(MENTORS), database.getCollection(MENTEES));
    }

    void record(ProfileUpdated update, IncomingEvent event) {
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
    }

    /** Brings every enrolment of the person up to their latest known profile change, if newer. */
    void applyLatest(String tenantId, String personId) {
        Document latest = people.find(ofPerson(tenantId, personId)).first();
        if (latest == null) {
            return;
        }
        Date asOf = latest.getDate("updatedAt");
        Bson older = or(exists(PROFILE_AS_OF, false), lt(PROFILE_AS_OF, asOf));
        for (MongoCollection<Document> collection : enrolments) {
            for (Document enrolment : collection.find(and(eq("tenantId", tenantId), eq("personId", personId),
                    ne(ERASED, true), older))) {
                Document profile = updated(enrolment.get(PROFILE, Document.class), latest);
                collection.updateOne(and(eq("_id", enrolment.getString("_id")), eq("tenantId", tenantId), older),
                        Updates.combine(Updates.set(PROFILE, profile), Updates.set(PROFILE_AS_OF, asOf)));
            }
        }
    }

    /** Every employee number the person's enrolments and latest change know them by. */
    Set<String> employeeNumbers(String tenantId, String personId) {
        Set<String> numbers = new HashSet<>();
        for (MongoCollection<Document> collection : enrolments) {
            collection.find(and(eq("tenantId", tenantId), eq("personId", personId))).forEach(doc -> {
                Document profile = doc.get(PROFILE, Document.class);
                if (profile != null && profile.getString("employeeNumber") != null) {
                    numbers.add(profile.getString("employeeNumber"));
                }
            });
        }
        Document latest = people.find(ofPerson(tenantId, personId)).first();
        if (latest != null && latest.getString("employeeNumber") != null) {
            numbers.add(latest.getString("employeeNumber"));
        }
        return numbers;
    }

    /** Drops the person's latest change and every profile attribute of their enrolments, marking them erased. */
    void scrub(String tenantId, String personId) {
        people.deleteOne(ofPerson(tenantId, personId));
        List<Bson> changes = new ArrayList<>();
        PERSONAL_FIELDS.forEach(field -> changes.add(Updates.unset(field)));
        changes.add(Updates.set(ERASED, true));
        Bson person = and(eq("tenantId", tenantId), eq("personId", personId));
        enrolments.forEach(collection -> collection.updateMany(person, Updates.combine(changes)));
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

    /** Skill levels are not part of a profile change; a skill kept keeps its level, a new one starts at 3. */
    private static Document updated(Document profile, Document latest) {
        Document next = profile == null ? new Document() : new Document(profile);
        CHANGED_FIELDS.forEach(field -> next.put(field, latest.get(field)));
        Map<String, Document> known = next.getList("skills", Document.class, List.of()).stream()
                .collect(Collectors.toMap(s -> s.getString("name"), Function.identity(), (a, b) -> a));
        List<Document> skills = new ArrayList<>();
        for (String name : latest.getList("skills", String.class, List.of())) {
            skills.add(known.getOrDefault(name, new Document("name", name).append("level", 3)));
        }
        next.put("skills", skills);
        return next;
    }

    private static Bson ofPerson(String tenantId, String personId) {
        return and(eq("_id", personId), eq("tenantId", tenantId));
    }

    private static List<String> strings(Document d, String field) {
        return d.getList(field, String.class, List.of());
    }
}
