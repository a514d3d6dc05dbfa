package dev.lore.assistant.model;

import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.lore.assistant.AssistantException;
import dev.lore.assistant.ModelSettings;

/**
 * A generating model ready to use: LangChain4j chat models (plain and streaming) over one backend, the tokenizer that
 * counts its prompt, its window and answer budget. Close it to free an in-process model.
 */
public record Generator(String name, String provider, ChatModel chat, StreamingChatModel streaming,
                        TokenCountEstimator tokens, int contextSize, int maxAnswerTokens, AutoCloseable resource)
        implements AutoCloseable {

    /** Opens the model the settings describe (loads a GGUF, or builds HTTP clients; nothing is contacted yet). */
    public static Generator open(ModelSettings settings) {
        return switch (settings.provider()) {
            case ModelSettings.LLAMA -> {
                var llama = new LlamaChatModel(settings.path(), settings.name(), settings.contextSize(),
                        settings.threads(), settings.temperature(), settings.maxAnswerTokens());
                yield new Generator(settings.name(), settings.provider(), llama, llama, llama, settings.contextSize(),
                        settings.maxAnswerTokens(), llama);
            }
            case ModelSettings.OPENAI -> new Generator(settings.name(), settings.provider(),
                    OpenAiChatModel.builder().baseUrl(settings.baseUrl()).apiKey(key(settings))
                            .modelName(settings.name()).temperature(settings.temperature())
                            .maxTokens(settings.maxAnswerTokens()).timeout(settings.timeout()).build(),
                    OpenAiStreamingChatModel.builder().baseUrl(settings.baseUrl()).apiKey(key(settings))
                            .modelName(settings.name()).temperature(settings.temperature())
                            .maxTokens(settings.maxAnswerTokens()).timeout(settings.timeout()).build(),
                    new CharacterTokenEstimator(), settings.contextSize(), settings.maxAnswerTokens(), () -> { });
            case ModelSettings.OLLAMA -> new Generator(settings.name(), settings.provider(),
                    OllamaChatModel.builder().baseUrl(settings.baseUrl()).modelName(settings.name())
                            .temperature(settings.temperature()).numPredict(settings.maxAnswerTokens())
                            .numCtx(settings.contextSize()).timeout(settings.timeout()).build(),
                    OllamaStreamingChatModel.builder().baseUrl(settings.baseUrl()).modelName(settings.name())
                            .temperature(settings.temperature()).numPredict(settings.maxAnswerTokens())
                            .numCtx(settings.contextSize()).timeout(settings.timeout()).build(),
                    new CharacterTokenEstimator(), settings.contextSize(), settings.maxAnswerTokens(), () -> { });
            default -> throw new AssistantException("no generator for provider '" + settings.provider() + "'");
        };
    }

    private static String key(ModelSettings settings) {
        return settings.apiKey().isBlank() ? "not-needed" : settings.apiKey();
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            throw new AssistantException("cannot close model " + name + ": " + e.getMessage(), e);
        }
    }
}
