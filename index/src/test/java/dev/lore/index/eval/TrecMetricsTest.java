package dev.lore.index.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrecMetricsTest {

    private static final double EPS = 1e-9;

    @Test
    void ndcgUsesGradedGainsAndLog2Discount() {
        // ranks 1..3: d1 (grade 1), x (unjudged), d2 (grade 2); ideal: d2 (2), d1 (1)
        var judgments = Map.of("d1", 1, "d2", 2, "d3", 0);
        double dcg = 1 / log2(2) + 2 / log2(4);
        double idcg = 2 / log2(2) + 1 / log2(3);
        assertThat(TrecMetrics.ndcg(List.of("d1", "x", "d2"), judgments, 10)).isCloseTo(dcg / idcg, within(EPS));
        assertThat(dcg / idcg).isCloseTo(0.7601875334318685, within(1e-12));
    }

    @Test
    void ndcgCutsTheRankingAndTheIdealAtK() {
        var judgments = Map.of("a", 1, "b", 1, "c", 1);
        // only "c" at rank 2 counts within k=2; the ideal has two relevant documents at ranks 1 and 2
        double expected = (1 / log2(3)) / (1 / log2(2) + 1 / log2(3));
        assertThat(TrecMetrics.ndcg(List.of("x", "c", "a", "b"), judgments, 2)).isCloseTo(expected, within(EPS));
        assertThat(TrecMetrics.ndcg(List.of("a", "b", "c"), judgments, 10)).isCloseTo(1.0, within(EPS));
        assertThat(TrecMetrics.ndcg(List.of(), judgments, 10)).isZero();
    }

    @Test
    void judgedNonRelevantDocumentsGiveNoGain() {
        var judgments = Map.of("a", 0, "b", 1);
        assertThat(TrecMetrics.ndcg(List.of("a", "b"), judgments, 10)).isCloseTo(1 / log2(3), within(EPS));
        assertThat(TrecMetrics.reciprocalRank(List.of("a", "b"), judgments, 10)).isCloseTo(0.5, within(EPS));
        assertThat(TrecMetrics.recall(List.of("a"), judgments, 100)).isZero();
    }

    @Test
    void recallCountsRelevantFoundWithinK() {
        var judgments = Map.of("a", 1, "b", 2, "c", 1, "d", 0);
        assertThat(TrecMetrics.recall(List.of("a", "x", "b", "d", "c"), judgments, 3)).isCloseTo(2.0 / 3, within(EPS));
        assertThat(TrecMetrics.recall(List.of("a", "x", "b", "d", "c"), judgments, 100)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void reciprocalRankStopsAtK() {
        var judgments = Map.of("r", 1);
        assertThat(TrecMetrics.reciprocalRank(List.of("x", "y", "r"), judgments, 10)).isCloseTo(1.0 / 3, within(EPS));
        assertThat(TrecMetrics.reciprocalRank(List.of("x", "y", "r"), judgments, 2)).isZero();
    }

    @Test
    void queriesWithoutRelevantJudgmentsAreSkipped() {
        assertThat(TrecMetrics.hasRelevant(Map.of("a", 0))).isFalse();
        assertThat(TrecMetrics.hasRelevant(Map.of("a", 0, "b", 1))).isTrue();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
