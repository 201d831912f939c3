package org.mentorat.system;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorat.testkit.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The four services started in this JVM, each with its own configuration and its own database,
 * all on the shared real broker, as they run in production minus the process boundaries.
 */
final class RunningPlatform implements AutoCloseable {

    private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();

    /** Starts each application; every service tells the time by {@code clock}. */
    static RunningPlatform start(Map<String, Class<?>> applications, Clock clock) {
        RunningPlatform platform = new RunningPlatform();
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        applications.forEach((name, application) -> platform.services.put(name,
                new SpringApplicationBuilder(application)
                        .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                        .run(
                        "--spring.config.name=" + name + "-service",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + infrastructure.mongoUri("system-" + name),
                        "--mentorat.events.partitions=1")));
        return platform;
    }

    String baseUrl(String service) {
        return "http://localhost:" + services.get(service).getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ConfigurableApplicationContext::close);
    }
}
