package org.mentorat.session.mentorship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.mentorat.platform.web.Identifiers;

/**
 * How a mentorship ended: {@code reason} is the code its MentorshipCompleted or MentorshipEnded
 * carried; {@code note} what the person who ended it wrote (null if none, or erased);
 * {@code closedBy} that person, null when an event or the calendar ended it.
 */
public record Closure(@Schema(maxLength = 64) String reason, @Schema(maxLength = 500) String note, @Schema(maxLength = Identifiers.MAX_LENGTH) String closedBy, Instant closedAt) {
}
