package org.mentorat.testkit.architecture.broken.beta;

import org.mentorat.testkit.architecture.broken.alpha.WidgetStore;
import org.springframework.beans.factory.annotation.Value;

/** Uses another feature's store, and takes a setting by @Value. */
public class Gadgets {

    @Value("${gadgets.limit:10}")
    int limit;

    public int widgets(WidgetStore store) {
        return store.count(this) + limit;
    }
}
