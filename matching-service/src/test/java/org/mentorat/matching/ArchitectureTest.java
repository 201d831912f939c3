package org.mentorat.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The service shape of issue 8, until the kit's {@code ServiceRules} run here: MongoDB only in
 * stores and configurations, a store only from its own feature, thin listeners, no {@code @Value}.
 */
class ArchitectureTest {

    private static final String MONGO = "com.mongodb..";
    private static final String BSON = "org.bson..";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mentorat.matching");

    @Test
    void onlyStoresAndConfigurationsUseMongoDb() {
        noClasses().that().resideInAPackage("org.mentorat.matching..")
                .and().haveSimpleNameNotEndingWith("Store").and().haveSimpleNameNotEndingWith("Configuration")
                .should().dependOnClassesThat().resideInAnyPackage(MONGO, BSON)
                .orShould().dependOnClassesThat().haveSimpleName("AggregateStore")
                .check(classes);
    }

    @Test
    void aggregatesDecideWithoutInfrastructure() {
        noClasses().that().haveFullyQualifiedName("org.mentorat.matching.match.Match")
                .or().haveFullyQualifiedName("org.mentorat.matching.matchingrun.MatchingRun")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", MONGO, BSON,
                        "org.apache.kafka..", "io.cloudevents..")
                .check(classes);
    }

    @Test
    void aStoreIsUsedOnlyInItsOwnFeature() {
        classes().that().haveSimpleNameEndingWith("Store").and().resideInAPackage("org.mentorat.matching..")
                .should(beAccessedOnlyFromTheirOwnPackage()).check(classes);
    }

    @Test
    void listenersOnlyHandOverToTheirFeature() {
        noClasses().that().haveSimpleNameEndingWith("Listener").and().resideInAPackage("org.mentorat.matching..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .orShould().dependOnClassesThat().resideInAnyPackage(MONGO, BSON)
                .check(classes);
    }

    @Test
    void settingsAreConfigurationPropertiesNotValues() {
        noFields().should().beAnnotatedWith("org.springframework.beans.factory.annotation.Value").check(classes);
        noMethods().should().beAnnotatedWith("org.springframework.beans.factory.annotation.Value").check(classes);
        noCodeUnits().should(haveAValueParameter()).check(classes);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass store, ConditionEvents events) {
                store.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().getPackageName().equals(store.getPackageName()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> haveAValueParameter() {
        return new ArchCondition<>("have a @Value parameter") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                unit.getParameters().stream()
                        .filter(parameter -> parameter.isAnnotatedWith(
                                "org.springframework.beans.factory.annotation.Value"))
                        .forEach(parameter -> events.add(SimpleConditionEvent.satisfied(parameter,
                                unit.getFullName() + " takes a @Value parameter")));
            }
        };
    }
}
