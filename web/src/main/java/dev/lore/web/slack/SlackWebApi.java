package dev.lore.web.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Web API over HTTP ({@code chat.postMessage} with the bot token) and its {@code response_url} webhooks; also
 * spoken by Slack-compatible platforms reachable at another base URL.
 */
final class SlackWebApi implements ChatApi {

    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

    private final HttpClient http;
    private final URI postMessageUrl;
    private final String botToken;
    private final ObjectMapper json;
    private final HostGuard hostGuard;

    SlackWebApi(HttpClient http, URI apiBaseUrl, String botToken, ObjectMapper json, HostGuard hostGuard) {
        this.http = http;
        String base = apiBaseUrl.toString();
        this.postMessageUrl = URI.create((base.endsWith("/") ? base : base + "/") + "chat.postMessage");
        this.botToken = botToken == null ? "" : botToken;
        this.json = json;
        this.hostGuard = hostGuard;
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
        hostGuard.check(responseUrl, "response_url");
        send(responseUrl, Map.of("response_type", "ephemeral", "text", text), false);
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
