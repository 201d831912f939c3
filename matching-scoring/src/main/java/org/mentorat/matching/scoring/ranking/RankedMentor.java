package org.mentorat.matching.scoring.ranking;

import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/**
 * One of a mentee's best mentors: the mentor's index in the list given to {@link MentorRanking#of}
 * and the full explanation, exactly what {@link PairScorer#assess} says for that pair.
 */
public record RankedMentor(int index, ScoredPair scored) {
}
