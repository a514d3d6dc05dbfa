package dev.lore.web.cli;

import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.AssistantFactory;
import dev.lore.assistant.pipeline.GroundedAssistant;
import dev.lore.index.KnowledgeIndex;
import dev.lore.web.Components;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The assistant as the commands use it: settings read like the server reads them (./config/application.yml,
 * environment variables such as LORE_MODEL_PATH, -D system properties, then the command's own overrides), the index
 * opened from its folder, and the assistant built by {@link AssistantFactory}.
 */
record CliAssistant(KnowledgeIndex index, GroundedAssistant assistant) implements AutoCloseable {

    /** Opens the index and builds the assistant, answering with the GGUF {@code model} (llama provider) when given. */
    static CliAssistant open(Path indexDir, Path model) {
        return open(indexDir, model == null ? Map.of()
                : Map.of("lore.model.provider", "llama", "lore.model.path", model.toString()));
    }

    /** Opens the index in {@code indexDir} (or lore.index.dir, or ./data/index) and builds the assistant. */
    static CliAssistant open(Path indexDir, Map<String, String> overrides) {
        var properties = properties(overrides);
        var dir = indexDir != null ? indexDir : Path.of(orDefault(properties.apply("lore.index.dir"), "./data/index"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no index at " + dir.toAbsolutePath() + ": run lore ingest first or pass --index DIR");
        }
        var config = AssistantConfig.from(properties);
        if (config.memoryDir() == null) {
            // One process per question: follow-ups (--conversation) need the turns on disk, beside the index.
            config = config.withMemoryDir(dir.toAbsolutePath().normalize().resolveSibling("conversations"));
        }
        var embeddings = Components.embeddingModel();
        var index = Components.openIndex(dir, embeddings);
        try {
            return new CliAssistant(index, AssistantFactory.create(config, index, embeddings));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Property lookup with relaxed binding (lore.model.base-url also matches LORE_MODEL_BASEURL). */
    static Function<String, String> properties(Map<String, String> overrides) {
        var sources = new ArrayList<PropertySource<?>>();
        sources.add(new MapPropertySource("command", new HashMap<>(overrides)));
        sources.add(new MapPropertySource("system", System.getProperties().entrySet().stream()
                .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), e -> (Object) e.getValue()))));
        sources.add(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new HashMap<String, Object>(System.getenv())));
        var yaml = Path.of("config", "application.yml");
        if (Files.isRegularFile(yaml)) {
            try {
                sources.addAll(new YamlPropertySourceLoader().load(yaml.toString(), new FileSystemResource(yaml)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + yaml, e);
            }
        }
        var binder = new Binder(ConfigurationPropertySources.from(sources));
        return key -> binder.bind(key, String.class).orElse(null);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        try (var i = index; var a = assistant) {
            // the assistant (and its model) closes first, then the index
        }
    }
}
