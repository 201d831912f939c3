package org.mentorat.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.mentorat.testkit.architecture.ServicePredicates.aggregates;
import static org.mentorat.testkit.architecture.ServicePredicates.storesOrConfigurations;
import static org.mentorat.testkit.architecture.ServicePredicates.stores;

import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.Test;

/**
 * The shape every service keeps (see docs/architecture.md, "How a service is laid out"), on top
 * of the {@link ModuleArchitecture} rules.
 */
public abstract class ServiceArchitecture extends ModuleArchitecture {

    static final String[] INFRASTRUCTURE = {"org.springframework..", "com.mongodb..", "org.bson..",
            "org.apache.kafka..", "io.cloudevents.."};
    static final String[] STORAGE = {"com.mongodb..", "org.bson..", "org.mentorat.platform.mongo.."};

    protected ServiceArchitecture(String rootPackage) {
        super(rootPackage);
    }

    ServiceArchitecture(String rootPackage, com.tngtech.archunit.core.importer.ImportOption option) {
        super(rootPackage, option);
    }

    /** Aggregates decide; storing and transporting what they decided is someone else's job. */
    @Test
    void aggregatesDependOnNoInfrastructure() {
        noClasses().that(aggregates()).should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .allowEmptyShould(true).check(imported());
    }

    /** A store owns its collection, its field names and its mapping: nothing else touches MongoDB. */
    @Test
    void onlyStoresAndConfigurationsTouchTheDatabase() {
        noClasses().that(DescribedPredicate.not(storesOrConfigurations()))
                .should().dependOnClassesThat().resideInAnyPackage(STORAGE)
                .orShould().dependOnClassesThat(ServicePredicates.kitStores())
                .allowEmptyShould(true).check(imported());
    }

    /** No feature touches another feature's store: it asks that feature's public service. */
    @Test
    void storesAreUsedWithinTheirFeatureOnly() {
        classes().that(stores()).should(ServiceConditions.beAccessedOnlyFromTheirOwnPackage())
                .allowEmptyShould(true).check(imported());
    }

    /**
     * What a feature consumes is declared as an {@code EventSubscription} bean in its
     * {@code *Configuration}; the kit runs one listener per topic and group. A hand-written
     * {@code @KafkaListener} could join a group another feature reads, and split its partitions.
     */
    @Test
    void consumingIsDeclaredNotListenedForByHand() {
        noClasses().should(ServiceConditions.declareListeners()).allowEmptyShould(true).check(imported());
    }

    /** Settings are {@code @ConfigurationProperties} records with their defaults in one place. */
    @Test
    void settingsAreConfigurationProperties() {
        classes().should(ServiceConditions.injectNoValueAnnotations()).allowEmptyShould(true).check(imported());
    }
}
