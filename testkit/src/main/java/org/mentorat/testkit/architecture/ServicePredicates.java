package org.mentorat.testkit.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;

/** Which classes of a service play which part, by the conventions the service layout names. */
final class ServicePredicates {

    private static final String AGGREGATE = "org.mentorat.platform.store.Aggregate";
    private static final Set<String> KIT_STORES = Set.of("org.mentorat.platform.store.RecordStore",
            "org.mentorat.platform.store.AggregateStore", "org.mentorat.platform.store.Stores");

    private ServicePredicates() {
    }

    static DescribedPredicate<JavaClass> aggregates() {
        return DescribedPredicate.describe("aggregates (implement Aggregate)",
                javaClass -> javaClass.isAssignableTo(AGGREGATE));
    }

    /** Classes named {@code *Store}, with the classes nested in them. */
    static DescribedPredicate<JavaClass> stores() {
        return DescribedPredicate.describe("stores (*Store)", javaClass -> outermost(javaClass).endsWith("Store"));
    }

    static DescribedPredicate<JavaClass> storesOrConfigurations() {
        return DescribedPredicate.describe("stores or configurations (*Store, *Configuration)", javaClass -> {
            String name = outermost(javaClass);
            return name.endsWith("Store") || name.endsWith("Configuration");
        });
    }

    static DescribedPredicate<JavaClass> kitStores() {
        return DescribedPredicate.describe("the kit's stores", javaClass -> KIT_STORES.contains(javaClass.getName()));
    }

    private static String outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getSimpleName();
    }
}
