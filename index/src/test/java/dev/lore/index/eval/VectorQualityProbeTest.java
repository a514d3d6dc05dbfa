package dev.lore.index.eval;

import dev.lore.ingest.Chunk;
import dev.lore.ingest.embed.MiniLmVariant;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Manual measurement (runs only with -Dlore.probe.index=EVAL_INDEX_DIR): exact float search over the stored vectors of
 * an evaluation index (what int8 HNSW approximates), and the quantized MiniLM against the float one on a sub-corpus
 * (all judged documents plus distractors), both by exact search so only the model differs.
 */
class VectorQualityProbeTest {

    record StoredChunk(String beirId, String text, float[] vector) {
    }

    @Test
    void probe() throws Exception {
        var indexDir = System.getProperty("lore.probe.index");
        Assumptions.assumeTrue(indexDir != null, "manual probe: give -Dlore.probe.index");
        var dataset = new BeirDataset(Path.of(System.getProperty("lore.probe.dataset", "/work/shared/eval/scifact")));
        var split = System.getProperty("lore.probe.split", "train");
        int distractors = Integer.getInteger("lore.probe.distractors", 800);
        var source = new BeirCorpusSource(dataset, 0);
        var chunks = new ArrayList<StoredChunk>();
        try (var dir = FSDirectory.open(Path.of(indexDir)); var reader = DirectoryReader.open(dir)) {
            for (var leaf : reader.leaves()) {
                var values = leaf.reader().getFloatVectorValues("vector");
                if (values == null) {
                    continue;
                }
                var stored = leaf.reader().storedFields();
                var live = leaf.reader().getLiveDocs();
                var it = values.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    var d = stored.document(doc);
                    var chunk = new Chunk(d.get("docId"), d.getField("ordinal").numericValue().intValue(), d.get("title"),
                            List.of(d.getValues("heading")), d.get("text"));
                    chunks.add(new StoredChunk(source.beirId(d.get("docId")), chunk.embeddingText(),
                            values.vectorValue(it.index()).clone()));
                }
            }
        }
        System.out.printf("PROBE %d chunks%n", chunks.size());
        var qrels = dataset.qrels(split);
        var queries = dataset.queries();
        var judged = qrels.entrySet().stream().filter(e -> TrecMetrics.hasRelevant(e.getValue()))
                .filter(e -> queries.containsKey(e.getKey())).map(Map.Entry::getKey).toList();
        int queryLimit = Integer.getInteger("lore.probe.queries", judged.size());
        var texts = judged.stream().map(queries::get).toList();
        try (var floatModel = OnnxMiniLmEmbeddingModel.load(MiniLmVariant.FLOAT)) {
            var floatQueries = floatModel.embedTexts(texts);
            report("float exact, full corpus", chunks, judged, floatQueries, qrels);

            // the sub-corpus: documents judged relevant for the first queries, plus distractors in corpus order
            var subsetQueries = judged.subList(0, Math.min(queryLimit, judged.size()));
            var subsetIds = new LinkedHashSet<String>();
            subsetQueries.forEach(q -> qrels.get(q).forEach((doc, g) -> { if (g > 0) subsetIds.add(doc); }));
            int relevant = subsetIds.size();
            for (var c : chunks) {
                if (subsetIds.size() >= relevant + distractors) break;
                subsetIds.add(c.beirId());
            }
            var subset = chunks.stream().filter(c -> subsetIds.contains(c.beirId())).toList();
            System.out.printf("PROBE subset: %d docs (%d judged relevant), %d chunks%n", subsetIds.size(), relevant, subset.size());
            var subsetTextsOfQueries = subsetQueries.stream().map(queries::get).toList();
            var floatSubsetQueries = java.util.Arrays.copyOf(floatQueries, subsetQueries.size());
            report("float exact, subset", subset, subsetQueries, floatSubsetQueries, qrels);

            var subsetTexts = subset.stream().map(StoredChunk::text).toList();
            try (var quantized = OnnxMiniLmEmbeddingModel.load(MiniLmVariant.QUANTIZED)) {
                var sample = subsetTexts.subList(0, Math.min(96, subsetTexts.size()));
                long t0 = System.nanoTime();
                floatModel.embedTexts(sample);
                long t1 = System.nanoTime();
                quantized.embedTexts(sample);
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "PROBE speed on %d chunks: float %.1f chunks/s, quantized %.1f chunks/s%n",
                        sample.size(), sample.size() / ((t1 - t0) / 1e9), sample.size() / ((t2 - t1) / 1e9));
                var qVectors = quantized.embedTexts(subsetTexts);
                var qChunks = new ArrayList<StoredChunk>();
                for (int i = 0; i < subset.size(); i++) {
                    qChunks.add(new StoredChunk(subset.get(i).beirId(), subset.get(i).text(), qVectors[i]));
                }
                report("quantized exact, subset", qChunks, subsetQueries, quantized.embedTexts(subsetTextsOfQueries), qrels);
            }
        }
    }

    private static void report(String label, List<StoredChunk> chunks, List<String> judged, float[][] queryVectors,
                               Map<String, Map<String, Integer>> qrels) {
        double ndcg = 0, recall = 0, mrr = 0;
        for (int q = 0; q < judged.size(); q++) {
            var best = new HashMap<String, Double>();
            var qv = queryVectors[q];
            for (var c : chunks) {
                double dot = 0;
                for (int i = 0; i < qv.length; i++) dot += qv[i] * c.vector()[i];
                best.merge(c.beirId(), dot, Math::max);
            }
            best.remove(judged.get(q));
            var ranking = best.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .limit(100).map(Map.Entry::getKey).toList();
            var judgments = qrels.get(judged.get(q));
            ndcg += TrecMetrics.ndcg(ranking, judgments, 10);
            recall += TrecMetrics.recall(ranking, judgments, 100);
            mrr += TrecMetrics.reciprocalRank(ranking, judgments, 10);
        }
        int n = judged.size();
        System.out.printf(Locale.ROOT, "PROBE %-28s nDCG@10 %.4f  Recall@100 %.4f  MRR@10 %.4f  (%d queries)%n",
                label, ndcg / n, recall / n, mrr / n, n);
    }
}
