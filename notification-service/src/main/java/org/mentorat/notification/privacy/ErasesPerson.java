package org.mentorat.notification.privacy;

/**
 * What a feature keeps about a person and forgets on ProfileErasureRequested. Each feature that
 * holds personal data declares one in its configuration ({@link #of}); {@link PersonErasure} asks
 * every one of them, in their {@code @Order}, before it confirms. Erasing must be idempotent: a redelivered
 * request asks again.
 */
public interface ErasesPerson {

    /** What is erased, for the log line: "notifications", "outgoing messages". */
    String what();

    /** @return how many records this call erased (0 on a replay) */
    long erase(String tenantId, String personId);

    /** The erasure of {@code what}, done by {@code erase}. */
    static ErasesPerson of(String what, Erase erase) {
        return new ErasesPerson() {
            @Override
            public String what() {
                return what;
            }

            @Override
            public long erase(String tenantId, String personId) {
                return erase.erase(tenantId, personId);
            }
        };
    }

    /** Erases what a feature keeps about one person; returns how many records it erased. */
    @FunctionalInterface
    interface Erase {
        long erase(String tenantId, String personId);
    }
}
