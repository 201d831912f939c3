package org.mentorat.profile.questionnaire;

/** What a person expects of a mentor (for a mentor: what they want to give). */
public enum Expectation {
    GUIDANCE, FEEDBACK, NETWORK, ACCOUNTABILITY
}
