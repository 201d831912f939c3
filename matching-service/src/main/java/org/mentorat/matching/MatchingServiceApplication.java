package org.mentorat.matching;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Proposes mentor–mentee pairs from its own read model of profile events, and runs their
 * lifecycle. Each feature wires itself in its own {@code *Configuration}. The configuration file is
 * {@code matching-service.yml} rather than {@code application.yml} because the services share one
 * classpath in the cross-service tests.
 */
@SpringBootApplication
public class MatchingServiceApplication {

    public static final String CONFIG_NAME = "spring.config.name=matching-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(MatchingServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
