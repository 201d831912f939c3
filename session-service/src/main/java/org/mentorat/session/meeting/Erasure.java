package org.mentorat.session.meeting;

import java.time.Instant;
import java.util.List;

/**
 * The trace an erasure leaves on a session: which erasure, whose words, when, and which fields it
 * cleared. It makes a replayed erasure request change nothing.
 */
public record Erasure(String erasureId, String personId, Instant erasedAt, List<String> cleared) {
}
