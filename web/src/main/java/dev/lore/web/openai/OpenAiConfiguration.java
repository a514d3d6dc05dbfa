package dev.lore.web.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.assistant.Assistant;
import dev.lore.web.ask.AnswerMetrics;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
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
    CompletionStreamer completionStreamer(@Lazy Assistant assistant, AnswerMetrics metrics, ObjectMapper json,
                                          OpenAiProperties properties,
                                          @Value("${lore.public-url:http://localhost:8080}") String publicUrl) {
        return new CompletionStreamer(metrics.metered(assistant, "openai"), json, new AnswerContent(publicUrl), properties.streamThreads(),
                properties.streamQueue());
    }
}
