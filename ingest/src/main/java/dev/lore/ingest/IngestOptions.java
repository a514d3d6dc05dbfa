package dev.lore.ingest;

import dev.lore.ingest.parse.DocumentParser;
import java.time.Duration;

/**
 * Tuning and limits of an ingestion run.
 *
 * @param maxBytes files larger than this are refused as oversized
 * @param maxCharacters documents whose extracted text is longer are refused (decompression bombs)
 * @param targetWordpieces chunk size aimed at in model wordpieces, title and heading path included (at most 256)
 * @param overlapSentences sentences repeated at the start of the next chunk of a section
 * @param batchSize chunks per call to the embedding model, gathered across documents
 * @param parserThreads threads that read, parse and chunk while the embedding model runs
 * @param commitEvery documents written between two commits, so a crash loses little work
 * @param parseTimeout a PDF or Office document whose parse takes longer is reported as failed and abandoned
 */
public record IngestOptions(long maxBytes, int maxCharacters, int targetWordpieces, int overlapSentences,
                            int batchSize, int parserThreads, int commitEvery, Duration parseTimeout) {

    public IngestOptions {
        positive(maxBytes, "maxBytes");
        positive(maxCharacters, "maxCharacters");
        positive(targetWordpieces, "targetWordpieces");
        if (overlapSentences < 0) {
            throw new IllegalArgumentException("overlapSentences must be >= 0, was " + overlapSentences);
        }
        positive(batchSize, "batchSize");
        positive(parserThreads, "parserThreads");
        positive(commitEvery, "commitEvery");
        if (parseTimeout == null || parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be > 0, was " + parseTimeout);
        }
    }

    private static void positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, was " + value);
        }
    }

    /**
     * 50 MiB files, 10 million characters, 200-wordpiece chunks with one sentence of overlap, batches of 64, two
     * minutes per PDF or Office parse.
     */
    public static IngestOptions defaults() {
        var cores = Runtime.getRuntime().availableProcessors();
        return new IngestOptions(50L * 1024 * 1024, 10_000_000, 200, 1, 64, Math.max(1, cores / 2), 500,
                DocumentParser.DEFAULT_TIKA_TIMEOUT);
    }

    public IngestOptions withMaxBytes(long value) {
        return new IngestOptions(value, maxCharacters, targetWordpieces, overlapSentences, batchSize, parserThreads,
                commitEvery, parseTimeout);
    }

    public IngestOptions withTargetWordpieces(int value) {
        return new IngestOptions(maxBytes, maxCharacters, value, overlapSentences, batchSize, parserThreads,
                commitEvery, parseTimeout);
    }

    public IngestOptions withBatchSize(int value) {
        return new IngestOptions(maxBytes, maxCharacters, targetWordpieces, overlapSentences, value, parserThreads,
                commitEvery, parseTimeout);
    }

    public IngestOptions withParserThreads(int value) {
        return new IngestOptions(maxBytes, maxCharacters, targetWordpieces, overlapSentences, batchSize, value,
                commitEvery, parseTimeout);
    }

    public IngestOptions withCommitEvery(int value) {
        return new IngestOptions(maxBytes, maxCharacters, targetWordpieces, overlapSentences, batchSize, parserThreads,
                value, parseTimeout);
    }

    public IngestOptions withParseTimeout(Duration value) {
        return new IngestOptions(maxBytes, maxCharacters, targetWordpieces, overlapSentences, batchSize, parserThreads,
                commitEvery, value);
    }
}
