package org.mentorat.session.meeting;

import org.mentorat.session.mentorship.Cadence;

/** Where a session stands in the series it was created with: the same seriesId for all, 1-based. */
public record SeriesPosition(String seriesId, Cadence cadence, int number, int of) {
}
