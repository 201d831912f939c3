package org.mentorat.matching.match;

public enum MatchStatus {
    PROPOSED, ACCEPTED
}
