package org.mentorat.platform.sample;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.opentelemetry.api.trace.Span;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.mentorat.platform.consumer.EventDispatcher;
import org.mentorat.platform.consumer.ReadModels;
import org.mentorat.platform.tracing.RequestIds;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A consumer whose effect counts how often it was applied, to prove "applied once", and notes the
 * trace id and request id it was applied under, to prove the trace continues into consumers.
 */
@Component
class WidgetTallyListener {

    private final MongoCollection<Document> tallies;
    private final EventDispatcher dispatcher;

    WidgetTallyListener(MongoDatabase database) {
        this.tallies = database.getCollection("widget_tallies");
        this.dispatcher = EventDispatcher.builder()
                .on(WidgetCreated.class, (created, event) -> ReadModels.applyIfNewer(tallies, created.widgetId(), event,
                        Updates.combine(Updates.inc("timesApplied", 1),
                                Updates.set("traceId", Span.current().getSpanContext().getTraceId()),
                                Updates.set("requestId", RequestIds.current()))))
                .build();
    }

    @KafkaListener(topics = SampleApplication.TOPIC, groupId = "sample-tally")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }

    Document tally(String widgetId) {
        return tallies.find(new Document("_id", widgetId)).first();
    }
}
