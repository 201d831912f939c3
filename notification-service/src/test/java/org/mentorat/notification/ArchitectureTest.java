package org.mentorat.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.architecture.ServiceArchitecture;

/** notification-service keeps the service layout every service shares (the rules live in the test kit). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("org.mentorat.notification");
    }

    /** PairNotice decides who is told what, like an aggregate, though it is never stored. */
    @Test
    void pairNoticesDecideWithoutInfrastructure() {
        noClasses().that().haveSimpleName("PairNotice")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                        "org.springframework..", "org.apache.kafka..", "io.cloudevents..")
                .check(imported());
    }
}
