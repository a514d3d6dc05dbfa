package dev.lore.web;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.index.generation.GenerationalIndex;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.DocumentStore;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Path;

/** Builds the lower modules' components one way for both the server and the offline commands. */
public final class Components {

    private Components() {
    }

    /** The embedding model named by {@code lore.embedding.model}, one ONNX session per core. */
    public static OnnxMiniLmEmbeddingModel embeddingModel(LoreProperties properties) {
        return OnnxMiniLmEmbeddingModel.load(properties.embedding().model());
    }

    /**
     * Opens the index folder (a root of generations, rebuilt and swapped by reindex); throws
     * {@link dev.lore.index.IndexLockedException} when a server holds it.
     */
    public static GenerationalIndex openIndex(Path folder, EmbeddingModel embeddingModel) {
        return GenerationalIndex.lucene(folder, embeddingModel, LuceneIndexOptions.defaults());
    }

    /** The ingestion pipeline writing into {@code store}. */
    public static Ingestion ingestion(DocumentStore store, EmbeddingModel embeddingModel, IngestProgress progress) {
        return new Ingestion(store, embeddingModel, IngestOptions.defaults(), progress);
    }
}
