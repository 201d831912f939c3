package org.mentorat.matching.scoring.vocabulary;

/** A hard rule's verdict against a pair: the rule's code and a sentence a person can read. */
public record Exclusion(RuleCode code, String reason) {
}
