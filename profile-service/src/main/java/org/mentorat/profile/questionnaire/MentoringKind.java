package org.mentorat.profile.questionnaire;

/** The kinds of mentoring the questionnaire helps a person choose between. */
public enum MentoringKind {
    FORMAL, INFORMAL, REVERSE, GROUP, PEER
}
