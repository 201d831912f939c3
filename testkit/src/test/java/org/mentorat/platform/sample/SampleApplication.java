package org.mentorat.platform.sample;

import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.EventOrigin;
import org.mentorat.platform.store.Stores;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A minimal service built on the kit, to test the kit the way services use it. */
@SpringBootApplication
public class SampleApplication {

    static final String TOPIC = "sample-events";

    @Bean
    AggregateStore widgets(Stores stores) {
        return stores.forDocuments("widgets", new EventOrigin(TOPIC, "/sample-service"));
    }

    @Bean
    CrashingAcknowledger crashingAcknowledger() {
        return new CrashingAcknowledger();
    }
}
