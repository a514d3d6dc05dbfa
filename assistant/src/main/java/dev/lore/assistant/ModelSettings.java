package dev.lore.assistant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * One generating model: the provider and how to reach it.
 *
 * @param provider {@code extractive} (no model), {@code llama} (in-process GGUF), {@code openai} (OpenAI-compatible
 *                 endpoint) or {@code ollama}
 * @param path the GGUF file ({@code llama})
 * @param baseUrl the endpoint ({@code openai}, {@code ollama})
 * @param name the model name sent to the endpoint, or shown for a GGUF (defaults to the file name)
 * @param contextSize the model's context window in tokens
 * @param threads CPU threads for {@code llama}
 * @param temperature sampling temperature
 * @param maxAnswerTokens tokens reserved for the answer (the rest of the window holds prompt and passages)
 * @param apiKey bearer key for an OpenAI-compatible endpoint (may be blank)
 * @param timeout how long one generation may take
 */
public record ModelSettings(String provider, Path path, String baseUrl, String name, int contextSize, int threads,
                            double temperature, int maxAnswerTokens, String apiKey, Duration timeout) {

    public static final String EXTRACTIVE = "extractive";
    public static final String LLAMA = "llama";
    public static final String OPENAI = "openai";
    public static final String OLLAMA = "ollama";

    public ModelSettings {
        provider = provider == null || provider.isBlank() ? (path != null ? LLAMA : EXTRACTIVE)
                : provider.strip().toLowerCase(Locale.ROOT);
        switch (provider) {
            case EXTRACTIVE -> { }
            case LLAMA -> require(path != null, "lore.model.path must name a GGUF file when the provider is llama");
            case OPENAI, OLLAMA -> {
                require(baseUrl != null && !baseUrl.isBlank(), "lore.model.base-url is required for provider " + provider);
                require(name != null && !name.isBlank(), "lore.model.name is required for provider " + provider);
            }
            default -> throw new AssistantException(
                    "lore.model.provider must be extractive, llama, openai or ollama, was '" + provider + "'");
        }
        require(contextSize >= 256, "lore.model.context-size must be >= 256, was " + contextSize);
        require(threads >= 1, "lore.model.threads must be >= 1, was " + threads);
        require(temperature >= 0 && temperature <= 2, "lore.model.temperature must be in [0, 2], was " + temperature);
        require(maxAnswerTokens >= 16 && maxAnswerTokens < contextSize / 2,
                "lore.model.max-answer-tokens must be >= 16 and below half the context size, was " + maxAnswerTokens);
        if (name == null || name.isBlank()) {
            name = path != null ? path.getFileName().toString() : provider;
        }
        apiKey = apiKey == null ? "" : apiKey;
        timeout = timeout == null ? Duration.ofMinutes(2) : timeout;
    }

    /** No model: extractive answers. */
    public static ModelSettings extractive() {
        return new ModelSettings(EXTRACTIVE, null, null, null, 4096, 1, 0, 384, null, null);
    }

    /** An in-process GGUF model with default window (4096), threads (cores), temperature (0.1) and answer budget (384). */
    public static ModelSettings llama(Path gguf) {
        return new ModelSettings(LLAMA, gguf, null, null, 4096, Runtime.getRuntime().availableProcessors(), 0.1, 384,
                null, null);
    }

    /** Whether a model generates the answer (false in extractive mode). */
    public boolean generative() {
        return !EXTRACTIVE.equals(provider);
    }

    /** Reads {@code prefix.provider}, {@code .path}, {@code .base-url}, {@code .name}, {@code .context-size}, {@code .threads}, {@code .temperature}, {@code .max-answer-tokens}, {@code .api-key}, {@code .timeout}. */
    static ModelSettings from(Function<String, String> property, String prefix) {
        Function<String, String> p = key -> {
            var v = property.apply(prefix + "." + key);
            return v == null || v.isBlank() ? null : v.strip();
        };
        var path = p.apply("path");
        return new ModelSettings(p.apply("provider"), path == null ? null : Path.of(path), p.apply("base-url"),
                p.apply("name"), intOr(p.apply("context-size"), 4096, prefix + ".context-size"),
                intOr(p.apply("threads"), Runtime.getRuntime().availableProcessors(), prefix + ".threads"),
                doubleOr(p.apply("temperature"), 0.1, prefix + ".temperature"),
                intOr(p.apply("max-answer-tokens"), 384, prefix + ".max-answer-tokens"), p.apply("api-key"),
                p.apply("timeout") == null ? null : AssistantConfig.duration(p.apply("timeout"), prefix + ".timeout"));
    }

    static int intOr(String value, int fallback, String key) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new AssistantException(key + " must be an integer, was '" + value + "'");
        }
    }

    static double doubleOr(String value, double fallback, String key) {
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new AssistantException(key + " must be a number, was '" + value + "'");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssistantException(message);
        }
    }
}
