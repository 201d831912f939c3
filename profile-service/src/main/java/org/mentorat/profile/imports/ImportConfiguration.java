package org.mentorat.profile.imports;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.mentorat.platform.security.EndpointRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    @Bean
    ImportStore importStore(MongoDatabase database, Clock clock) {
        return new ImportStore(database.getCollection("imports"), clock);
    }

    @Bean
    ImportRowStore importRowStore(MongoDatabase database) {
        return new ImportRowStore(database.getCollection("import_rows"));
    }

    /** Imports change people in bulk and their reports name employees: administrators and HR only. */
    @Bean
    EndpointRules importRoles() {
        return requests -> requests.requestMatchers("/api/v1/imports", "/api/v1/imports/**")
                .hasAnyRole("PROGRAM_ADMIN", "HR_INTEGRATION");
    }
}
