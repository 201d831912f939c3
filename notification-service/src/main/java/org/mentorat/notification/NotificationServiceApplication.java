package org.mentorat.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Tells people what the platform needs from them (in-app for now). The configuration file is
 * {@code notification-service.yml} rather than {@code application.yml} because the services
 * share one classpath in the cross-service tests.
 */
@SpringBootApplication
public class NotificationServiceApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(NotificationServiceApplication.class)
                .properties("spring.config.name=notification-service")
                .run(args);
    }
}
