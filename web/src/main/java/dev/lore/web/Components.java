package dev.lore.web;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.index.generation.GenerationalIndex;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.ingest.embed.MiniLmVariant;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Path;

/** Builds the lower modules' components one way for both the server and the offline commands. */
public final class Components {

    private Components() {
    }

    /**
     * The embedding model (all-MiniLM-L6-v2 in ONNX Runtime, one session per core) used for documents and queries;
     * close it to stop its threads (Spring closes the bean).
     */
    public static EmbeddingModel embeddingModel() {
        return OnnxMiniLmEmbeddingModel.load(MiniLmVariant.FLOAT);
    }

    /**
     * Opens the index folder (a root of generations, rebuilt and swapped by reindex); throws
     * {@link dev.lore.index.IndexLockedException} when a server holds it.
     */
    public static GenerationalIndex openIndex(Path folder, EmbeddingModel embeddingModel) {
        return GenerationalIndex.lucene(folder, embeddingModel, LuceneIndexOptions.defaults());
    }
}
