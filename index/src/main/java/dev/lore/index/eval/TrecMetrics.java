package dev.lore.index.eval;

import java.util.List;
import java.util.Map;

/**
 * Per-query retrieval metrics computed as trec_eval computes them: graded nDCG with gain equal to the relevance
 * grade and a log2(rank + 1) discount, the ideal ranking taken from the judgments; recall and reciprocal rank
 * counting a document as relevant when its grade is at least 1.
 */
final class TrecMetrics {

    private TrecMetrics() {
    }

    /** nDCG at {@code k} (trec_eval's {@code ndcg_cut.k}); 0 when no judged document is relevant. */
    static double ndcg(List<String> ranking, Map<String, Integer> judgments, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            int grade = judgments.getOrDefault(ranking.get(i), 0);
            if (grade > 0) {
                dcg += grade / log2(i + 2);
            }
        }
        var ideal = judgments.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Fraction of the relevant documents found in the first {@code k} (trec_eval's {@code recall.k}). */
    static double recall(List<String> ranking, Map<String, Integer> judgments, int k) {
        long relevant = judgments.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranking.stream().limit(k).filter(doc -> judgments.getOrDefault(doc, 0) > 0).count();
        return (double) found / relevant;
    }

    /** 1 / rank of the first relevant document within the first {@code k}, else 0 (MRR@k as BEIR reports it). */
    static double reciprocalRank(List<String> ranking, Map<String, Integer> judgments, int k) {
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (judgments.getOrDefault(ranking.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Whether a query counts: trec_eval skips queries without a relevant judgment. */
    static boolean hasRelevant(Map<String, Integer> judgments) {
        return judgments.values().stream().anyMatch(g -> g > 0);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
