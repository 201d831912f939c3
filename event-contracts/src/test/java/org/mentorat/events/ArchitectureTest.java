package org.mentorat.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Contracts are data, not code to share: every consumer can depend on them without pulling in a
 * framework, and no producer's package depends on another's. (The test kit's shared rules are
 * out of reach here: the test kit depends on the contracts.)
 */
class ArchitectureTest {

    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.mentorat.events");

    @Test
    void contractsNeedNothingButTheJdkAndJacksonAnnotations() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.mentorat.events..", "com.fasterxml.jackson.annotation..")
                .check(CONTRACTS);
    }

    @Test
    void producersPackagesDependOnEachOtherOneWayOnly() {
        slices().matching("org.mentorat.events.(*)..").should().beFreeOfCycles().check(CONTRACTS);
    }
}
