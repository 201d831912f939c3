package org.mentorat.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.events.profile.ProgramPublished;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every event record on the classpath must have a sample, a JSON Schema named after its type,
 * and serialise to JSON that the schema accepts. A new record without schema fails the build.
 */
class EventSchemaContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TestFactory
    Stream<DynamicTest> everyEventRecordMatchesItsSchema() throws Exception {
        Map<Class<?>, DomainEvent> samples = SampleEvents.byClass();
        return eventClasses().stream().map(eventClass -> DynamicTest.dynamicTest(eventClass.getSimpleName(), () -> {
            assertThat(samples).as("a sample of %s in SampleEvents", eventClass.getName()).containsKey(eventClass);
            String type = DomainEvent.typeOf(eventClass.asSubclass(DomainEvent.class));
            JsonNode json = JSON.valueToTree(samples.get(eventClass));
            List<Error> errors = schemaFor(type).validate(json);
            assertThat(errors).as("%s against %s", json, type).isEmpty();
        }));
    }

    @Test
    void typeNamesAreVersionedAndPastTense() throws Exception {
        for (Class<?> eventClass : eventClasses()) {
            String type = DomainEvent.typeOf(eventClass.asSubclass(DomainEvent.class));
            assertThat(type).matches("org\\.mentorat\\.[a-z]+\\.[a-z-]+\\.v\\d+");
            assertThat(eventClass.getSimpleName()).as("past-tense name").matches(".*(ed|Sent|Set|Withdrawn)$");
        }
    }

    @Test
    void schemaRejectsAnEventMissingARequiredField() {
        JsonNode incomplete = JSON.readTree("{\"matchId\":\"mat-1\",\"programId\":\"prg-1\"}");
        assertThat(schemaFor("org.mentorat.matching.match-accepted.v1").validate(incomplete)).isNotEmpty();
    }

    /** Additive changes only: registrations published before the matching attributes still validate. */
    @Test
    void registrationsWithoutTheLaterAddedFieldsStillValidate() {
        JsonNode mentor = JSON.readTree("{\"enrollmentId\":\"enr-1\",\"programId\":\"prg-1\",\"personId\":\"per-1\","
                + "\"capacity\":1,\"topics\":[\"java\"],\"languages\":[\"fr\"],\"department\":null,"
                + "\"registeredAt\":\"2026-03-02T09:30:00Z\"}");
        JsonNode mentee = JSON.readTree("{\"enrollmentId\":\"enr-2\",\"programId\":\"prg-1\",\"personId\":\"per-2\","
                + "\"topicsWanted\":[\"java\"],\"languages\":[\"fr\"],\"department\":null,\"goals\":\"grow\","
                + "\"registeredAt\":\"2026-03-02T09:30:00Z\"}");

        assertThat(schemaFor("org.mentorat.profile.mentor-registered.v1").validate(mentor)).isEmpty();
        assertThat(schemaFor("org.mentorat.profile.mentee-registered.v1").validate(mentee)).isEmpty();
    }

    /** Consumers build reporting lines from it, and must cope with events published before it was added. */
    @Test
    void aProfileUpdatedWithoutTheEmployeeNumberStillValidatesAndReadsAsUnknown() {
        JsonNode old = JSON.readTree("{\"personId\":\"per-1\",\"changedFields\":[\"department\"],"
                + "\"department\":\"Finance\",\"languages\":[\"fr\"],\"skills\":[],\"seniorityLevel\":null,"
                + "\"managerEmployeeNumber\":\"E-100\",\"location\":null,\"remoteOk\":true,\"timeZone\":\"UTC\","
                + "\"updatedAt\":\"2026-03-02T09:30:00Z\"}");

        assertThat(schemaFor(ProfileUpdated.TYPE).validate(old)).isEmpty();
        ProfileUpdated read = JSON.treeToValue(old, ProfileUpdated.class);
        assertThat(read.employeeNumber()).isNull();
        assertThat(read.managerEmployeeNumber()).isEqualTo("E-100");
    }

    /** The invite's fields came later: session events published before them still validate and read as unknown. */
    @Test
    void sessionEventsWithoutTheInviteFieldsStillValidateAndReadAsUnknown() {
        JsonNode scheduled = JSON.readTree("{\"sessionId\":\"ses-1\",\"mentorshipId\":\"mts-1\",\"mentorId\":\"per-1\","
                + "\"menteeId\":\"per-2\",\"startsAt\":\"2026-04-01T14:00:00Z\",\"durationMinutes\":45,"
                + "\"programId\":\"prg-1\",\"menteeIds\":[\"per-2\"],\"timeZone\":\"Europe/Paris\",\"format\":\"VIDEO\","
                + "\"location\":null,\"sequence\":0,\"seriesId\":null}");
        JsonNode rescheduled = JSON.readTree("{\"sessionId\":\"ses-1\",\"mentorshipId\":\"mts-1\",\"programId\":\"prg-1\","
                + "\"mentorId\":\"per-1\",\"menteeIds\":[\"per-2\"],\"startsAt\":\"2026-04-01T15:00:00Z\","
                + "\"durationMinutes\":60,\"timeZone\":\"Europe/Paris\",\"sequence\":1,"
                + "\"rescheduledAt\":\"2026-03-21T08:00:00Z\"}");
        JsonNode cancelled = JSON.readTree("{\"sessionId\":\"ses-1\",\"mentorshipId\":\"mts-1\",\"programId\":\"prg-1\","
                + "\"mentorId\":\"per-1\",\"menteeIds\":[\"per-2\"],\"startsAt\":\"2026-04-01T15:00:00Z\",\"sequence\":2,"
                + "\"reason\":null,\"cancelledAt\":\"2026-03-22T08:00:00Z\"}");

        assertThat(schemaFor(SessionScheduled.TYPE).validate(scheduled)).isEmpty();
        assertThat(schemaFor(SessionRescheduled.TYPE).validate(rescheduled)).isEmpty();
        assertThat(schemaFor(SessionCancelled.TYPE).validate(cancelled)).isEmpty();
        SessionScheduled oldScheduled = JSON.treeToValue(scheduled, SessionScheduled.class);
        assertThat(oldScheduled.agenda()).isNull();
        assertThat(oldScheduled.scheduledAt()).isNull();
        assertThat(oldScheduled.format()).isEqualTo("VIDEO");
        SessionRescheduled oldRescheduled = JSON.treeToValue(rescheduled, SessionRescheduled.class);
        assertThat(oldRescheduled.format()).isNull();
        assertThat(oldRescheduled.sequence()).isEqualTo(1);
        SessionCancelled oldCancelled = JSON.treeToValue(cancelled, SessionCancelled.class);
        assertThat(oldCancelled.durationMinutes()).isNull();
        assertThat(oldCancelled.timeZone()).isNull();
        assertThat(oldCancelled.cancelledAt()).isEqualTo(Instant.parse("2026-03-22T08:00:00Z"));
    }

    /** Read back, the new fields are what was written: consumers build the invite from them. */
    @Test
    void aCancelledSessionReadsBackWithEverythingItsInviteNeeds() {
        SessionCancelled sample = (SessionCancelled) SampleEvents.byClass().get(SessionCancelled.class);

        assertThat(JSON.readValue(JSON.writeValueAsString(sample), SessionCancelled.class)).isEqualTo(sample);
    }

    /** Programs published before they had notification settings read as "use notification-service's defaults". */
    @Test
    void aProgramPublishedWithoutNotificationSettingsStillValidatesAndReadsAsNone() {
        ObjectNode old = (ObjectNode) JSON.valueToTree(SampleEvents.byClass().get(ProgramPublished.class));
        old.remove(List.of("reminderOffsets", "mandatoryNotifications", "digestRecipientIds"));

        assertThat(schemaFor(ProgramPublished.TYPE).validate(old)).isEmpty();
        ProgramPublished read = JSON.treeToValue(old, ProgramPublished.class);
        assertThat(read.reminderOffsets()).isNull();
        assertThat(read.mandatoryNotifications()).isNull();
        assertThat(read.digestRecipientIds()).isNull();
    }

    @Test
    void aProgramPublishedWithAnUnknownCategoryOrAMalformedOffsetIsRefused() {
        ObjectNode event = (ObjectNode) JSON.valueToTree(SampleEvents.byClass().get(ProgramPublished.class));
        ObjectNode unknownCategory = event.deepCopy();
        unknownCategory.putArray("mandatoryNotifications").add("NEWSLETTER");
        ObjectNode badOffset = event.deepCopy();
        badOffset.putArray("reminderOffsets").add("24 hours");

        assertThat(schemaFor(ProgramPublished.TYPE).validate(unknownCategory)).isNotEmpty();
        assertThat(schemaFor(ProgramPublished.TYPE).validate(badOffset)).isNotEmpty();
    }

    @Test
    void schemaRejectsAFieldTheRecordDoesNotHave() {
        JsonNode withExtra = JSON.valueToTree(SampleEvents.byClass().values().iterator().next());
        ((tools.jackson.databind.node.ObjectNode) withExtra).put("unexpected", 1);
        String type = DomainEvent.typeOf(SampleEvents.byClass().values().iterator().next().getClass());
        assertThat(schemaFor(type).validate(withExtra)).isNotEmpty();
    }

    private static Schema schemaFor(String type) {
        InputStream schema = EventSchemaContractTest.class.getClassLoader()
                .getResourceAsStream(DomainEvent.schemaPath(type));
        assertThat(schema).as("schema file %s", DomainEvent.schemaPath(type)).isNotNull();
        return SCHEMAS.getSchema(schema);
    }

    /** Finds every class annotated with {@link EventType} in this module's compiled output. */
    private static List<Class<?>> eventClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(EventType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            List<Class<?>> found = files
                    .filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace('/', '.').replace(".class", ""))
                    .map(EventSchemaContractTest::load)
                    .filter(type -> type.isAnnotationPresent(EventType.class))
                    .toList();
            assertThat(found).as("event records found").isNotEmpty();
            return found;
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
