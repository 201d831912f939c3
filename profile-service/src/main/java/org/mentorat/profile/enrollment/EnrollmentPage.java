package org.mentorat.profile.enrollment;

import java.util.List;

record EnrollmentPage(List<Enrollment> items, int page, int size, long total) {
}
