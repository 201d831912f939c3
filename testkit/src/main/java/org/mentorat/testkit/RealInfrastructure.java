package org.mentorat.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring Boot integration test a real Kafka broker and a MongoDB endpoint: Testcontainers
 * ({@code apache/kafka}, {@code mongo}) when a Docker engine is present, otherwise an embedded
 * KRaft broker and {@code mongo-java-server}. Both start once per test JVM and are shared, so
 * Spring can cache and reuse application contexts across test classes.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RealInfrastructure {

    /** The MongoDB database the application under test uses (its service's own database). */
    String database() default "test";
}
