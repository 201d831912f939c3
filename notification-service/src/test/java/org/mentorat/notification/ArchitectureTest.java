package org.mentorat.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Features depend on each other one way only, and the aggregates decide without knowing storage
 * or transport. Plain JUnit tests rather than {@code @ArchTest} fields, which Surefire 3.5.3
 * silently skips.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mentorat.notification");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.mentorat.notification.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void aggregatesDecideWithoutInfrastructure() {
        noClasses().that().haveSimpleName("Notification").or().haveSimpleName("PairNotice")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                        "org.springframework..", "org.apache.kafka..")
                .check(CLASSES);
    }
}
