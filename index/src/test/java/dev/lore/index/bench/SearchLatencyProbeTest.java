package dev.lore.index.bench;

import dev.lore.index.eval.BeirDataset;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.index.lucene.LuceneKnowledgeIndex;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.embed.MiniLmVariant;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Manual measurement (runs only with -Dlore.probe.index=EVAL_INDEX_DIR): the bench's search timings on a full
 * evaluation index, for latency at corpus scale when the bench itself ran on a slice of the corpus.
 */
class SearchLatencyProbeTest {

    @Test
    void probe() {
        var indexDir = System.getProperty("lore.probe.index");
        Assumptions.assumeTrue(indexDir != null, "manual probe: give -Dlore.probe.index");
        var dataset = new BeirDataset(Path.of(System.getProperty("lore.probe.dataset", "/work/shared/eval/scifact")));
        try (var model = OnnxMiniLmEmbeddingModel.load(MiniLmVariant.FLOAT);
             var index = new LuceneKnowledgeIndex(Path.of(indexDir), model, LuceneIndexOptions.defaults())) {
            var bench = new RetrievalBenchmark(model, LuceneIndexOptions.defaults(), IngestOptions.defaults(), Path.of("."));
            var search = bench.search(index, dataset.queries().values().stream().filter(q -> !q.isBlank()).toList());
            System.out.println("PROBE chunks " + index.stats().chunks() + " " + search);
        }
    }
}
