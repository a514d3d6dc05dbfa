package dev.lore.index.bench;

import java.util.Locale;

/**
 * What {@code lore bench} measured; serialized as its JSON.
 *
 * @param embedding raw ONNX Runtime throughput on the corpus' chunks
 * @param ingestion end-to-end pipeline throughput (parse, chunk, embed, index) and peak heap
 * @param search single-threaded latency per mode
 */
public record BenchReport(Embedding embedding, Ingestion ingestion, Search search) {

    /** Raw embedding throughput. */
    public record Embedding(double chunksPerSecond) {
    }

    /** Ingestion throughput, its ratio to the raw embedding throughput, and the heap used at most meanwhile. */
    public record Ingestion(double chunksPerSecond, double ratioToEmbedding, long heapMaxMb) {
    }

    /** Latency percentiles of one kind of search, in milliseconds. */
    public record Latency(double p50Ms, double p99Ms) {
    }

    /**
     * Latencies per mode, excluding query embedding except for {@code hybridWithEmbedding}.
     *
     * @param hybridRatioToSum total hybrid time over total BM25 plus vector time on the same queries
     */
    public record Search(Latency bm25, Latency vector, Latency hybrid, Latency hybridWithEmbedding,
                         double hybridRatioToSum) {
    }

    /** A few lines for a terminal. */
    public String summary() {
        return String.format(Locale.ROOT, """
                embedding (raw ONNX Runtime)  %8.1f chunks/s
                ingestion (end to end)        %8.1f chunks/s  ratio %.2f  heap max %d MB
                search bm25                   p50 %6.2f ms  p99 %6.2f ms
                search vector                 p50 %6.2f ms  p99 %6.2f ms
                search hybrid                 p50 %6.2f ms  p99 %6.2f ms  ratio to bm25+vector %.2f
                search hybrid + embedding     p50 %6.2f ms  p99 %6.2f ms
                """, embedding.chunksPerSecond(), ingestion.chunksPerSecond(), ingestion.ratioToEmbedding(),
                ingestion.heapMaxMb(), search.bm25().p50Ms(), search.bm25().p99Ms(), search.vector().p50Ms(),
                search.vector().p99Ms(), search.hybrid().p50Ms(), search.hybrid().p99Ms(), search.hybridRatioToSum(),
                search.hybridWithEmbedding().p50Ms(), search.hybridWithEmbedding().p99Ms());
    }
}
