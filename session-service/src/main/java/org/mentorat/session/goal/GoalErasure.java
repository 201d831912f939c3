package org.mentorat.session.goal;

import java.time.Instant;
import java.util.List;

/**
 * The trace an erasure leaves on a goal: which erasure, whose words, when, and which fields it
 * cleared. It makes a replayed erasure request change nothing.
 */
public record GoalErasure(String erasureId, String personId, Instant erasedAt, List<String> cleared) {
}
