package org.mentorat.solver.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeerProblemTest {

    @Test
    void storesEachPairSmallerParticipantFirstWithItsScoreInMillionths() {
        PeerProblem problem = PeerProblem.builder(3).edge(2, 0, 0.1234567).build();

        assertThat(problem.edgeFirst(0)).isZero();
        assertThat(problem.edgeSecond(0)).isEqualTo(2);
        assertThat(problem.edgeScaledScore(0)).isEqualTo(123_457);
        assertThat(problem.degree(0)).isOne();
        assertThat(problem.degree(1)).isZero();
    }

    @Test
    void refusesPairsThatAreAmbiguousOrImpossible() {
        assertThatThrownBy(() -> PeerProblem.builder(3).edge(1, 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("themself");
        assertThatThrownBy(() -> PeerProblem.builder(3).edge(0, 2, 0.5).edge(2, 0, 0.6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> PeerProblem.builder(3).edge(0, 1, 0.5).edge(0, 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
        assertThatThrownBy(() -> PeerProblem.builder(3).edge(0, 3, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such pair");
        assertThatThrownBy(() -> PeerProblem.builder(3).edge(-1, 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such pair");
        assertThatThrownBy(() -> PeerProblem.builder(-1))
                .isInstanceOf(IllegalArgumentException.class);
        for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> PeerProblem.builder(2).edge(0, 1, bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
        }
    }
}
