package dev.lore.web.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAI wire format's objects: completions, stream chunks, the model list and errors. */
final class OpenAiJson {

    private OpenAiJson() {
    }

    static ObjectNode completion(ObjectMapper json, String id, long created, String model, String content,
                                 int promptTokens) {
        ObjectNode out = head(json, id, "chat.completion", created, model);
        ObjectNode choice = out.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        usage(out, promptTokens, approximateTokens(content));
        return out;
    }

    /** A stream chunk; null {@code role}, {@code content} or {@code finishReason} are left out or null as OpenAI does. */
    static ObjectNode chunk(ObjectMapper json, String id, long created, String model, String role, String content,
                            String finishReason) {
        ObjectNode out = head(json, id, "chat.completion.chunk", created, model);
        ObjectNode choice = out.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (role != null) {
            delta.put("role", role);
        }
        if (content != null) {
            delta.put("content", content);
        }
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return out;
    }

    /** The last chunk of a stream whose client asked for {@code stream_options.include_usage}. */
    static ObjectNode usageChunk(ObjectMapper json, String id, long created, String model, int promptTokens,
                                 int completionTokens) {
        ObjectNode out = head(json, id, "chat.completion.chunk", created, model);
        out.putArray("choices");
        usage(out, promptTokens, completionTokens);
        return out;
    }

    static ObjectNode models(ObjectMapper json, String model, long created) {
        ObjectNode out = json.createObjectNode().put("object", "list");
        out.putArray("data").addObject().put("id", model).put("object", "model").put("created", created)
                .put("owned_by", "lore");
        return out;
    }

    static ObjectNode error(ObjectMapper json, String type, String code, String message) {
        ObjectNode out = json.createObjectNode();
        out.putObject("error").put("message", message).put("type", type).putNull("param").put("code", code);
        return out;
    }

    /** Lore does not see the model's tokenizer here; a quarter of the characters is the usual estimate for English. */
    static int approximateTokens(String text) {
        return text == null ? 0 : (text.length() + 3) / 4;
    }

    private static ObjectNode head(ObjectMapper json, String id, String object, long created, String model) {
        return json.createObjectNode().put("id", id).put("object", object).put("created", created).put("model", model);
    }

    private static void usage(ObjectNode out, int promptTokens, int completionTokens) {
        out.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
    }
}
