package org.mentorat.session.health;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.events.EventJson;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.testkit.ServiceDriver;

/**
 * Publishes the events the program's health follows, as session-service's and profile-service's
 * relays would, remembers them so that they can be replayed with the same ids, and waits until the
 * health feature's consumer group has read everything on its topics.
 */
final class HealthEventsOnTheBroker implements AutoCloseable {

    private static final String GROUP = "session-service-health";

    private final ServiceDriver service;
    private final String tenant;
    private final List<OutboxEvent> sent = new ArrayList<>();
    private final Admin admin;

    HealthEventsOnTheBroker(ServiceDriver service, String tenant) {
        this.service = service;
        this.tenant = tenant;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, service.bootstrapServers()));
    }

    void publish(String subject, long sequence, DomainEvent event) {
        boolean ofProfile = event instanceof ProgramPublished;
        OutboxEvent outgoing = new OutboxEvent(EventIds.next(), ofProfile ? Topics.PROFILE_EVENTS : Topics.SESSION_EVENTS,
                ofProfile ? EventSources.PROFILE : EventSources.SESSION, DomainEvent.typeOf(event.getClass()), subject,
                tenant, sequence, Instant.now(), EventJson.write(event), null);
        service.publish(outgoing);
        sent.add(outgoing);
    }

    /** Every event published so far again, same ids and sequences, as a relay resending after a crash would. */
    void replayAll() {
        List.copyOf(sent).forEach(service::publish);
    }

    /** Waits until the health consumers have committed offsets up to the end of both topics. */
    void awaitAllConsumed() {
        await().atMost(Duration.ofSeconds(30)).until(this::allConsumed);
    }

    private boolean allConsumed() throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.SESSION_EVENTS, Topics.PROFILE_EVENTS)) {
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(partition -> partitions.add(new TopicPartition(topic, partition.partition())));
        }
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                || committed.containsKey(end.getKey()) && committed.get(end.getKey()).offset() >= end.getValue());
    }

    @Override
    public void close() {
        admin.close();
    }
}
