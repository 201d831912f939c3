package org.mentorat.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mentorat.notification.message.Category;
import org.mentorat.notification.unsubscribe.CategoryOptOut;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stands in for the person's preferences: remembers who opted out of what by one click. */
final class RecordingOptOuts implements CategoryOptOut {

    record OptOut(String tenantId, String personId, Category category) {
    }

    private final List<OptOut> recorded = new CopyOnWriteArrayList<>();

    @Override
    public void optOut(String tenantId, String personId, Category category) {
        recorded.add(new OptOut(tenantId, personId, category));
    }

    List<OptOut> recorded() {
        return List.copyOf(recorded);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        RecordingOptOuts recordingOptOuts() {
            return new RecordingOptOuts();
        }
    }
}
