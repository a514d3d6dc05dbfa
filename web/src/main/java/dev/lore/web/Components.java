package dev.lore.web;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.AssistantFactory;
import dev.lore.assistant.pipeline.GroundedAssistant;
import dev.lore.index.KnowledgeIndex;
import dev.lore.index.generation.GenerationalIndex;
import dev.lore.index.lucene.LuceneIndexOptions;
import dev.lore.ingest.IngestOptions;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.DocumentStore;
import dev.lore.ingest.embed.MiniLmVariant;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import java.nio.file.Path;
import java.util.function.Function;

/** Builds the lower modules' components one way for both the server and the offline commands. */
public final class Components {

    private Components() {
    }

    /** The default embedding model (float all-MiniLM-L6-v2), one ONNX session per core. */
    public static OnnxMiniLmEmbeddingModel embeddingModel() {
        return OnnxMiniLmEmbeddingModel.load(MiniLmVariant.FLOAT);
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

    /** The assistant over {@code index}, configured by {@code lore.model.*}, {@code lore.privacy.*}, {@code lore.assistant.*}. */
    public static GroundedAssistant assistant(Function<String, String> property, KnowledgeIndex index,
                                              EmbeddingModel embeddingModel) {
        return AssistantFactory.create(AssistantConfig.from(property), index, embeddingModel);
    }

    /** The ingestion pipeline writing into {@code store}. */
    public static Ingestion ingestion(DocumentStore store, EmbeddingModel embeddingModel, IngestOptions options,
                                      IngestProgress progress) {
        return new Ingestion(store, embeddingModel, options, progress);
    }
}
