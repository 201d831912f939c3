package org.mentorat.matching.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.architecture.LibraryArchitecture;

/** matching-scoring keeps the rules every module keeps, and stays a plain library that needs nothing but the JDK. */
class ArchitectureTest extends LibraryArchitecture {

    ArchitectureTest() {
        super("org.mentorat.matching.scoring");
    }

    @Test
    void dependsOnNothingButTheJdk() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages("org.mentorat.matching.scoring..", "java..")
                .check(imported());
    }
}
