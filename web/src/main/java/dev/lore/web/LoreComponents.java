package dev.lore.web;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.lore.index.generation.GenerationalIndex;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lower modules' components the server runs on, built from {@code lore.*} settings the same way the CLI builds them. */
@Configuration(proxyBeanMethods = false)
class LoreComponents {

    @Bean
    EmbeddingModel embeddingModel() {
        return Components.embeddingModel();
    }

    /** The index; closing it on shutdown commits pending writes. */
    @Bean(destroyMethod = "close")
    GenerationalIndex knowledgeIndex(LoreProperties properties, EmbeddingModel embeddingModel, MeterRegistry metrics) {
        GenerationalIndex index = Components.openIndex(properties.index().dir(), embeddingModel);
        Gauge.builder("lore.index.documents", index, i -> i.stats().documents()).register(metrics);
        Gauge.builder("lore.index.chunks", index, i -> i.stats().chunks()).register(metrics);
        Gauge.builder("lore.index.size", index, i -> i.stats().sizeBytes()).baseUnit("bytes").register(metrics);
        Gauge.builder("lore.index.generation", index, GenerationalIndex::generation).register(metrics);
        return index;
    }
}
