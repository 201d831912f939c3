package org.mentorat.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The platform as devstack starts it: the one place that lists the services and their ports. */
final class ServiceCatalog {

    static final String VERSION = buildVersion();
    static final String HOST = "127.0.0.1";
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int MONGO_PORT = 27017;
    static final int SMTP_PORT = 2525;
    static final int MAIL_WEB_PORT = 8025;

    static final List<ServiceSpec> SERVICES = List.of(
            ServiceSpec.service("profile-service", 8081, 9081, "profile"),
            ServiceSpec.service("matching-service", 8082, 9082, "matching"),
            ServiceSpec.service("session-service", 8083, 9083, "session"),
            ServiceSpec.service("notification-service", 8084, 9084, "notification").sendingMail());

    static final ServiceSpec GATEWAY = ServiceSpec.gateway("gateway", 8080, 9080, SERVICES);

    private ServiceCatalog() {
    }

    private static String buildVersion() {
        try (InputStream in = ServiceCatalog.class.getResourceAsStream("/devstack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("mentorat.version");
        } catch (IOException e) {
            throw new UncheckedIOException("devstack.properties is missing from the launcher's jar", e);
        }
    }

    /** Services first, gateway last: the order they are listed and stopped in. */
    static List<ServiceSpec> all() {
        List<ServiceSpec> all = new ArrayList<>(SERVICES);
        all.add(GATEWAY);
        return List.copyOf(all);
    }

    /** Every port the stack binds, checked up front so a second devstack fails with a clear message. */
    static List<Integer> ports() {
        List<Integer> ports = new ArrayList<>(List.of(KAFKA_PORT, KAFKA_CONTROLLER_PORT, MONGO_PORT, SMTP_PORT,
                MAIL_WEB_PORT));
        all().forEach(spec -> {
            ports.add(spec.port());
            ports.add(spec.managementPort());
        });
        return List.copyOf(ports);
    }
}
