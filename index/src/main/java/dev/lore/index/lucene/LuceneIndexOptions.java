package dev.lore.index.lucene;

import java.util.Objects;

/**
 * Tuning of the Lucene index; {@link #defaults()} are the measured defaults.
 *
 * @param vectorStorage int8 scalar-quantized or float32 HNSW vectors
 * @param candidates how many hits each retriever returns before fusion (at least the request's k)
 * @param rrfK the reciprocal rank fusion constant; 2 by default, not the customary 60: on BEIR SciFact (train queries,
 *     both halves of a random split alike) nDCG@10 falls steadily as k grows, 0.721 at k=2, 0.709 at 10, 0.692 at 60,
 *     below BM25's 0.697, because both retrievers put the relevant abstract near the top and a large k flattens that
 * @param bm25K1 BM25 term-frequency saturation (Anserini's 0.9)
 * @param bm25B BM25 length normalization (Anserini's 0.4)
 * @param hnswMaxConnections HNSW graph degree (Lucene's default 16)
 * @param hnswBeamWidth HNSW construction beam width (Lucene's default 100)
 * @param ramBufferMb indexing buffer before a segment is flushed
 */
public record LuceneIndexOptions(VectorStorage vectorStorage, int candidates, int rrfK, float bm25K1, float bm25B,
                                 int hnswMaxConnections, int hnswBeamWidth, double ramBufferMb) {

    public LuceneIndexOptions {
        Objects.requireNonNull(vectorStorage, "vectorStorage");
        requireRange("candidates", candidates, 1, 10_000);
        requireRange("rrfK", rrfK, 1, 100_000);
        if (!(bm25K1 >= 0) || !(bm25B >= 0 && bm25B <= 1)) {
            throw new IllegalArgumentException("bm25 k1 must be >= 0 and b in [0, 1], were " + bm25K1 + ", " + bm25B);
        }
        requireRange("hnswMaxConnections", hnswMaxConnections, 2, 512);
        requireRange("hnswBeamWidth", hnswBeamWidth, 2, 3200);
        if (!(ramBufferMb >= 1)) {
            throw new IllegalArgumentException("ramBufferMb must be >= 1, was " + ramBufferMb);
        }
    }

    /** The measured RRF constant (see {@link #rrfK()}). */
    public static final int DEFAULT_RRF_K = 2;

    /** int8 vectors, 100 candidates per retriever, RRF k 2, BM25 k1 0.9 b 0.4, HNSW 16/100, 64 MB buffer. */
    public static LuceneIndexOptions defaults() {
        return new LuceneIndexOptions(VectorStorage.INT8, 100, DEFAULT_RRF_K, 0.9f, 0.4f, 16, 100, 64);
    }

    public LuceneIndexOptions withVectorStorage(VectorStorage storage) {
        return new LuceneIndexOptions(storage, candidates, rrfK, bm25K1, bm25B, hnswMaxConnections, hnswBeamWidth,
                ramBufferMb);
    }

    public LuceneIndexOptions withCandidates(int n) {
        return new LuceneIndexOptions(vectorStorage, n, rrfK, bm25K1, bm25B, hnswMaxConnections, hnswBeamWidth,
                ramBufferMb);
    }

    public LuceneIndexOptions withRrfK(int k) {
        return new LuceneIndexOptions(vectorStorage, candidates, k, bm25K1, bm25B, hnswMaxConnections, hnswBeamWidth,
                ramBufferMb);
    }

    public LuceneIndexOptions withBm25(float k1, float b) {
        return new LuceneIndexOptions(vectorStorage, candidates, rrfK, k1, b, hnswMaxConnections, hnswBeamWidth,
                ramBufferMb);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
