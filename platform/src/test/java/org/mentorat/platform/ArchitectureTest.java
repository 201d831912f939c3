package org.mentorat.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kit shows services only its API: everything else (relay, codecs, filters, health checks,
 * auto-configurations) is package-private, so a service cannot come to depend on it. Making a
 * type public is a decision: add it to {@link #API} with the reason it is needed outside. Its
 * packages depend on each other one way only. (The platform cannot use the test kit's shared
 * rules: the test kit depends on the platform.)
 */
class ArchitectureTest {

    /** What services, the gateway's tests and the test kit use. */
    private static final Set<String> API = Set.of(
            "consumer.EventDispatcher", "consumer.EventHandler", "consumer.EventSubscription", "consumer.ProcessedEventLedger", "consumer.ReadModels",
            "events.CloudEventRecords", "events.EventIds", "events.EventJson", "events.IncomingEvent",
            "events.EventTrace", "events.InvalidEventException", "events.OutboxEvent",
            "kafka.EventsProperties", "mongo.DuplicateKeys", "openapi.ErrorAnswer", "privacy.ErasureReceipts",
            "security.Caller", "security.EndpointRules", "security.Role",
            "store.Aggregate", "store.AggregateStore", "store.Changed", "store.ConcurrentUpdateException",
            "store.EventOrigin", "store.OutboxAcknowledger", "store.RecordStore", "store.Stores",
            "tracing.RequestIds",
            "web.ConflictException", "web.FieldError", "web.ForbiddenException", "web.Identifiers",
            "web.InvalidRequestException",
            "web.JsonMergePatch", "web.PayloadTooLargeException", "web.PreconditionFailedException", "web.Problems",
            "web.RequestValidation", "web.ResourceNotFoundException",
            // a background loop of a service (the notification sender) goes straight to the work its instance just created
            "work.PendingWork");

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.mentorat.platform");

    @Test
    void onlyTheKitsApiIsPublic() {
        classes().that().areTopLevelClasses().and().haveModifier(JavaModifier.PUBLIC)
                .should(ArchCondition.from(DescribedPredicate.describe("be in the kit's API list", ArchitectureTest::inApi)))
                .check(PLATFORM);
    }

    @Test
    void packagesDependOnEachOtherOneWayOnly() {
        slices().matching("org.mentorat.platform.(*)..").should().beFreeOfCycles().check(PLATFORM);
    }

    private static boolean inApi(JavaClass javaClass) {
        return API.contains(javaClass.getName().substring("org.mentorat.platform.".length()));
    }
}
