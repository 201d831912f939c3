package org.mentorat.matching;

import static com.mongodb.client.model.Filters.eq;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.Availability;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.TestInfrastructure;
import org.mentorat.testkit.TestTokens;
import org.springframework.http.ResponseEntity;

/**
 * A tenant with one program, fed through the real broker the way profile-service would feed it,
 * and driven through matching's HTTP API. Each test gets its own tenant, so tests sharing the
 * context and the broker never see each other's people.
 */
public final class ProgramWorld {

    public final String tenant = "t-" + UUID.randomUUID();
    public final String programId = UUID.randomUUID().toString();
    private final ServiceDriver driver;
    private final MongoDatabase database;
    private final HttpApi api;

    public ProgramWorld(ServiceDriver driver, MongoDatabase database) {
        this.driver = driver;
        this.database = database;
        this.api = driver.api();
    }

    /** Publishes the program with equal weights, the given mode and type, and no hard rule but the defaults. */
    public ProgramWorld published(String matchingMode, String type, ProgramPublished.HardRules rules) {
        send(programId, new ProgramPublished(programId, "Grow", type, Instant.now(), null, null, 12, 2, matchingMode,
                new ProgramPublished.CriteriaWeights(3, 1, 1, 1, 1, 1, 1, 1), rules, "QUALITY", 5, 7));
        await().atMost(Duration.ofSeconds(30)).until(() -> find("programs", programId) != null);
        return this;
    }

    /** A published one-to-one program in this matching mode, with no hard rule but the defaults. */
    public static ProgramWorld oneToOne(ServiceDriver driver, MongoDatabase database, String matchingMode) {
        return new ProgramWorld(driver, database).published(matchingMode, "ONE_TO_ONE", noRules());
    }

    public static ProgramPublished.HardRules noRules() {
        return new ProgramPublished.HardRules(0, false, "ANY", null, null);
    }

    public String mentor(String person, int capacity, List<String> topics) {
        return mentor(person, capacity, topics, List.of("fr"), null, null);
    }

    public String mentor(String person, int capacity, List<String> topics, List<String> languages, String employeeNumber,
            String manager) {
        String enrollment = UUID.randomUUID().toString();
        send(enrollment, new MentorRegistered(enrollment, programId, person, capacity, topics, languages,
                "Engineering", Instant.now(), "ONE_TO_ONE", employeeNumber, manager, 7, List.of(), "Paris", true,
                "Europe/Paris", new Availability(null, List.of()), null, List.of(), List.of(), Map.of(), Map.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> find("mentors", enrollment) != null);
        return enrollment;
    }

    public String mentee(String person, List<String> topics) {
        return mentee(person, topics, List.of("fr"), null, null);
    }

    public String mentee(String person, List<String> topics, List<String> languages, String employeeNumber, String manager) {
        return mentee(person, topics, languages, employeeNumber, manager, "Sales");
    }

    String menteeIn(String department, String person) {
        return mentee(person, List.of("java"), List.of("fr"), null, null, department);
    }

    public String mentee(String person, List<String> topics, List<String> languages, String employeeNumber, String manager,
            String department) {
        String enrollment = UUID.randomUUID().toString();
        send(enrollment, new MenteeRegistered(enrollment, programId, person, topics, languages, department, "grow",
                Instant.now(), "ONE_TO_ONE", employeeNumber, manager, 3, List.of(), "Paris", true, "Europe/Paris",
                new Availability(null, List.of()), null, List.of(), List.of(), Map.of(), Map.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> find("mentees", enrollment) != null);
        return enrollment;
    }

    void profileUpdated(String person, String employeeNumber, String manager, String department, long sequence) {
        profileUpdated(person, employeeNumber, manager, department, sequence, Instant.now());
    }

    void profileUpdated(String person, String employeeNumber, String manager, String department, long sequence,
            Instant at) {
        driver.publish(tenant, person, sequence, new ProfileUpdated(person, List.of("department",
                "managerEmployeeNumber"), department, List.of("fr"), List.of(), 5, manager, "Paris", true,
                "Europe/Paris", at, employeeNumber));
    }

    void erased(String person) {
        send(person, new ProfileErasureRequested(UUID.randomUUID().toString(), person, Instant.now()));
    }

    void left(String person) {
        send(person, new ProfileDeactivated(person, null, "SCIM_LEAVER", Instant.now()));
    }

    void withdrew(String enrollment, String person, String role) {
        driver.publish(tenant, enrollment, 2, new EnrollmentWithdrawn(enrollment, programId, person, role,
                Instant.now()));
    }

    public Document find(String collection, String id) {
        return database.getCollection(collection).find(eq("_id", id)).first();
    }

    public int seatsLeft(String mentorEnrollment) {
        return find("mentors", mentorEnrollment).getInteger("seatsLeft");
    }

    ResponseEntity<String> get(String path, String person, String role) {
        return api.get(path, TestTokens.bearer(tenant, person, role));
    }

    public ResponseEntity<String> post(String path, String person, String role, Object body) {
        return api.post(path, TestTokens.bearer(tenant, person, role), body);
    }

    ResponseEntity<String> put(String path, String person, String role, Object body) {
        return api.put(path, TestTokens.bearer(tenant, person, role), body);
    }

    /** The mentee asks for this mentor in the program, as a mentee picks from their suggestions. */
    public ResponseEntity<String> requestMatch(String mentee, String mentor) {
        return post("/api/v1/matches", mentee, "MENTEE", Map.of("programId", programId, "mentorId", mentor));
    }

    public ResponseEntity<String> asAdmin(String path) {
        return get(path, "admin", "PROGRAM_ADMIN");
    }

    String suggestionsPath(String mentee) {
        return "/api/v1/programs/" + programId + "/mentees/" + mentee + "/suggestions";
    }

    static EventProbe matchingEvents() {
        return EventProbe.watching(TestInfrastructure.shared().kafkaBootstrapServers(), Topics.MATCHING_EVENTS);
    }

    private void send(String subject, DomainEvent event) {
        driver.publish(tenant, subject, 1, event);
    }
}
