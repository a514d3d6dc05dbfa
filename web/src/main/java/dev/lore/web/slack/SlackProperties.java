package dev.lore.web.slack;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Slack-style bot ({@code lore.slack.*}); the integration is off while no signing secret is set.
 *
 * @param signingSecret the app's signing secret, for the v0 request signature
 * @param botToken the bot token ({@code xoxb-...}) used for {@code chat.postMessage}
 * @param apiBaseUrl the chat platform's Web API base, {@code https://slack.com/api} by default
 * @param users chat user ids mapped to groups (and optionally to a configured Lore user) for direct messages
 * @param resolveEmail whether a direct message from a chat user not in {@code users} is answered with the groups of the
 *     Lore user named by the asker's e-mail address (looked up with {@code users.info}, scope {@code users:read.email})
 * @param maxClockSkew how far a request's timestamp may be from now, five minutes as Slack recommends
 * @param answerThreads threads answering questions in the background
 * @param answerQueue questions waiting for a thread before new ones are refused
 */
@ConfigurationProperties("lore.slack")
record SlackProperties(String signingSecret, String botToken, URI apiBaseUrl, List<User> users, boolean resolveEmail,
                       Duration maxClockSkew, Integer answerThreads, Integer answerQueue) {

    SlackProperties {
        apiBaseUrl = apiBaseUrl == null ? URI.create("https://slack.com/api") : apiBaseUrl;
        users = users == null ? List.of() : List.copyOf(users);
        maxClockSkew = maxClockSkew == null ? Duration.ofMinutes(5) : maxClockSkew;
        answerThreads = answerThreads == null ? 2 : answerThreads;
        answerQueue = answerQueue == null ? 100 : answerQueue;
        if (answerThreads < 1 || answerQueue < 1) {
            throw new IllegalArgumentException("lore.slack.answer-threads and lore.slack.answer-queue must be at least 1, were "
                    + answerThreads + " and " + answerQueue);
        }
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).id() == null || users.get(i).id().isBlank()) {
                throw new IllegalArgumentException("lore.slack.users[" + i + "].id must not be blank");
            }
        }
    }

    /** Whether requests can be verified at all. */
    boolean enabled() {
        return signingSecret != null && !signingSecret.isBlank();
    }

    /**
     * A chat user's access in direct messages.
     *
     * @param id the chat platform's user id ({@code U012AB3CD})
     * @param groups groups this user reads
     * @param user optional name of a configured Lore user whose groups also apply
     */
    record User(String id, Set<String> groups, String user) {

        User {
            groups = groups == null ? Set.of() : Set.copyOf(groups);
        }
    }
}
