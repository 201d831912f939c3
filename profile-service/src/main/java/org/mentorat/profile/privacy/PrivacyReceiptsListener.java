package org.mentorat.profile.privacy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: every service's erasure receipts in, the collector called. */
@Component
class PrivacyReceiptsListener {

    private final EventDispatcher dispatcher;

    PrivacyReceiptsListener(ReceiptCollector collector) {
        this.dispatcher = EventDispatcher.builder().on(ErasureCompleted.class, collector::record).build();
    }

    @KafkaListener(topics = Topics.PRIVACY_RECEIPTS, groupId = "profile-service-erasures")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
