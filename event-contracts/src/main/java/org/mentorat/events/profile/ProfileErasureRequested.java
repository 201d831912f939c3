package org.mentorat.events.profile;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A person's data must be erased everywhere (GDPR art. 17). Every service erases what it holds
 * and answers with an {@link org.mentorat.events.privacy.ErasureCompleted} receipt on
 * {@code privacy-receipts}. Subject: the person id.
 */
@EventType(ProfileErasureRequested.TYPE)
public record ProfileErasureRequested(
        String erasureId,
        String personId,
        Instant requestedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.profile-erasure-requested.v1";
}
