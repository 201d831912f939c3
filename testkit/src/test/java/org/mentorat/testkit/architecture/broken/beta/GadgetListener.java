package org.mentorat.testkit.architecture.broken.beta;

import org.mentorat.testkit.architecture.broken.alpha.WidgetStore;
import org.springframework.kafka.annotation.KafkaListener;

/** A hand-written listener, which also does the work itself: it keeps state and uses another feature's store. */
public class GadgetListener {

    private int seen;

    @KafkaListener(topics = "gadgets")
    void on(String record) {
        seen += new WidgetStore().count(null);
    }
}
