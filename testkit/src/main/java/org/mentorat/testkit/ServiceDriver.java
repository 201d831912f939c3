package org.mentorat.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.Topics;
import org.mentorat.platform.events.CloudEventRecords;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.events.EventJson;
import org.mentorat.platform.events.OutboxEvent;
import org.springframework.core.env.Environment;

/**
 * Drives the service under test from outside, as its clients and the other services do: calls its
 * API as a caller with roles, publishes events on the real broker exactly as another service's
 * outbox relay would, and awaits the events the service publishes in return.
 */
public final class ServiceDriver implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Environment environment;
    private final String bootstrapServers;
    private KafkaProducer<String, byte[]> producer;
    private EventProbe probe;

    ServiceDriver(Environment environment, String bootstrapServers) {
        this.environment = environment;
        this.bootstrapServers = bootstrapServers;
    }

    /** The API as a caller of {@code tenant} with the given roles (MENTOR, MENTEE, PROGRAM_ADMIN, …). */
    public ApiClient as(String tenant, String subject, String... roles) {
        return new ApiClient(baseUrl(), TestTokens.bearer(tenant, subject, roles));
    }

    public ApiClient anonymous() {
        return new ApiClient(baseUrl(), null);
    }

    /** The API with the token given per call. */
    public HttpApi api() {
        return HttpApi.at(baseUrl());
    }

    public HttpApi management() {
        return HttpApi.onLocalPort(port("local.management.port"));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Publishes {@code event} about aggregate {@code subject} on the topic of the service that
     * owns its type, as that service's relay would.
     *
     * @return the event's {@code ce_id}
     */
    public String publish(String tenant, String subject, long sequence, DomainEvent event) {
        EventChannel channel = EventChannel.of(event.getClass());
        OutboxEvent outgoing = new OutboxEvent(EventIds.next(), channel.topic(), channel.source(),
                DomainEvent.typeOf(event.getClass()), subject, tenant, sequence, Instant.now(), EventJson.write(event),
                null);
        publish(outgoing);
        return outgoing.eventId();
    }

    /** Publishes exactly this outbox entry, e.g. the same event id twice to replay it. */
    public void publish(OutboxEvent event) {
        send(CloudEventRecords.toRecord(event));
    }

    /** Publishes a record as it is, e.g. one that is not a valid CloudEvent. */
    public synchronized void send(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the broker refused " + record, e.getCause());
        }
    }

    /** Waits for an event of this type that satisfies {@code matching}, published by any service. */
    public <E extends DomainEvent> E awaitEvent(Class<E> type, Predicate<E> matching) {
        String ceType = DomainEvent.typeOf(type);
        ConsumerRecord<String, byte[]> record = probe().await(
                EventProbe.ofType(ceType).and(candidate -> matching.test(dataOf(candidate, type))), WAIT);
        return dataOf(record, type);
    }

    /** The events of this type seen so far that satisfy {@code matching}. */
    public <E extends DomainEvent> List<E> events(Class<E> type, Predicate<E> matching) {
        return records(type).stream().map(record -> dataOf(record, type)).filter(matching).toList();
    }

    /** The records of this type seen so far, with their CloudEvents headers. */
    public List<ConsumerRecord<String, byte[]>> records(Class<? extends DomainEvent> type) {
        return probe().matching(EventProbe.ofType(DomainEvent.typeOf(type)));
    }

    public ConsumerRecord<String, byte[]> awaitRecord(String ceType, String subject) {
        return probe().await(EventProbe.ofTypeAbout(ceType, subject), WAIT);
    }

    /** The probe on every topic, for assertions on headers, keys and dead letters. */
    public synchronized EventProbe probe() {
        if (probe == null) {
            List<String> topics = new java.util.ArrayList<>(Topics.all());
            Topics.all().forEach(topic -> topics.add(Topics.deadLetterOf(topic)));
            probe = EventProbe.watching(bootstrapServers, topics.toArray(String[]::new));
        }
        return probe;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (probe != null) {
            probe.close();
        }
    }

    private static <E> E dataOf(ConsumerRecord<String, byte[]> record, Class<E> type) {
        return EventJson.read(record.value(), type);
    }

    private String baseUrl() {
        return "http://localhost:" + port("local.server.port");
    }

    private int port(String property) {
        String port = environment.getProperty(property);
        if (port == null) {
            throw new IllegalStateException(property + " is not known yet: the service has not started");
        }
        return Integer.parseInt(port);
    }
}
