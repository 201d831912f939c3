package org.mentorat.matching.scoring.vocabulary;

/** Whether a program requires mentor and mentee to come from the same department, different ones, or either. */
public enum DepartmentPolicy {
    SAME, DIFFERENT, ANY
}
