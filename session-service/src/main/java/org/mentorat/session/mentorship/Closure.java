package org.mentorat.session.mentorship;

import java.time.Instant;

/**
 * How a mentorship ended: {@code reason} is the code its MentorshipCompleted or MentorshipEnded
 * carried; {@code note} what the person who ended it wrote (null if none, or erased);
 * {@code closedBy} that person, null when an event or the calendar ended it.
 */
public record Closure(String reason, String note, String closedBy, Instant closedAt) {
}
