package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Personal data: each person's latest profile change ({@code people}) and the {@code profile} each
 * enrolment document keeps (the seats and status around it are {@link MentorStore}'s and
 * {@link MenteeStore}'s). A change and a registration travel on different partitions, so the
 * latest change is applied again to a registration that arrives after it; the newer wins. Mapped by
 * hand: a time zone id and slot times are strings, and an erased person has no profile.
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

    /** What every enrolment document records at registration: program, person, profile as registered. */
    static List<Bson> registered(String programId, String personId, Candidate profile, Instant at) {
        return List.of(Updates.set("programId", programId), Updates.set("personId", personId),
                Updates.set(PROFILE, toDocument(profile)), Updates.set(PROFILE_AS_OF, Date.from(at)),
                Updates.set("registeredAt", Date.from(at)));
    }

    /** The indexes every enrolment collection needs, besides the one on its own status field. */
    static void index(MongoCollection<Document> enrolments, String status) {
        // {_id, tenantId}: the embedded store only uses an index whose keys equal the query's
        enrolments.createIndex(Indexes.ascending("_id", "tenantId"), new IndexOptions().unique(true));
        enrolments.createIndex(Indexes.ascending("tenantId", "programId", status));
        enrolments.createIndex(Indexes.ascending("tenantId", "personId"));
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

    /** Every employee number the person's enrolments and latest change know. */
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
        Optional.ofNullable(people.find(ofPerson(tenantId, personId)).first())
                .map(latest -> latest.getString("employeeNumber")).ifPresent(numbers::add);
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
