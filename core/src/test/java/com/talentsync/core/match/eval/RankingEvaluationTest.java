package com.talentsync.core.match.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingEvaluationTest {

    private static final List<Boolean> RANKED = List.of(true, false, true, false, false, false, false, false, false, false, true);

    @Test
    void precisionAtKIsTheShareOfTheTopKThatIsRelevant() {
        assertThat(RankingEvaluation.precisionAt(RANKED, 5)).isEqualTo(0.4);
        assertThat(RankingEvaluation.precisionAt(RANKED, 1)).isEqualTo(1.0);
        // Fewer resumes than k: the missing places count as misses.
        assertThat(RankingEvaluation.precisionAt(List.of(true, true), 5)).isEqualTo(0.4);
    }

    @Test
    void ndcgDiscountsLateHitsAgainstTheIdealOrder() {
        double dcg = 1 + 1 / log2(4);                // hits at ranks 1 and 3; the one at 11 is past the cut
        double ideal = 1 + 1 / log2(3) + 1 / log2(4); // three relevant, all first

        assertThat(RankingEvaluation.ndcgAt(RANKED, 3, 10)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(RankingEvaluation.ndcgAt(List.of(true, true, false), 2, 10)).isEqualTo(1.0);
        assertThat(RankingEvaluation.ndcgAt(List.of(false, false), 0, 10)).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
