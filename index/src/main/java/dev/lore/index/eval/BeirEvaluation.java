package dev.lore.index.eval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.index.Hit;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.index.lucene.LuceneKnowledgeIndex;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.Ingestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates retrieval on a BEIR dataset: indexes title + text once through the real ingestion pipeline into a work
 * folder keyed by the corpus hash, the embedding model and the index settings, runs every judged query in each mode,
 * and averages nDCG@10, Recall@100 and MRR@10 over documents (a document scores as its best chunk).
 */
public final class BeirEvaluation {

    /** Documents retrieved per query. */
    public static final int DEPTH = 100;

    /** Chunks fetched per query so that, after merging chunks into documents, {@link #DEPTH} documents remain. */
    static final int CHUNKS_FETCHED = 300;

    private static final Logger log = LoggerFactory.getLogger(BeirEvaluation.class);
    private static final String COMPLETE_MARKER = "lore-eval-complete";

    private final EmbeddingModel model;
    private final LuceneIndexOptions indexOptions;
    private final IngestOptions ingestOptions;
    private final Path workRoot;

    /**
     * @param workRoot folder under which one index per dataset and setting is kept (e.g. {@code data/eval})
     */
    public BeirEvaluation(EmbeddingModel model, LuceneIndexOptions indexOptions, IngestOptions ingestOptions,
                          Path workRoot) {
        this.model = Objects.requireNonNull(model, "model");
        this.indexOptions = Objects.requireNonNull(indexOptions, "indexOptions");
        this.ingestOptions = Objects.requireNonNull(ingestOptions, "ingestOptions");
        this.workRoot = Objects.requireNonNull(workRoot, "workRoot");
    }

    /** Metrics per mode, in the order asked. */
    public List<ModeResult> evaluate(BeirDataset dataset, String split, List<SearchMode> modes) {
        var qrels = dataset.qrels(split);
        var queries = dataset.queries();
        var judged = qrels.entrySet().stream()
                .filter(e -> TrecMetrics.hasRelevant(e.getValue()))
                .filter(e -> queries.containsKey(e.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        if (judged.isEmpty()) {
            throw new IllegalArgumentException("split '" + split + "' of " + dataset.folder()
                    + " has no query with a relevant judgment and a text in queries.jsonl");
        }
        var texts = judged.stream().map(queries::get).toList();
        var vectors = modes.stream().anyMatch(m -> m != SearchMode.BM25) ? embed(texts) : null;
        var source = new BeirCorpusSource(dataset, 0);
        try (var index = openIndex(dataset)) {
            var results = new ArrayList<ModeResult>();
            for (var mode : modes) {
                double ndcg = 0;
                double recall = 0;
                double mrr = 0;
                for (int q = 0; q < judged.size(); q++) {
                    var queryId = judged.get(q);
                    var ranking = ranking(index, source, queryId, texts.get(q), mode, vectors == null ? null : vectors[q]);
                    var judgments = qrels.get(queryId);
                    ndcg += TrecMetrics.ndcg(ranking, judgments, 10);
                    recall += TrecMetrics.recall(ranking, judgments, DEPTH);
                    mrr += TrecMetrics.reciprocalRank(ranking, judgments, 10);
                }
                int n = judged.size();
                var result = new ModeResult(mode.name().toLowerCase(java.util.Locale.ROOT), ndcg / n, recall / n,
                        mrr / n, n);
                log.info("{} {}: {}", dataset.name(), split, result.line());
                results.add(result);
            }
            return results;
        }
    }

    /** Document ids ranked as trec_eval ranks them: by best chunk score, ties by document id descending. */
    static List<String> ranking(LuceneKnowledgeIndex index, BeirCorpusSource source, String queryId, String text,
                                SearchMode mode, float[] vector) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var hits = index.search(new SearchRequest(text, mode, CHUNKS_FETCHED, Set.of()), vector);
        return documentRanking(hits, source::beirId, queryId);
    }

    static List<String> documentRanking(List<Hit> hits, java.util.function.UnaryOperator<String> toDocumentId,
                                        String queryId) {
        var best = new HashMap<String, Double>();
        for (var hit : hits) {
            best.merge(toDocumentId.apply(hit.docId()), hit.score(), Math::max);
        }
        // BEIR ignores a document that is the query itself (ArguAna, Quora)
        best.remove(queryId);
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(DEPTH)
                .map(Map.Entry::getKey)
                .toList();
    }

    private float[][] embed(List<String> texts) {
        var segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        var embeddings = model.embedAll(segments).content();
        return embeddings.stream().map(e -> e.vector()).toArray(float[][]::new);
    }

    /** Opens the dataset's index, building it first unless a complete one for the same settings exists. */
    public LuceneKnowledgeIndex openIndex(BeirDataset dataset) {
        var folder = indexFolder(dataset);
        if (Files.exists(folder.resolve(COMPLETE_MARKER))) {
            log.info("reusing index {}", folder);
            return new LuceneKnowledgeIndex(folder, model, indexOptions);
        }
        deleteRecursively(folder);
        log.info("indexing {} into {}", dataset.corpusFile(), folder);
        var index = new LuceneKnowledgeIndex(folder, model, indexOptions);
        try (var ingestion = new Ingestion(index, model, ingestOptions, IngestProgress.automatic())) {
            var report = ingestion.sync(new BeirCorpusSource(dataset, 0));
            log.info("indexed {}: {}", dataset.name(), report);
            index.commit();
            Files.writeString(folder.resolve(COMPLETE_MARKER), dataset.contentHash() + "\n");
        } catch (IOException | RuntimeException e) {
            index.close();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("cannot mark " + folder + " complete", (IOException) e);
        }
        return index;
    }

    /**
     * {@code workRoot/NAME-KEY}, KEY hashing the corpus, the embedding model and the settings that shape the index
     * (vector storage, HNSW graph, chunking); search-time settings (BM25 k1/b, RRF k, candidates) do not.
     */
    public Path indexFolder(BeirDataset dataset) {
        var key = String.join("|", dataset.contentHash(), model.modelName(), indexOptions.vectorStorage().name(),
                Integer.toString(indexOptions.hnswMaxConnections()), Integer.toString(indexOptions.hnswBeamWidth()),
                Integer.toString(ingestOptions.targetWordpieces()), Integer.toString(ingestOptions.overlapSentences()));
        return workRoot.resolve(dataset.name() + "-" + sha256(key).substring(0, 16));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear stale index " + folder, e);
        }
    }
}
