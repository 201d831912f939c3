package org.mentorat.profile.enrollment;

enum EnrollmentStatus {
    ACTIVE, WITHDRAWN
}
