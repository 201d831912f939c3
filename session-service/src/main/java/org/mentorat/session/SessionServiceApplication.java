package org.mentorat.session;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Mentorships, their sessions and the feedback on them. The configuration file is
 * {@code session-service.yml} rather than {@code application.yml} because the services share
 * one classpath in the cross-service tests.
 */
@SpringBootApplication
public class SessionServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(SessionServiceApplication.class)
                .properties("spring.config.name=session-service")
                .run(args);
    }
}
