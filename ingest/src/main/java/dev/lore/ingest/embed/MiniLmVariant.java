package dev.lore.ingest.embed;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The all-MiniLM-L6-v2 graphs shipped in LangChain4j's embedding jars: float32, or int8-quantized. */
public enum MiniLmVariant {
    FLOAT("all-minilm-l6-v2", "/all-minilm-l6-v2.onnx", "/all-minilm-l6-v2-tokenizer.json"),
    QUANTIZED("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json");

    private final String configName;
    private final String modelResource;
    private final String tokenizerResource;

    MiniLmVariant(String configName, String modelResource, String tokenizerResource) {
        this.configName = configName;
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
    }

    /** The name used in configuration ({@code lore.embedding.model}) and in cache keys. */
    public String configName() {
        return configName;
    }

    /** Classpath resource of the ONNX graph. */
    public String modelResource() {
        return modelResource;
    }

    /** Classpath resource of the tokenizer.json. */
    public String tokenizerResource() {
        return tokenizerResource;
    }

    /** Parses {@code all-minilm-l6-v2} or {@code all-minilm-l6-v2-q}, case-insensitively. */
    public static MiniLmVariant parse(String value) {
        var wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.configName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("lore.embedding.model must be one of "
                        + Arrays.stream(values()).map(MiniLmVariant::configName).collect(Collectors.joining(", "))
                        + ", was '" + value + "'"));
    }
}
