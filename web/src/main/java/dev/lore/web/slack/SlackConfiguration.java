package dev.lore.web.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.assistant.Assistant;
import dev.lore.assistant.privacy.PrivacyGuard;
import dev.lore.web.ask.AnswerMetrics;
import dev.lore.web.security.UserDirectory;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Wires the Slack-style bot from {@code lore.slack.*}; checks the chat API host against the privacy guard at start.
 * The assistant and the user directory are resolved on first use, so the webhook's wiring does not decide the order in
 * which the application creates them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean
    SlackSignature slackSignature(SlackProperties properties) {
        if (!properties.enabled()) {
            log.info("Slack integration off: set lore.slack.signing-secret to enable /slack/events and /slack/commands");
        }
        return new SlackSignature(properties.signingSecret(), properties.maxClockSkew(), Clock.systemUTC());
    }

    @Bean
    SlackGroups slackGroups(SlackProperties properties, @Lazy UserDirectory directory, ChatApi slackChatApi) {
        Function<String, Optional<String>> emails = properties.resolveEmail()
                ? new RecentEmails(slackChatApi::email, 10_000, Duration.ofHours(1), Clock.systemUTC())
                : id -> Optional.empty();
        SlackGroups groups = new SlackGroups(properties.users(), directory, emails);
        if (properties.enabled()) {
            groups.requireKnownUsers();
        }
        return groups;
    }

    @Bean
    ChatApi slackChatApi(SlackProperties properties, ObjectMapper json, PrivacyGuard guard) {
        if (properties.enabled()) {
            guard.checkUrl(properties.apiBaseUrl().toString(), "lore.slack.api-base-url");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new SlackWebApi(http, properties.apiBaseUrl(), properties.botToken(), json, guard);
    }

    @Bean(destroyMethod = "close")
    SlackAnswerer slackAnswerer(SlackProperties properties, @Lazy Assistant assistant, AnswerMetrics metrics,
                                SlackGroups groups, ChatApi slackChatApi,
                                @Value("${lore.public-url:http://localhost:8080}") String publicUrl) {
        return new SlackAnswerer(metrics.metered(assistant, "slack"), groups, slackChatApi, new SlackAnswerText(publicUrl),
                properties.answerThreads(), properties.answerQueue());
    }

    @Bean
    RecentDeliveries slackDeliveries() {
        return new RecentDeliveries(10_000);
    }
}
