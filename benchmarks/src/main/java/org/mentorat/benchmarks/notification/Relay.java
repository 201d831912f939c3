package org.mentorat.benchmarks.notification;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.events.CloudEventRecords;

/** Publishes other services' facts as their outbox relays would: a CloudEvent about its aggregate, keyed by it. */
final class Relay {

    private final KafkaProducer<String, byte[]> producer;
    private final String tenant;

    Relay(KafkaProducer<String, byte[]> producer, String tenant) {
        this.producer = producer;
        this.tenant = tenant;
    }

    static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** A profile-service fact (a person's contact details, a program), first of its aggregate. */
    void profile(String subject, DomainEvent event) {
        send(Topics.PROFILE_EVENTS, EventSources.PROFILE, subject, 1, event);
    }

    /** A session-service fact about a session that was scheduled before (sequence 2). */
    void session(String subject, DomainEvent event) {
        send(Topics.SESSION_EVENTS, EventSources.SESSION, subject, 2, event);
    }

    private void send(String topic, String source, String subject, long sequence, DomainEvent event) {
        producer.send(CloudEventRecords.recordOf(topic, source, tenant, subject, sequence, event), (metadata, failure) -> {
            if (failure != null) {
                System.out.println("SEND FAILED for " + subject + ": " + failure);
            }
        });
    }
}
