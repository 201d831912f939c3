package org.mentorat.notification.preference;

import com.mongodb.client.MongoDatabase;
import org.mentorat.notification.privacy.ErasesPerson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class PreferenceConfiguration {

    @Bean
    PreferenceStore preferenceStore(MongoDatabase database) {
        return new PreferenceStore(database);
    }

    @Bean
    @Order(35)
    ErasesPerson preferencesErasure(Preferences preferences) {
        return ErasesPerson.of("notification preferences", (tenantId, personId) -> {
            preferences.forget(tenantId, personId);
            return 1;
        });
    }
}
