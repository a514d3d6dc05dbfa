package dev.lore.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat completion request reduced to what Lore uses: the model, the last user message (the question), the earlier
 * user and assistant turns, and the streaming options. System messages are ignored: Lore's own grounding prompt
 * decides how it answers.
 */
record ChatRequest(String model, String question, List<Turn> history, boolean stream, boolean includeUsage,
                   int promptChars) {

    /** One earlier message of the conversation. */
    record Turn(String role, String content) {
    }

    ChatRequest {
        history = List.copyOf(history);
    }

    /** Parses the request body; throws {@link IllegalArgumentException} naming the bad field. */
    static ChatRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("request body must be a JSON object");
        }
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            throw new IllegalArgumentException("field 'messages' must be a non-empty array");
        }
        List<Turn> turns = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String role = message.path("role").asText("");
            if (role.isEmpty()) {
                throw new IllegalArgumentException("field 'messages[" + i + "].role' is required");
            }
            String content = text(message.path("content"));
            chars += content.length();
            if (role.equals("user") || role.equals("assistant")) {
                turns.add(new Turn(role, content));
            }
        }
        if (turns.isEmpty() || !turns.getLast().role().equals("user") || turns.getLast().content().isBlank()) {
            throw new IllegalArgumentException("field 'messages': the last message must be a non-empty user message");
        }
        String question = turns.removeLast().content().strip();
        return new ChatRequest(body.path("model").asText(""), question, turns, body.path("stream").asBoolean(false),
                body.path("stream_options").path("include_usage").asBoolean(false), chars);
    }

    /** Content is a string, or an array of parts of which the text parts count. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder out = new StringBuilder();
        if (content.isArray()) {
            for (JsonNode part : content) {
                if (part.path("type").asText().equals("text")) {
                    out.append(out.isEmpty() ? "" : "\n").append(part.path("text").asText());
                }
            }
        }
        return out.toString();
    }
}
