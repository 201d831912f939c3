package org.mentorat.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * A plain library that services embed (the matching solver and scoring): the {@link
 * ModuleArchitecture} rules, and no Spring, MongoDB or Kafka type anywhere, so that it runs the same
 * in a service, a benchmark or a unit test.
 */
public abstract class LibraryArchitecture extends ModuleArchitecture {

    protected LibraryArchitecture(String rootPackage) {
        super(rootPackage);
    }

    LibraryArchitecture(String rootPackage, ImportOption option) {
        super(rootPackage, option);
    }

    @Test
    void dependsOnNoInfrastructure() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(ServiceArchitecture.INFRASTRUCTURE)
                .check(imported());
    }
}
