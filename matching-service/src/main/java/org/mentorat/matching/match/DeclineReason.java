package org.mentorat.matching.match;

/** Why someone declined, as a code: free text would be personal data travelling on a shared topic. */
public enum DeclineReason {
    NO_TIME, NOT_A_FIT, OTHER
}
