package org.mentorat.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Starts the service of this module as its clients meet it: on a random port (management on
 * another), against the shared real Kafka broker and MongoDB endpoint of {@link RealInfrastructure},
 * with a {@link ServiceDriver} to inject. Every test class with the same annotation shares one
 * application context.
 *
 * <p>{@code @ServiceTest(service = "session")} uses the database {@code session}. The service's
 * configuration file ({@code session-service.yml}) is found through the module's test
 * {@code application.yml}, which holds only {@code spring.config.import: classpath:session-service.yml}:
 * the name of the file has to be known before Boot reads configuration, earlier than a test
 * annotation can say it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
public @interface ServiceTest {

    /** The service's short name: its database is {@code <service>}. */
    String service();
}
