package org.mentorat.notification.webhook;

import com.mongodb.client.model.Filters;
import java.util.Optional;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Component;

/** Each tenant's webhooks, one document per chat tool. */
@Component
class WebhookStore {

    private final RecordStore<Webhook> webhooks;

    WebhookStore(RecordStore<Webhook> webhooks) {
        this.webhooks = webhooks;
    }

    Optional<Webhook> find(String tenantId, ChatApp app) {
        return webhooks.find(tenantId, Webhook.idFor(tenantId, app));
    }

    /** @return false when it exists already: nothing was written */
    boolean insertOnce(Changed<Webhook> configured) {
        return webhooks.insertOnce(configured);
    }

    /** Changes it, deciding again on a concurrent change. */
    Webhook decide(java.util.function.Supplier<Webhook> load,
            java.util.function.Function<Webhook, Changed<Webhook>> decision) {
        return webhooks.decide(load, decision).state();
    }

    /** A removed webhook leaves nothing behind: there are no events of it to publish. */
    void remove(String tenantId, ChatApp app) {
        webhooks.documents().deleteOne(Filters.and(Filters.eq("_id", Webhook.idFor(tenantId, app)),
                Filters.eq(AggregateStore.TENANT, tenantId)));
    }
}
