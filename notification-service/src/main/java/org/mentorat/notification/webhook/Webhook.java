package org.mentorat.notification.webhook;

import java.time.Instant;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;

/**
 * A tenant's incoming webhook of one chat tool. The URL is a credential: whoever has it can post
 * into the team's channel, so it is never logged nor shown again in full.
 *
 * <p>Public for the driver's record codec.
 */
public record Webhook(String id, String tenantId, ChatApp app, String url, Instant configuredAt, long version)
        implements Aggregate {

    static String idFor(String tenantId, ChatApp app) {
        return tenantId + ":" + app.name();
    }

    static Changed<Webhook> configure(String tenantId, ChatApp app, String url, Instant now) {
        return Changed.of(new Webhook(idFor(tenantId, app), tenantId, app, url, now, 0));
    }

    Changed<Webhook> reconfigure(String newUrl, Instant now) {
        return Changed.of(new Webhook(id, tenantId, app, newUrl, now, version));
    }
}
