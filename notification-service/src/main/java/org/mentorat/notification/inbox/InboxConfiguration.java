package org.mentorat.notification.inbox;

import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    /** With tombstones: an erased person's notifications keep their ids (see {@code NotificationStore.eraseRecipient}). */
    @Bean
    RecordStore<Notification> notificationRecords(Stores stores) {
        return stores.forRecordsWithTombstones("notifications", Notification.class);
    }
}
