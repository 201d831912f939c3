package org.mentorat.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One Spring Boot application of the platform as devstack runs it. {@code database} is the
 * service's own MongoDB database (null for the gateway); {@code routesTo} lists the services the
 * gateway forwards to (empty for a service); {@code sendsMail} says it gets the catching SMTP server.
 */
record ServiceSpec(String module, int port, int managementPort, String database, List<ServiceSpec> routesTo,
                   boolean sendsMail) {

    ServiceSpec {
        routesTo = List.copyOf(routesTo);
    }

    static ServiceSpec service(String module, int port, int managementPort, String database) {
        return new ServiceSpec(module, port, managementPort, database, List.of(), false);
    }

    /** Sends its mail to devstack's SMTP server, which catches all of it. */
    ServiceSpec sendingMail() {
        return new ServiceSpec(module, port, managementPort, database, routesTo, true);
    }

    static ServiceSpec gateway(String module, int port, int managementPort, List<ServiceSpec> routesTo) {
        return new ServiceSpec(module, port, managementPort, null, routesTo, false);
    }

    boolean isGateway() {
        return !routesTo.isEmpty();
    }

    URI baseUrl(String host) {
        return URI.create("http://" + host + ":" + port);
    }

    URI managementUrl(String host) {
        return URI.create("http://" + host + ":" + managementPort + "/actuator");
    }

    URI readinessUrl(String host) {
        return URI.create(managementUrl(host) + "/health/readiness");
    }

    /** The Spring Boot executable jar the module's build repackages with the {@code exec} classifier. */
    Path executableJarIn(Path target) {
        return target.resolve(module + "-" + ServiceCatalog.VERSION + "-exec.jar");
    }

    /** {@code profile-service} is found by the gateway under {@code PROFILE_SERVICE_URL}. */
    String urlVariable() {
        return module.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    Map<String, String> environment(Infrastructure infrastructure) {
        Map<String, String> env = new LinkedHashMap<>();
        // loopback only: the dev key is public and the gateway hands out admin tokens to anyone
        env.put("SERVER_ADDRESS", infrastructure.host());
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("MANAGEMENT_SERVER_ADDRESS", infrastructure.host());
        env.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put("MENTORAT_HMAC_SECRET", infrastructure.hmacSecret());
        if (database != null) {
            env.put("MONGODB_URI", infrastructure.mongoUri(database));
        }
        if (sendsMail) {
            env.put("SPRING_MAIL_HOST", infrastructure.host());
            env.put("SPRING_MAIL_PORT", Integer.toString(infrastructure.smtpPort()));
        }
        if (isGateway()) {
            env.put("SPRING_PROFILES_ACTIVE", "dev");
            routesTo.forEach(target -> env.put(target.urlVariable(), target.baseUrl(infrastructure.host()).toString()));
        }
        return env;
    }
}
