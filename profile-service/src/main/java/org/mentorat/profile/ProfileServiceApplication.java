package org.mentorat.profile;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * People, programs and enrolments: where an employer's people enter Mentorat. Each feature wires
 * itself in its own {@code *Configuration}. The configuration file is {@code profile-service.yml}
 * rather than {@code application.yml} because the services share one classpath in the
 * cross-service tests.
 */
@SpringBootApplication
public class ProfileServiceApplication {

    public static final String CONFIG_NAME = "spring.config.name=profile-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ProfileServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
