package dev.lore.assistant;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Everything the assistant is built from, read from {@code lore.model.*}, {@code lore.model.fallback.*},
 * {@code lore.privacy.*} and {@code lore.assistant.*} keys (see {@link #from}).
 *
 * @param model the generating model (extractive when none is configured)
 * @param fallback an optional larger model for questions the small one should not take alone (null for none)
 * @param allowedHosts endpoint hosts allowed although they resolve to public addresses
 * @param logQuestions whether question and answer text may be logged in clear
 * @param topK chunks retrieved per question
 * @param maxPassages passages given to the model at most
 * @param evidenceThreshold below this retrieval evidence the assistant abstains before generating (calibrated on the sample QA set)
 * @param supportThreshold a cited sentence needs at least this support from its passage (calibrated on the sample QA set)
 * @param memoryTurns turns kept per conversation
 * @param memoryAge idle time after which a conversation is forgotten
 * @param longQuestionWords questions with more words than this go to the fallback model
 * @param memoryDir folder where conversations are also kept on disk (null: in memory only)
 */
public record AssistantConfig(ModelSettings model, ModelSettings fallback, List<String> allowedHosts,
                              boolean logQuestions, int topK, int maxPassages, double evidenceThreshold,
                              double supportThreshold, int memoryTurns, Duration memoryAge, int longQuestionWords,
                              Path memoryDir) {

    public static final double DEFAULT_EVIDENCE_THRESHOLD = 0.5;
    public static final double DEFAULT_SUPPORT_THRESHOLD = 0.6;

    public AssistantConfig {
        model = model == null ? ModelSettings.extractive() : model;
        if (fallback != null && !fallback.generative()) {
            fallback = null;
        }
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        check(topK >= 1 && topK <= 100, "lore.assistant.top-k must be in [1, 100], was " + topK);
        check(maxPassages >= 1 && maxPassages <= 20, "lore.assistant.max-passages must be in [1, 20], was " + maxPassages);
        check(evidenceThreshold >= 0 && evidenceThreshold <= 1,
                "lore.assistant.evidence-threshold must be in [0, 1], was " + evidenceThreshold);
        check(supportThreshold > 0 && supportThreshold <= 1,
                "lore.assistant.support-threshold must be in (0, 1], was " + supportThreshold);
        check(memoryTurns >= 1, "lore.assistant.memory.max-turns must be >= 1, was " + memoryTurns);
        memoryAge = memoryAge == null ? Duration.ofMinutes(30) : memoryAge;
        check(longQuestionWords >= 5, "lore.assistant.route.long-question-words must be >= 5, was " + longQuestionWords);
    }

    /** A configuration without a conversation folder (conversations in memory only). */
    public AssistantConfig(ModelSettings model, ModelSettings fallback, List<String> allowedHosts, boolean logQuestions,
                           int topK, int maxPassages, double evidenceThreshold, double supportThreshold, int memoryTurns,
                           Duration memoryAge, int longQuestionWords) {
        this(model, fallback, allowedHosts, logQuestions, topK, maxPassages, evidenceThreshold, supportThreshold,
                memoryTurns, memoryAge, longQuestionWords, null);
    }

    /** Defaults with the given model (extractive when null). */
    public static AssistantConfig defaults(ModelSettings model) {
        return new AssistantConfig(model, null, List.of(), false, 8, 6, DEFAULT_EVIDENCE_THRESHOLD,
                DEFAULT_SUPPORT_THRESHOLD, 6, Duration.ofMinutes(30), 40);
    }

    /** Same configuration with another model. */
    public AssistantConfig withModel(ModelSettings other) {
        return new AssistantConfig(other, fallback, allowedHosts, logQuestions, topK, maxPassages, evidenceThreshold,
                supportThreshold, memoryTurns, memoryAge, longQuestionWords, memoryDir);
    }

    /** Same configuration keeping conversations in {@code dir} too. */
    public AssistantConfig withMemoryDir(Path dir) {
        return new AssistantConfig(model, fallback, allowedHosts, logQuestions, topK, maxPassages, evidenceThreshold,
                supportThreshold, memoryTurns, memoryAge, longQuestionWords, dir);
    }

    /**
     * Reads the configuration from property keys, e.g. Spring's {@code environment::getProperty} or a map's
     * {@code get}; absent keys take their defaults.
     */
    public static AssistantConfig from(Function<String, String> property) {
        Function<String, String> p = key -> {
            var v = property.apply(key);
            return v == null || v.isBlank() ? null : v.strip();
        };
        var fallbackProvider = p.apply("lore.model.fallback.provider");
        var fallbackPath = p.apply("lore.model.fallback.path");
        var fallback = fallbackProvider == null && fallbackPath == null ? null
                : ModelSettings.from(property, "lore.model.fallback");
        var hosts = p.apply("lore.privacy.allowed-hosts");
        return new AssistantConfig(ModelSettings.from(property, "lore.model"), fallback,
                hosts == null ? List.of() : Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList(),
                Boolean.parseBoolean(p.apply("lore.privacy.log-questions")),
                ModelSettings.intOr(p.apply("lore.assistant.top-k"), 8, "lore.assistant.top-k"),
                ModelSettings.intOr(p.apply("lore.assistant.max-passages"), 6, "lore.assistant.max-passages"),
                ModelSettings.doubleOr(p.apply("lore.assistant.evidence-threshold"), DEFAULT_EVIDENCE_THRESHOLD,
                        "lore.assistant.evidence-threshold"),
                ModelSettings.doubleOr(p.apply("lore.assistant.support-threshold"), DEFAULT_SUPPORT_THRESHOLD,
                        "lore.assistant.support-threshold"),
                ModelSettings.intOr(p.apply("lore.assistant.memory.max-turns"), 6, "lore.assistant.memory.max-turns"),
                p.apply("lore.assistant.memory.max-age") == null ? null
                        : duration(p.apply("lore.assistant.memory.max-age"), "lore.assistant.memory.max-age"),
                ModelSettings.intOr(p.apply("lore.assistant.route.long-question-words"), 40,
                        "lore.assistant.route.long-question-words"),
                p.apply("lore.assistant.memory.dir") == null ? null : Path.of(p.apply("lore.assistant.memory.dir")));
    }

    /** Parses {@code 30s}, {@code 5m}, {@code 2h} or an ISO-8601 duration such as {@code PT30M}. */
    static Duration duration(String value, String key) {
        var v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.matches("\\d+(ms|s|m|h)")) {
                var unit = v.replaceAll("\\d+", "");
                long n = Long.parseLong(v.replaceAll("\\D+", ""));
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            }
            return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new AssistantException(key + " must be a duration such as 30s, 5m or PT30M, was '" + value + "'");
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssistantException(message);
        }
    }
}
