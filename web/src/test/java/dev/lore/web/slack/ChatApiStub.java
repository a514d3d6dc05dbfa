package dev.lore.web.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for the chat platform on a random loopback port: {@code /api/chat.postMessage},
 * {@code /api/users.info} (every user is fred@kestrel-lumen.example) and {@code /hooks/...} response URLs; it records
 * every request it receives.
 */
public final class ChatApiStub implements AutoCloseable {

    /** One request the platform received. */
    public record Received(String path, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ObjectMapper json = new ObjectMapper();

    public ChatApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path + (exchange.getRequestURI().getQuery() == null ? ""
                    : "?" + exchange.getRequestURI().getQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body.length == 0 ? json.nullNode() : json.readTree(body)));
            String text = path.endsWith("chat.postMessage") ? "{\"ok\":true,\"ts\":\"1700000000.000200\"}"
                    : path.endsWith("users.info") ? "{\"ok\":true,\"user\":{\"profile\":{\"email\":\"fred@kestrel-lumen.example\"}}}"
                    : "ok";
            byte[] reply = text.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request received within the timeout, or null. */
    public Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Forgets everything received so far. */
    public List<Received> drain() {
        List<Received> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
