package dev.lore.web.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.assistant.Assistant;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Wires the OpenAI-compatible endpoint from {@code lore.openai.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenAiProperties.class)
class OpenAiConfiguration {

    @Bean
    ApiKeyStore apiKeyStore(OpenAiProperties properties, ObjectMapper json) {
        return new ApiKeyStore(properties.apiKeysFile(), json, Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    CompletionStreamer completionStreamer(@Lazy Assistant assistant, ObjectMapper json, OpenAiProperties properties) {
        return new CompletionStreamer(assistant, json, properties.streamThreads(), properties.streamQueue());
    }
}
