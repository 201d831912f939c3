package org.mentorat.notification.inbox;

import org.mentorat.notification.privacy.ErasesPerson;
import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    /** With tombstones: an erased person's notifications keep their ids (see {@code NotificationStore.eraseRecipient}). */
    @Bean
    RecordStore<Notification> notificationRecords(Stores stores) {
        return stores.forRecordsWithTombstones("notifications", Notification.class);
    }

    @Bean
    @Order(20)
    ErasesPerson notificationsErasure(Inbox inbox) {
        return ErasesPerson.of("notifications", inbox::eraseRecipient);
    }
}
