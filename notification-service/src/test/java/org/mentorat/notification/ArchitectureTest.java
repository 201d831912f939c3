package org.mentorat.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.architecture.ServiceArchitecture;

/** notification-service keeps the service layout every service shares (the rules live in the test kit). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("org.mentorat.notification");
    }

    /** Occasions, recipients and session plans decide who is told what, like aggregates, though never stored. */
    @Test
    void whatTriggersDecideStaysFreeOfInfrastructure() {
        noClasses().that().haveSimpleName("Occasion").or().haveSimpleName("Recipient").or().haveSimpleName("SessionPlan")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                        "org.springframework..", "org.apache.kafka..", "io.cloudevents..")
                .check(imported());
    }
}
