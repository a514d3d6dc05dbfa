package dev.lore.index.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.index.SearchMode;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.embed.MiniLmVariant;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Anserini-style regression: runs {@code lore eval beir} on ../shared/eval/scifact and checks every metric against
 * regression/scifact.json within its tolerance. The index is cached by corpus hash under {@code lore.eval.work}.
 */
class ScifactRegressionIT {

    @Test
    void scifactMetricsStayWithinTolerance() throws Exception {
        var shared = System.getProperty("lore.shared.dir");
        var folder = shared == null ? null : Path.of(shared, "eval", "scifact");
        Assumptions.assumeTrue(folder != null && Files.isRegularFile(folder.resolve("corpus.jsonl")),
                "BEIR SciFact not found at ../shared/eval/scifact (system property lore.shared.dir): regression skipped");
        JsonNode expected;
        try (var in = getClass().getResourceAsStream("/regression/scifact.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        var work = Path.of(System.getProperty("lore.eval.work",
                Path.of(System.getProperty("java.io.tmpdir"), "lore-eval-cache").toString()));
        var variant = MiniLmVariant.parse(expected.path("model").asText());
        try (var model = OnnxMiniLmEmbeddingModel.load(variant)) {
            var evaluation = new BeirEvaluation(model, LuceneIndexOptions.defaults(), IngestOptions.defaults(), work);
            var results = evaluation.evaluate(new BeirDataset(folder), expected.path("split").asText(),
                    List.of(SearchMode.BM25, SearchMode.VECTOR, SearchMode.HYBRID));
            results.forEach(r -> System.out.println("scifact " + r.line()));
            for (var result : results) {
                var metrics = expected.path("expected").path(result.mode());
                check(result.mode(), "ndcg@10", result.ndcg10(), metrics);
                check(result.mode(), "recall@100", result.recall100(), metrics);
                check(result.mode(), "mrr@10", result.mrr10(), metrics);
            }
            var byMode = results.stream().collect(java.util.stream.Collectors.toMap(ModeResult::mode, r -> r));
            assertThat(byMode.get("hybrid").ndcg10())
                    .as("hybrid must beat both single modes by 0.02 nDCG@10")
                    .isGreaterThanOrEqualTo(Math.max(byMode.get("bm25").ndcg10(), byMode.get("vector").ndcg10()) + 0.02);
        }
    }

    private static void check(String mode, String metric, double actual, JsonNode metrics) {
        var entry = metrics.path(metric);
        assertThat(entry.isMissingNode()).as("expected value for " + mode + " " + metric).isFalse();
        assertThat(actual).as(mode + " " + metric)
                .isCloseTo(entry.path("value").asDouble(), within(entry.path("tolerance").asDouble()));
    }
}
