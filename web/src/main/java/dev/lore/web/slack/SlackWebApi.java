package dev.lore.web.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.assistant.privacy.PrivacyGuard;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Web API over HTTP ({@code chat.postMessage} with the bot token) and its {@code response_url} webhooks; also
 * spoken by Slack-compatible platforms reachable at another base URL. A response URL must pass the privacy guard like
 * the API base URL, so answers only go to hosts inside the network or explicitly allowed.
 */
final class SlackWebApi implements ChatApi {

    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

    private final HttpClient http;
    private final URI postMessageUrl;
    private final String usersInfoUrl;
    private final String botToken;
    private final ObjectMapper json;
    private final PrivacyGuard privacyGuard;

    SlackWebApi(HttpClient http, URI apiBaseUrl, String botToken, ObjectMapper json, PrivacyGuard privacyGuard) {
        this.http = http;
        String base = apiBaseUrl.toString();
        this.postMessageUrl = URI.create((base.endsWith("/") ? base : base + "/") + "chat.postMessage");
        this.usersInfoUrl = (base.endsWith("/") ? base : base + "/") + "users.info";
        this.botToken = botToken == null ? "" : botToken;
        this.json = json;
        this.privacyGuard = privacyGuard;
    }

    @Override
    public void postMessage(String channel, String threadTs, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        if (threadTs != null) {
            body.put("thread_ts", threadTs);
        }
        body.put("text", text);
        body.put("unfurl_links", false);
        body.put("unfurl_media", false);
        JsonNode reply = send(postMessageUrl, body, true);
        if (reply != null && !reply.path("ok").asBoolean(false)) {
            log.warn("chat.postMessage to channel {} failed: {}", channel, reply.path("error").asText("no error given"));
        }
    }

    @Override
    public void respond(URI responseUrl, String text) {
        privacyGuard.checkUrl(responseUrl.toString(), "the slash command's response_url");
        send(responseUrl, Map.of("response_type", "ephemeral", "text", text), false);
    }

    @Override
    public Optional<String> email(String userId) {
        URI url = URI.create(usersInfoUrl + "?user=" + URLEncoder.encode(userId, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + botToken).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode reply = response.statusCode() / 100 == 2 ? json.readTree(response.body()) : null;
            if (reply == null || !reply.path("ok").asBoolean(false)) {
                log.warn("users.info for a chat user failed: {}", reply == null ? "HTTP " + response.statusCode()
                        : reply.path("error").asText("no error given"));
                return Optional.empty();
            }
            String email = reply.path("user").path("profile").path("email").asText("");
            return email.isBlank() ? Optional.empty() : Optional.of(email.strip());
        } catch (IOException e) {
            log.warn("users.info for a chat user failed: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private JsonNode send(URI url, Map<String, Object> body, boolean withToken) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            if (withToken) {
                request.header("Authorization", "Bearer " + botToken);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("POST {} answered HTTP {}", url.getHost() + url.getPath(), response.statusCode());
                return null;
            }
            String reply = response.body();
            return reply == null || reply.isBlank() || !reply.trim().startsWith("{") ? null : json.readTree(reply);
        } catch (IOException e) {
            throw new ChatDeliveryException("could not post to " + url.getHost() + url.getPath() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatDeliveryException("interrupted while posting to " + url.getHost() + url.getPath(), e);
        }
    }
}
