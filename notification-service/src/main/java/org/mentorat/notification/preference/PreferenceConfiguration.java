package org.mentorat.notification.preference;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PreferenceConfiguration {

    @Bean
    PreferenceStore preferenceStore(MongoDatabase database) {
        return new PreferenceStore(database);
    }
}
