package dev.lore.web.openai;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the OpenAI-compatible endpoint ({@code lore.openai.*}).
 *
 * @param model the model id clients see and send, {@code lore} by default
 * @param apiKeysFile where the hashes of issued API keys are kept
 * @param streamThreads threads that stream answers to clients
 * @param streamQueue streamed answers waiting for a thread before new ones get 503
 */
@ConfigurationProperties("lore.openai")
record OpenAiProperties(String model, Path apiKeysFile, Integer streamThreads, Integer streamQueue) {

    OpenAiProperties {
        model = model == null || model.isBlank() ? "lore" : model;
        apiKeysFile = apiKeysFile == null ? Path.of("./data/api-keys.json") : apiKeysFile;
        streamThreads = streamThreads == null ? 2 : streamThreads;
        streamQueue = streamQueue == null ? 32 : streamQueue;
        if (streamThreads < 1 || streamQueue < 1) {
            throw new IllegalArgumentException("lore.openai.stream-threads and lore.openai.stream-queue must be at least 1,"
                    + " were " + streamThreads + " and " + streamQueue);
        }
    }
}
