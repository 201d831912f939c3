package org.mentorat.notification.webhook;

import java.net.http.HttpClient;
import org.mentorat.platform.security.EndpointRules;
import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    RecordStore<Webhook> webhookRecords(Stores stores) {
        return stores.forRecords("webhooks", Webhook.class);
    }

    /** Only a tenant's program administrators connect its chat tools; checked before a body is read. */
    @Bean
    EndpointRules webhookRoles() {
        return requests -> requests.requestMatchers("/api/v1/notification-webhooks/**").hasRole("PROGRAM_ADMIN");
    }

    /**
     * Bounded waits, so that a slow chat tool holds a message for less than its claim; redirects
     * are not followed, so a webhook cannot lead the service anywhere but the host it was checked for.
     */
    @Bean
    RestClient webhookClient(WebhookProperties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        return RestClient.builder().requestFactory(requests).build();
    }
}
