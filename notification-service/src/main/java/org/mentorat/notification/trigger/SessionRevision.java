package org.mentorat.notification.trigger;

import java.time.Instant;

/**
 * The latest revision of a session this service has handled.
 *
 * @param sequence its iCalendar SEQUENCE; -1 when none was handled yet
 * @param startsAt when it starts in that revision
 * @param previousStartsAt when it started in the revision before, null if unknown
 */
record SessionRevision(long sequence, Instant startsAt, Instant previousStartsAt) {

    static final SessionRevision NONE = new SessionRevision(-1, null, null);
}
