package org.mentorat.testkit.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Conditions the service rules need beyond ArchUnit's own vocabulary. */
final class ServiceConditions {

    private static final String VALUE = "org.springframework.beans.factory.annotation.Value";
    private static final String KAFKA_LISTENER = "org.springframework.kafka.annotation.KafkaListener";

    private ServiceConditions() {
    }

    static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass store, ConditionEvents events) {
                for (Dependency dependency : store.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(store.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaClass> declareListeners() {
        return new ArchCondition<>("declare @KafkaListener methods") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getMethods().stream().filter(method -> method.isAnnotatedWith(KAFKA_LISTENER))
                        .forEach(method -> events.add(SimpleConditionEvent.satisfied(method,
                                method.getFullName() + " is a @KafkaListener")));
                if (javaClass.isAnnotatedWith(KAFKA_LISTENER)) {
                    events.add(SimpleConditionEvent.satisfied(javaClass, javaClass.getName() + " is a @KafkaListener"));
                }
            }
        };
    }

    static ArchCondition<JavaClass> injectNoValueAnnotations() {
        return new ArchCondition<>("inject no @Value settings (use @ConfigurationProperties records)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaField field : javaClass.getFields()) {
                    if (field.isAnnotatedWith(VALUE)) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is @Value"));
                    }
                }
                for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                    for (JavaParameter parameter : codeUnit.getParameters()) {
                        if (parameter.isAnnotatedWith(VALUE)) {
                            events.add(SimpleConditionEvent.violated(codeUnit,
                                    codeUnit.getFullName() + " takes a @Value parameter"));
                        }
                    }
                }
            }
        };
    }
}
