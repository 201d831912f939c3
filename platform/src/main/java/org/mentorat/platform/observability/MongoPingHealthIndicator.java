package org.mentorat.platform.observability;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Ready only when the service's own database answers a {@code ping}. Replaces Boot's indicator,
 * whose {@code hello} command the embedded MongoDB-wire store does not implement; {@code ping}
 * works on both it and real MongoDB.
 */
final class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB health check failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
