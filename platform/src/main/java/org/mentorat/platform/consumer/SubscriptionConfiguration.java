package org.mentorat.platform.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;

/**
 * Runs the services' {@link EventSubscription} beans: one listener container per topic and
 * consumer group, on the kit's container factory (and so its retry and dead-letter handling).
 */
@AutoConfiguration(afterName = "org.mentorat.platform.kafka.KafkaEventsConfiguration")
class SubscriptionConfiguration {

    @Bean
    KafkaListenerConfigurer eventSubscriptions(ObjectProvider<EventSubscription> subscriptions) {
        return registrar -> endpointsOf(subscriptions.orderedStream().toList()).forEach(registrar::registerEndpoint);
    }

    static List<SubscriptionEndpoint> endpointsOf(List<EventSubscription> subscriptions) {
        Map<List<String>, List<EventSubscription>> byContainer = new LinkedHashMap<>();
        subscriptions.forEach(subscription -> byContainer
                .computeIfAbsent(List.of(subscription.topic(), subscription.groupId()), key -> new ArrayList<>())
                .add(subscription));
        return byContainer.entrySet().stream()
                .map(entry -> endpointOf(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
                .toList();
    }

    private static SubscriptionEndpoint endpointOf(String topic, String groupId, List<EventSubscription> sharing) {
        EventDispatcher.Builder dispatcher = EventDispatcher.builder();
        sharing.forEach(subscription -> subscription.addTo(dispatcher));
        int consumers = sharing.stream().mapToInt(EventSubscription::consumers).max().orElse(1);
        return new SubscriptionEndpoint(topic, groupId, dispatcher.build(), consumers);
    }
}
