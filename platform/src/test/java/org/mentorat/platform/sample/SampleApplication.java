package org.mentorat.platform.sample;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.outbox.EventOrigin;
import org.mentorat.platform.outbox.OutboxSignal;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A minimal service built on the kit, to test the kit the way services use it. */
@SpringBootApplication
public class SampleApplication {

    static final String TOPIC = "sample-events";

    @Bean
    AggregateStore widgets(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("widgets"), new EventOrigin(TOPIC, "/sample-service"),
                clock, signal);
    }

    @Bean
    CrashingAcknowledger crashingAcknowledger() {
        return new CrashingAcknowledger();
    }
}
