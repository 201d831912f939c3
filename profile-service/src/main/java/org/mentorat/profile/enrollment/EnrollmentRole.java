package org.mentorat.profile.enrollment;

public enum EnrollmentRole {
    MENTOR, MENTEE
}
