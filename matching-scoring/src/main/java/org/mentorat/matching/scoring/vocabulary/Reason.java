package org.mentorat.matching.scoring.vocabulary;

/** One reason a pair fits, as a code for machines and a sentence for people. */
public record Reason(ReasonCode code, String sentence) {
}
