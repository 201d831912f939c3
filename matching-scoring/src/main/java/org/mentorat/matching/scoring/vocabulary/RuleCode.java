package org.mentorat.matching.scoring.vocabulary;

/** Why a hard rule excluded a pair; stable codes for APIs and metrics, with a sentence beside them. */
public enum RuleCode {
    SELF,
    SAME_REPORTING_LINE,
    NO_SHARED_LANGUAGE,
    DEPARTMENT_RULE,
    SENIORITY_GAP,
    CAPACITY_EXHAUSTED,
    PREVIOUSLY_DECLINED_OR_ENDED,
    BLOCKED
}
