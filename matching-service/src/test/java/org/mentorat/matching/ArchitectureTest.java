package org.mentorat.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.architecture.ServiceArchitecture;

/** matching-service keeps the service layout every service shares (the rules live in the test kit). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("org.mentorat.matching");
    }

    /** matching-scoring's criteria and rules are its internals: the service judges pairs through its API. */
    @Test
    void theServiceUsesOnlyTheScoringApi() {
        noClasses().that().resideOutsideOfPackage("org.mentorat.matching.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.mentorat.matching.scoring.fit..", "org.mentorat.matching.scoring.rule..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.mentorat.matching.scoring.vocabulary.Text")
                .check(imported());
    }
}
