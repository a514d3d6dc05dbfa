package dev.lore.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A local model server speaking the OpenAI ({@code POST /v1/chat/completions}) and Ollama ({@code POST /api/chat}) wire
 * formats, streaming included; it answers each request with {@code reply} applied to the last user message and records
 * what it was asked.
 */
public final class StubModelServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Function<String, String> reply;
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());

    public StubModelServer(Function<String, String> reply) throws IOException {
        this.reply = reply;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::openAi);
        server.createContext("/api/chat", this::ollama);
        server.start();
    }

    /** Base URL for the OpenAI-compatible client. */
    public String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Base URL for the Ollama client. */
    public String ollamaBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The request bodies received, in order. */
    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    private String answer(JsonNode body) {
        requests.add(body);
        var messages = body.get("messages");
        String last = "";
        for (var m : messages) {
            if ("user".equals(m.get("role").asText())) {
                last = m.get("content").isTextual() ? m.get("content").asText() : m.get("content").toString();
            }
        }
        return reply.apply(last);
    }

    /** Splits text into stream pieces of a few characters, as a model's tokens would arrive. */
    static List<String> pieces(String text) {
        var out = new ArrayList<String>();
        for (int i = 0; i < text.length(); i += 4) {
            out.add(text.substring(i, Math.min(text.length(), i + 4)));
        }
        return out;
    }

    private void openAi(HttpExchange exchange) throws IOException {
        var body = JSON.readTree(exchange.getRequestBody());
        var text = answer(body);
        var model = body.path("model").asText("stub");
        if (body.path("stream").asBoolean(false)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (var piece : pieces(text)) {
                    sse(out, chunk(model, Map.of("content", piece), null));
                }
                sse(out, chunk(model, Map.of(), "stop"));
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        var response = new LinkedHashMap<String, Object>();
        response.put("id", "chatcmpl-stub");
        response.put("object", "chat.completion");
        response.put("created", 0);
        response.put("model", model);
        response.put("choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", text),
                "finish_reason", "stop")));
        response.put("usage", Map.of("prompt_tokens", 10, "completion_tokens", 5, "total_tokens", 15));
        send(exchange, "application/json", JSON.writeValueAsBytes(response));
    }

    private static Map<String, Object> chunk(String model, Map<String, Object> delta, String finish) {
        var choice = new LinkedHashMap<String, Object>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        var m = new LinkedHashMap<String, Object>();
        m.put("id", "chatcmpl-stub");
        m.put("object", "chat.completion.chunk");
        m.put("created", 0);
        m.put("model", model);
        m.put("choices", List.of(choice));
        return m;
    }

    private static void sse(OutputStream out, Object data) throws IOException {
        out.write(("data: " + JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void ollama(HttpExchange exchange) throws IOException {
        var body = JSON.readTree(exchange.getRequestBody());
        var text = answer(body);
        var model = body.path("model").asText("stub");
        boolean stream = body.path("stream").asBoolean(true);
        if (stream) {
            exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (var piece : pieces(text)) {
                    line(out, ollamaMessage(model, piece, false));
                }
                line(out, ollamaMessage(model, "", true));
            }
            return;
        }
        send(exchange, "application/json", JSON.writeValueAsBytes(ollamaMessage(model, text, true)));
    }

    private static Map<String, Object> ollamaMessage(String model, String content, boolean done) {
        var m = new LinkedHashMap<String, Object>();
        m.put("model", model);
        m.put("created_at", "2026-01-01T00:00:00Z");
        m.put("message", Map.of("role", "assistant", "content", content));
        m.put("done", done);
        if (done) {
            m.put("done_reason", "stop");
            m.put("prompt_eval_count", 10);
            m.put("eval_count", 5);
        }
        return m;
    }

    private static void line(OutputStream out, Object data) throws IOException {
        out.write((JSON.writeValueAsString(data) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
