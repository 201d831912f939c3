package org.mentorat.notification.unsubscribe;

import org.mentorat.notification.message.Category;

/**
 * Records that a person no longer wants a category of notifications; the person's preferences
 * implement it. Idempotent: a mail client may post the same one-click request more than once.
 */
public interface CategoryOptOut {

    void optOut(String tenantId, String personId, Category category);
}
