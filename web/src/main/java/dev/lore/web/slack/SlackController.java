package dev.lore.web.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.web.error.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Slack webhooks. Each request's raw body is read once and its signature verified before anything is parsed; the
 * platform gets its acknowledgement at once and the answer follows from {@link SlackAnswerer}.
 */
@RestController
class SlackController {

    private static final Logger log = LoggerFactory.getLogger(SlackController.class);
    private static final int MAX_BODY = 256 * 1024;
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private final SlackSignature signature;
    private final SlackAnswerer answerer;
    private final RecentDeliveries deliveries;
    private final ObjectMapper json;

    SlackController(SlackSignature signature, SlackAnswerer answerer, RecentDeliveries deliveries,
                    ObjectMapper json) {
        this.signature = signature;
        this.answerer = answerer;
        this.deliveries = deliveries;
        this.json = json;
    }

    @PostMapping("/slack/events")
    ResponseEntity<?> events(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (!verified(request, body)) {
            return unauthorized();
        }
        JsonNode payload;
        try {
            payload = json.readTree(body);
        } catch (JsonProcessingException e) {
            return ResponseEntity.badRequest().body(new ApiError("malformed_json", "request body is not valid JSON"));
        }
        switch (payload.path("type").asText()) {
            case "url_verification" -> {
                return ResponseEntity.ok(Map.of("challenge", payload.path("challenge").asText()));
            }
            case "event_callback" -> {
                if (!onEvent(payload.path("event_id").asText(null), payload.path("event"))) {
                    // Slack retries a failed delivery later; by then a thread may be free.
                    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                            .body(new ApiError("busy", "too many questions waiting; retry later"));
                }
            }
            default -> log.debug("ignoring Slack payload of type {}", payload.path("type").asText());
        }
        return ResponseEntity.ok().build();
    }

    /** Handles an event; false when a question could not be queued (and is forgotten, so a retry is answered). */
    private boolean onEvent(String eventId, JsonNode event) {
        String type = event.path("type").asText();
        boolean mention = type.equals("app_mention");
        boolean directMessage = type.equals("message") && event.path("channel_type").asText().equals("im");
        boolean fromBot = event.hasNonNull("bot_id") || event.hasNonNull("subtype");
        if (!(mention || directMessage) || fromBot) {
            return true;
        }
        String channel = event.path("channel").asText();
        String ts = event.path("ts").asText();
        // A message can reach us twice under different event ids (a retry, or mention and message subscriptions).
        String[] keys = {eventId == null ? null : "event:" + eventId, "message:" + channel + ":" + ts};
        if (!deliveries.firstTime(keys)) {
            return true;
        }
        String thread = event.hasNonNull("thread_ts") ? event.path("thread_ts").asText() : ts;
        String text = MENTION.matcher(event.path("text").asText()).replaceAll(" ").strip();
        boolean queued;
        if (text.isEmpty()) {
            queued = answerer.replyInThread(channel, thread, "Ask me a question, for example: how do I set up the VPN?");
        } else {
            String user = event.path("user").asText(null);
            var question = new ChatQuestion(text, user, directMessage, "slack:" + channel + ":" + thread);
            queued = answerer.answerInThread(channel, thread, question);
        }
        if (!queued) {
            deliveries.forget(keys);
        }
        return queued;
    }

    @PostMapping("/slack/commands")
    ResponseEntity<?> command(HttpServletRequest request) {
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            return ResponseEntity.badRequest().build();
        }
        if (!verified(request, body)) {
            return unauthorized();
        }
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String text = form.getOrDefault("text", "").strip();
        String responseUrl = form.get("response_url");
        if (text.isEmpty() || responseUrl == null) {
            return ephemeral("Usage: " + form.getOrDefault("command", "/ask") + " QUESTION");
        }
        boolean directMessage = "directmessage".equals(form.get("channel_name"))
                || form.getOrDefault("channel_id", "").startsWith("D");
        var question = new ChatQuestion(text, form.get("user_id"), directMessage, null);
        URI target;
        try {
            target = URI.create(responseUrl);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(new ApiError("invalid_field", "field 'response_url' is not a URL"));
        }
        boolean queued = answerer.answerAt(target, question);
        return ephemeral(queued ? "Looking that up…" : "Lore is busy right now; please ask again in a minute.");
    }

    private boolean verified(HttpServletRequest request, byte[] body) {
        return body.length <= MAX_BODY && signature.verify(request.getHeader("X-Slack-Request-Timestamp"),
                request.getHeader("X-Slack-Signature"), body);
    }

    private static ResponseEntity<ApiError> unauthorized() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(new ApiError("unauthorized", "missing, invalid or expired Slack request signature"));
    }

    private static ResponseEntity<Map<String, String>> ephemeral(String text) {
        return ResponseEntity.ok(Map.of("response_type", "ephemeral", "text", text));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
