package org.mentorat.testkit.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Conditions the service rules need beyond ArchUnit's own vocabulary. */
final class ServiceConditions {

    private static final String VALUE = "org.springframework.beans.factory.annotation.Value";

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

    static ArchCondition<JavaClass> holdOnlyFinalFields() {
        return new ArchCondition<>("hold nothing but the final references to what they call") {
            @Override
            public void check(JavaClass listener, ConditionEvents events) {
                for (JavaField field : listener.getFields()) {
                    if (!field.getModifiers().contains(JavaModifier.FINAL)) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is not final"));
                    }
                }
            }
        };
    }

    /** A listener calls into its own feature; reaching into another feature means it does that feature's work. */
    static ArchCondition<JavaClass> dependOnNoOtherFeatureOf(String rootPackage) {
        return new ArchCondition<>("depend on no other feature of " + rootPackage) {
            @Override
            public void check(JavaClass listener, ConditionEvents events) {
                String prefix = rootPackage + ".";
                for (Dependency dependency : listener.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith(prefix) && !target.equals(listener.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
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
