package org.mentorat.benchmarks.notification;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.mentorat.benchmarks.InfrastructureProcess;
import org.mentorat.notification.NotificationServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running notification-service, started in this JVM against the infrastructure's broker and
 * database and the benchmark's SMTP server. Settings are command-line arguments, which outrank the
 * service's own notification-service.yml; {@code extra} adds or overrides some (dispatch tuning).
 */
final class NotificationInstance implements AutoCloseable {

    static final String DATABASE = "notification";

    final ConfigurableApplicationContext context;

    private NotificationInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static NotificationInstance start(InfrastructureProcess infrastructure, int smtpPort, List<String> extra) {
        return start(infrastructure, smtpPort, extra, null);
    }

    /** The same, with the time of each database command the service sends noted in {@code timings}. */
    static NotificationInstance start(InfrastructureProcess infrastructure, int smtpPort, List<String> extra,
            StoreTimings timings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafka(),
                "--spring.mongodb.uri=" + databaseUri(infrastructure),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--logging.structured.format.console=", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        arguments.addAll(extra);
        return new NotificationInstance(new SpringApplicationBuilder(NotificationServiceApplication.class)
                .properties("spring.config.name=notification-service")
                .initializers(context -> {
                    if (timings != null) {
                        context.getBeanFactory().registerSingleton("storeTimings",
                                (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(timings));
                    }
                })
                .run(arguments.toArray(String[]::new)));
    }

    /** The service's database, read directly by the harness to see what the service holds. */
    static MongoClient client(InfrastructureProcess infrastructure) {
        return MongoClients.create(databaseUri(infrastructure));
    }

    static MongoDatabase database(MongoClient client) {
        return client.getDatabase(DATABASE);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** How many tries of this channel ended with this outcome in this instance (its own meter registry). */
    long outcomes(String channel, String outcome) {
        var counter = context.getBean(MeterRegistry.class).find("mentorat.notifications.outcome")
                .tags("channel", channel, "outcome", outcome).counter();
        return counter == null ? 0 : (long) counter.count();
    }

    private static String databaseUri(InfrastructureProcess infrastructure) {
        String mongo = infrastructure.mongo();
        return mongo.substring(0, mongo.lastIndexOf('/') + 1) + DATABASE;
    }

    @Override
    public void close() {
        context.close();
    }
}
