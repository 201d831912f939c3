package org.mentorat.platform.sample;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.mentorat.platform.consumer.EventDispatcher;
import org.mentorat.platform.consumer.ReadModels;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A consumer whose effect counts how often it was applied, to prove "applied once". */
@Component
class WidgetTallyListener {

    private final MongoCollection<Document> tallies;
    private final EventDispatcher dispatcher;

    WidgetTallyListener(MongoDatabase database) {
        this.tallies = database.getCollection("widget_tallies");
        this.dispatcher = EventDispatcher.builder()
                .on(WidgetCreated.class, (created, event) -> ReadModels.applyIfNewer(tallies, created.widgetId(), event,
                        Updates.inc("timesApplied", 1)))
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
