package org.mentorat.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Feature packages may use each other's public API but must not depend on each other in a cycle. */
class ModularityTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mentorat.matching");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.mentorat.matching.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** matching-scoring's criteria and rules are its internals: the service judges pairs through its API. */
    @Test
    void theServiceUsesOnlyTheScoringApi() {
        noClasses().that().resideOutsideOfPackage("org.mentorat.matching.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.mentorat.matching.scoring.fit..", "org.mentorat.matching.scoring.rule..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.mentorat.matching.scoring.vocabulary.Text")
                .check(classes);
    }
}
