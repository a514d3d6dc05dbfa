package dev.lore.index.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.lore.index.SearchMode;
import dev.lore.index.SearchRequest;
import dev.lore.index.eval.BeirDataset;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.index.lucene.LuceneKnowledgeIndex;
import dev.lore.ingest.Chunk;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code lore bench}: ingests a BEIR corpus through the real pipeline into a fresh index, embeds the same chunks with
 * the raw ONNX graph for the ceiling, then times single-threaded searches of the dataset's queries in every mode.
 */
public final class RetrievalBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RetrievalBenchmark.class);
    private static final int K = 10;

    private final OnnxMiniLmEmbeddingModel model;
    private final LuceneIndexOptions indexOptions;
    private final IngestOptions ingestOptions;
    private final Path workRoot;

    public RetrievalBenchmark(OnnxMiniLmEmbeddingModel model, LuceneIndexOptions indexOptions,
                              IngestOptions ingestOptions, Path workRoot) {
        this.model = Objects.requireNonNull(model, "model");
        this.indexOptions = Objects.requireNonNull(indexOptions, "indexOptions");
        this.ingestOptions = Objects.requireNonNull(ingestOptions, "ingestOptions");
        this.workRoot = Objects.requireNonNull(workRoot, "workRoot");
    }

    /**
     * Runs the whole benchmark on a dataset; the index it builds is deleted afterwards.
     *
     * @param maxDocuments ingest only the first documents of the corpus (0 for all)
     */
    public BenchReport run(BeirDataset dataset, int maxDocuments) {
        Path folder;
        try {
            Files.createDirectories(workRoot);
            folder = Files.createTempDirectory(workRoot, "bench-" + dataset.name() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder in " + workRoot, e);
        }
        try (var index = new LuceneKnowledgeIndex(folder, model, indexOptions)) {
            var ingestion = ingest(dataset, maxDocuments, index);
            var texts = chunkTexts(index);
            log.info("raw ONNX Runtime embedding of the same {} chunks", texts.size());
            double raw = RawOnnxThroughput.chunksPerSecond(model.variant(), texts);
            var search = search(index, dataset.queries().values().stream().filter(q -> !q.isBlank()).toList());
            return new BenchReport(new BenchReport.Embedding(raw),
                    new BenchReport.Ingestion(ingestion.chunksPerSecond(), ingestion.chunksPerSecond() / raw,
                            ingestion.heapMaxMb()), search);
        } finally {
            deleteRecursively(folder);
        }
    }

    private record Ingested(double chunksPerSecond, long heapMaxMb) {
    }

    private Ingested ingest(BeirDataset dataset, int maxDocuments, LuceneKnowledgeIndex index) {
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        pools.forEach(p -> p.resetPeakUsage());
        log.info("ingesting {} through the pipeline into {}", dataset.corpusFile(), index.folder());
        long start = System.nanoTime();
        try (var ingestion = new Ingestion(index, model, ingestOptions, IngestProgress.automatic())) {
            var report = ingestion.sync(dataset.asSource(maxDocuments));
            index.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            long chunks = index.stats().chunks();
            long heapBytes = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            log.info("ingested {} chunks in {} s: {}", chunks, Math.round(seconds), report);
            return new Ingested(chunks / seconds, heapBytes / (1024 * 1024));
        }
    }

    /** The texts the pipeline embedded: each chunk's title, heading path and text, read back from the index. */
    private static List<String> chunkTexts(LuceneKnowledgeIndex index) {
        var texts = new ArrayList<String>();
        for (var document : index.documents(null, Set.of())) {
            for (var hit : index.chunks(document.docId(), document.groups())) {
                texts.add(new Chunk(hit.docId(), hit.ordinal(), hit.title(), hit.headingPath(), hit.text())
                        .embeddingText());
            }
        }
        return texts;
    }

    /** Single-threaded search latencies of the queries on an existing index, each mode interleaved per query. */
    BenchReport.Search search(LuceneKnowledgeIndex index, List<String> queries) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("the dataset has no queries to time searches with");
        }
        var vectors = model.embedAll(queries.stream().map(TextSegment::from).toList()).content();
        int n = queries.size();
        var bm25 = new long[n];
        var vector = new long[n];
        var hybrid = new long[n];
        var withEmbedding = new long[n];
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up the JIT and the page cache
            for (int q = 0; q < n; q++) {
                var text = queries.get(q);
                var v = vectors.get(q).vector();
                bm25[q] = time(() -> index.search(request(text, SearchMode.BM25), null));
                vector[q] = time(() -> index.search(request(text, SearchMode.VECTOR), v));
                hybrid[q] = time(() -> index.search(request(text, SearchMode.HYBRID), v));
                withEmbedding[q] = time(() -> index.search(request(text, SearchMode.HYBRID),
                        model.embed(text).content().vector()));
            }
        }
        double ratio = (double) Arrays.stream(hybrid).sum() / (Arrays.stream(bm25).sum() + Arrays.stream(vector).sum());
        return new BenchReport.Search(latency(bm25), latency(vector), latency(hybrid), latency(withEmbedding), ratio);
    }

    private static SearchRequest request(String text, SearchMode mode) {
        return new SearchRequest(text, mode, K, Set.of());
    }

    private static long time(Runnable search) {
        long start = System.nanoTime();
        search.run();
        return System.nanoTime() - start;
    }

    static BenchReport.Latency latency(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return new BenchReport.Latency(percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    private static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("could not delete bench index {}: {}", folder, e.getMessage());
        }
    }
}
