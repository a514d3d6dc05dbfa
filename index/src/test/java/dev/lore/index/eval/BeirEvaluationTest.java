package dev.lore.index.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.index.Hit;
import dev.lore.index.SearchMode;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.embed.MiniLmVariant;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirEvaluationTest {

    private static OnnxMiniLmEmbeddingModel model;

    @BeforeAll
    static void load() {
        model = OnnxMiniLmEmbeddingModel.load(MiniLmVariant.FLOAT);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void chunksMergeIntoDocumentsRankedByBestChunkWithTrecEvalTieBreak() {
        var hits = List.of(hit("d:a.html#0", 0.9), hit("d:b.html#0", 0.5), hit("d:a.html#1", 0.7),
                hit("d:c.html#0", 0.5), hit("d:q1.html#0", 0.95));
        UnaryOperator<String> toId = docId -> docId.substring(2, docId.indexOf('.'));
        // the query's own document is ignored as BEIR does; b and c tie at 0.5: trec_eval puts the larger id first
        assertThat(BeirEvaluation.documentRanking(hits, toId, "q1")).containsExactly("a", "c", "b");
    }

    @Test
    void evaluatesEveryModeOnATinyDatasetAndReusesTheIndex(@TempDir Path tmp) throws Exception {
        var dataset = tinyDataset(tmp.resolve("tiny"));
        var evaluation = new BeirEvaluation(model, LuceneIndexOptions.defaults(), IngestOptions.defaults(),
                tmp.resolve("work"));
        var results = evaluation.evaluate(dataset, "test", List.of(SearchMode.BM25, SearchMode.VECTOR, SearchMode.HYBRID));

        assertThat(results).extracting(ModeResult::mode).containsExactly("bm25", "vector", "hybrid");
        // q3 has no relevant judgment and is skipped
        assertThat(results).allSatisfy(r -> assertThat(r.queries()).isEqualTo(2));
        var bm25 = results.getFirst();
        assertThat(bm25.ndcg10()).isCloseTo(1.0, within(1e-9));
        assertThat(bm25.mrr10()).isCloseTo(1.0, within(1e-9));
        assertThat(bm25.recall100()).isCloseTo(1.0, within(1e-9));
        assertThat(results.get(1).mrr10()).isGreaterThan(0.5);

        var folder = evaluation.indexFolder(dataset);
        var marker = folder.resolve("lore-eval-complete");
        var built = Files.getLastModifiedTime(marker);
        evaluation.evaluate(dataset, "test", List.of(SearchMode.BM25));
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(built);

        Files.writeString(dataset.corpusFile(), "{\"_id\": \"d9\", \"title\": \"\", \"text\": \"new\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(evaluation.indexFolder(dataset)).isNotEqualTo(folder);
    }

    @Test
    void resultsSerializeWithTheMetricNamesOfTheContract() throws Exception {
        var json = new ObjectMapper().writeValueAsString(new ModeResult("hybrid", 0.7, 0.9, 0.65, 300));
        assertThat(json).isEqualTo("{\"mode\":\"hybrid\",\"ndcg@10\":0.7,\"recall@100\":0.9,\"mrr@10\":0.65,\"queries\":300}");
    }

    @Test
    void missingSplitIsReportedWithItsPath(@TempDir Path tmp) throws Exception {
        var dataset = tinyDataset(tmp.resolve("tiny"));
        assertThatThrownBy(() -> dataset.qrels("dev")).hasMessageContaining("dev.tsv");
        assertThatThrownBy(() -> new BeirDataset(tmp.resolve("nothing"))).hasMessageContaining("corpus.jsonl");
    }

    private static BeirDataset tinyDataset(Path folder) throws Exception {
        Files.createDirectories(folder.resolve("qrels"));
        Files.writeString(folder.resolve("corpus.jsonl"), """
                {"_id": "d1", "title": "Vitamin D and bone density", "text": "Vitamin D supplements increase bone mineral density in elderly women."}
                {"_id": "d2", "title": "Aspirin", "text": "Low-dose aspirin reduces the risk of heart attack & stroke <in> adults."}
                {"_id": "d3", "title": "Sleep", "text": "Adults who sleep less than six hours have higher blood pressure."}
                {"_id": "d4", "title": "Coffee", "text": "Drinking coffee is associated with lower risk of liver disease."}
                """);
        Files.writeString(folder.resolve("queries.jsonl"), """
                {"_id": "q1", "text": "does vitamin D improve bone density"}
                {"_id": "q2", "text": "aspirin heart attack risk"}
                {"_id": "q3", "text": "coffee liver"}
                """);
        Files.writeString(folder.resolve("qrels").resolve("test.tsv"), """
                query-id\tcorpus-id\tscore
                q1\td1\t1
                q2\td2\t2
                q3\td4\t0
                """);
        return new BeirDataset(folder);
    }

    private static Hit hit(String chunkId, double score) {
        var docId = chunkId.substring(0, chunkId.indexOf('#'));
        return new Hit(docId, chunkId, 0, "", List.of(), "d", "", "", score, 1, 0);
    }
}
