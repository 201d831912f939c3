package org.mentorat.session.mentorship;

import java.util.List;

/** One page of mentorships, newest first, with the total so clients can page on. */
record MentorshipPage(List<MentorshipResponse> items, int page, int size, long total) {
}
