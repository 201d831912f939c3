package org.mentorat.session.mentorship;

import java.time.Instant;
import java.time.LocalDate;

/** A mentorship on hold: it resumes by itself on {@code resumeOn}; {@code reason} is free text, null if none. */
public record Pause(LocalDate resumeOn, String reason, Instant pausedAt) {
}
