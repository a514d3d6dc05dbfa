package dev.lore.web;

import dev.lore.assistant.pipeline.GroundedAssistant;
import dev.lore.assistant.privacy.PrivacyGuard;
import dev.lore.index.generation.GenerationalIndex;
import dev.lore.ingest.IngestProgress;
import dev.lore.ingest.Ingestion;
import dev.lore.ingest.embed.OnnxMiniLmEmbeddingModel;
import dev.lore.web.sources.PushArchive;
import dev.lore.web.sources.Reindexer;
import dev.lore.web.sources.SourceCatalog;
import dev.lore.web.sources.SourceSync;
import dev.lore.web.sources.SyncLog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The lower modules' components the server runs on, built from {@code lore.*} settings as the CLI builds them. */
@Configuration(proxyBeanMethods = false)
class LoreComponents {

    @Bean
    OnnxMiniLmEmbeddingModel embeddingModel(LoreProperties properties) {
        return Components.embeddingModel(properties);
    }

    /** The index; closing it on shutdown commits pending writes. */
    @Bean
    GenerationalIndex knowledgeIndex(LoreProperties properties, OnnxMiniLmEmbeddingModel embeddingModel,
                                     MeterRegistry metrics) {
        GenerationalIndex index = Components.openIndex(properties.index().dir(), embeddingModel);
        Gauge.builder("lore.index.documents", index, i -> i.stats().documents()).register(metrics);
        Gauge.builder("lore.index.chunks", index, i -> i.stats().chunks()).register(metrics);
        Gauge.builder("lore.index.size", index, i -> i.stats().sizeBytes()).baseUnit("bytes").register(metrics);
        Gauge.builder("lore.index.generation", index, GenerationalIndex::generation).register(metrics);
        return index;
    }

    /**
     * The check every outbound call's host must pass (loopback, private or {@code lore.privacy.allowed-hosts}); the
     * assistant's model endpoints are checked with the same list by the assistant module.
     */
    @Bean
    PrivacyGuard privacyGuard(Environment environment) {
        return new PrivacyGuard(Binder.get(environment)
                .bind("lore.privacy.allowed-hosts", Bindable.listOf(String.class)).orElse(List.of()));
    }

    /** The assistant (extractive unless lore.model.* names a model); refuses to start on a model outside the network. */
    @Bean
    GroundedAssistant assistant(Environment environment, GenerationalIndex index,
                                OnnxMiniLmEmbeddingModel embeddingModel) {
        return Components.assistant(environment::getProperty, index, embeddingModel);
    }

    @Bean
    Ingestion ingestion(LoreProperties properties, GenerationalIndex index, OnnxMiniLmEmbeddingModel embeddingModel) {
        return Components.ingestion(index, embeddingModel, properties.ingest().options(), IngestProgress.automatic());
    }

    @Bean
    SourceCatalog sourceCatalog(LoreProperties properties, SyncLog syncLog) {
        return new SourceCatalog(properties, properties.ingest().maxFileSize().toBytes(), syncLog);
    }

    @Bean
    SyncLog syncLog(LoreProperties properties) {
        return new SyncLog(properties.index().dir());
    }

    @Bean
    PushArchive pushArchive(LoreProperties properties) {
        return new PushArchive(properties.index().dir());
    }

    @Bean
    Reindexer reindexer(LoreProperties properties, GenerationalIndex index, OnnxMiniLmEmbeddingModel embeddingModel,
                        SourceCatalog catalog, PushArchive pushArchive, SyncLog syncLog, MeterRegistry metrics) {
        return new Reindexer(index, embeddingModel, properties.ingest().options(), catalog, pushArchive, syncLog, metrics);
    }

    @Bean
    SourceSync sourceSync(Ingestion ingestion, SourceCatalog catalog, SyncLog syncLog, MeterRegistry metrics) {
        return new SourceSync(ingestion, catalog, syncLog, metrics);
    }
}
