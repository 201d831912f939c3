package org.mentorat.matching;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mentorat.testkit.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole service on a random port against the real broker and MongoDB endpoint; every class shares one context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {MatchingServiceApplication.CONFIG_NAME, "management.server.port=0"})
@RealInfrastructure(database = "matching")
public @interface MatchingServiceTest {
}
