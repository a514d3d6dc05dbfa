package dev.lore.web;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.lore.index.generation.GenerationalIndex;
import dev.lore.index.lucene.LuceneIndexOptions;
import java.nio.file.Path;

/** Builds the lower modules' components one way for both the server and the offline commands. */
public final class Components {

    private Components() {
    }

    /** The embedding model (all-MiniLM-L6-v2) used for documents and queries. */
    public static EmbeddingModel embeddingModel() {
        return new AllMiniLmL6V2EmbeddingModel();
    }

    /**
     * Opens the index folder (a root of generations, rebuilt and swapped by reindex); throws
     * {@link dev.lore.index.IndexLockedException} when a server holds it.
     */
    public static GenerationalIndex openIndex(Path folder, EmbeddingModel embeddingModel) {
        return GenerationalIndex.lucene(folder, embeddingModel, LuceneIndexOptions.defaults());
    }
}
