package org.mentorat.notification.privacy;

/**
 * What a feature keeps about a person and forgets on ProfileErasureRequested. Each feature that
 * holds personal data implements it with a small bean; {@link PersonErasure} asks every one of
 * them, in their {@code @Order}, before it confirms. Erasing must be idempotent: a redelivered
 * request asks again.
 */
public interface ErasesPerson {

    /** What is erased, for the log line: "notifications", "outgoing messages". */
    String what();

    /** @return how many records this call erased (0 on a replay) */
    long erase(String tenantId, String personId);
}
