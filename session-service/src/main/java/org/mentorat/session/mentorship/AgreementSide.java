package org.mentorat.session.mentorship;

import java.time.Instant;

/**
 * One participant's part of the mentoring agreement. {@code confirmedAt} is when they last confirmed,
 * null while their part is a draft; {@code expectations} is null once erased.
 */
public record AgreementSide(
        String personId,
        String expectations,
        boolean confidentialityAgreed,
        Cadence cadence,
        MeetingFormat format,
        Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
