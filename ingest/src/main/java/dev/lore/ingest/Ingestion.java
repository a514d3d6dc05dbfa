package dev.lore.ingest;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.ingest.chunk.Chunker;
import dev.lore.ingest.chunk.Wordpieces;
import dev.lore.ingest.parse.DocumentParser;
import dev.lore.ingest.source.Source;
import java.util.Objects;

/**
 * The ingestion pipeline: lists a source, skips unchanged documents by content hash, parses and chunks on worker
 * threads while the embedding model runs, writes each document atomically, deletes documents gone from the source
 * after a complete listing, and commits. Bad input never stops a run: it is reported in the {@link IngestReport}.
 * Thread-safe; close it to release the tokenizer.
 */
public final class Ingestion implements AutoCloseable {

    private final DocumentStore store;
    private final EmbeddingModel model;
    private final IngestOptions options;
    private final IngestProgress progress;
    private final Wordpieces wordpieces;
    private final DocumentPreparer preparer;

    public Ingestion(DocumentStore store, EmbeddingModel model, IngestOptions options, IngestProgress progress) {
        this.store = Objects.requireNonNull(store, "store");
        this.model = Objects.requireNonNull(model, "model");
        this.options = Objects.requireNonNull(options, "options");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.wordpieces = Wordpieces.allMiniLmL6V2();
        var chunker = new Chunker(wordpieces, options.targetWordpieces(), options.overlapSentences());
        var parser = new DocumentParser(options.maxBytes(), options.maxCharacters(), options.parseTimeout());
        // Documents are re-ingested when the model or the chunking changes, not only when their bytes do.
        var settings = "model=" + model.modelName() + ";chunks=" + options.targetWordpieces() + "/" + options.overlapSentences();
        this.preparer = new DocumentPreparer(store, parser, chunker, settings);
    }

    /** Default options, progress on the terminal or in the log. */
    public Ingestion(DocumentStore store, EmbeddingModel model) {
        this(store, model, IngestOptions.defaults(), IngestProgress.automatic());
    }

    /** Brings the index in line with the source: adds, updates, deletes, then commits. */
    public IngestReport sync(Source source) {
        return new SyncRun(source, preparer, new EmbeddingWriter(model, store, options.batchSize(), options.commitEvery(),
                new Tally(source.name())), store, options.parserThreads(), progress).run();
    }

    /** Ingests one pushed document through the same parse, chunk and embed path, and commits. */
    public IngestReport push(PushedDocument document) {
        var tally = new Tally(document.source());
        switch (preparer.prepare(document)) {
            case PreparedDocument.Ready ready -> {
                try (var writer = new EmbeddingWriter(model, store, options.batchSize(), Integer.MAX_VALUE, tally)) {
                    writer.add(ready);
                    writer.finish();
                    writer.commit();
                }
            }
            case PreparedDocument.Unchanged unchanged -> tally.unchanged.incrementAndGet();
            case PreparedDocument.Skipped skipped -> tally.skipped(skipped.path(), skipped.reason());
            case PreparedDocument.Failed failed -> tally.failed(failed.path(), failed.reason());
        }
        return tally.report();
    }

    @Override
    public void close() {
        wordpieces.close();
    }
}
