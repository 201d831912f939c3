package org.mentorat.session.mentorship;

import jakarta.validation.constraints.Size;
import java.util.List;

/** One page of mentorships, newest first, with the total so clients can page on. */
record MentorshipPage(@Size(max = 100) List<MentorshipResponse> items, int page, int size, long total) {
}
