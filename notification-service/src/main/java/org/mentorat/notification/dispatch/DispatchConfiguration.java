package org.mentorat.notification.dispatch;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.mentorat.notification.privacy.ErasesPerson;
import org.mentorat.notification.webhook.ChatApp;
import org.mentorat.notification.webhook.Webhooks;
import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DispatchProperties.class, EmailProperties.class})
class DispatchConfiguration {

    /** With tombstones: an erased person's messages keep their ids (see {@code DispatchStore.eraseRecipient}). */
    @Bean
    RecordStore<Dispatch> dispatchRecords(Stores stores) {
        return stores.forRecordsWithTombstones("dispatches", Dispatch.class);
    }

    @Bean
    ChannelSender slackSender(Webhooks webhooks) {
        return new ChatSender(Channel.SLACK, ChatApp.SLACK, webhooks);
    }

    @Bean
    ChannelSender teamsSender(Webhooks webhooks) {
        return new ChatSender(Channel.TEAMS, ChatApp.TEAMS, webhooks);
    }

    /** Each instance claims under its own name, so that a log tells which one sent what. */
    @Bean(destroyMethod = "close")
    DispatchPoller dispatchPoller(DispatchStore store, ChannelSenders senders, DispatchProperties properties,
            DispatchMetrics metrics, Clock clock, DispatchSignal signal) {
        return new DispatchPoller(store, senders, properties, metrics, clock,
                Executors.newFixedThreadPool(properties.workers(), Thread.ofPlatform().name("dispatch-", 1).factory()),
                "notification-service-" + UUID.randomUUID(), signal);
    }

    @Bean
    @ConditionalOnProperty(name = "mentorat.notifications.dispatch.enabled", matchIfMissing = true)
    DispatchPollerRunner dispatchPollerRunner(DispatchPoller poller, DispatchSignal signal,
            DispatchProperties properties) {
        return new DispatchPollerRunner(poller, signal, properties);
    }

    /** First: a message queued for the person must not go out while the rest is erased. */
    @Bean
    @Order(10)
    ErasesPerson outgoingMessagesErasure(Dispatches dispatches) {
        return ErasesPerson.of("outgoing messages", dispatches::eraseRecipient);
    }
}
