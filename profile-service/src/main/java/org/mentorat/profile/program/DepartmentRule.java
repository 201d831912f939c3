package org.mentorat.profile.program;

/** Whether mentor and mentee must share a department, must not, or may either way. */
enum DepartmentRule {
    SAME, DIFFERENT, ANY
}
