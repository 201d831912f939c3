package org.mentorat.session.health;

/** The last {@code ce_sequence} applied from one source aggregate (a mentorship, session, goal or survey). */
public record SourceSequence(String source, long sequence) {
}
