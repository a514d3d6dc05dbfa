package dev.lore.web.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Calls a running Lore server's admin API with HTTP Basic credentials from LORE_USER and LORE_PASSWORD. */
final class ServerClient {

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    ServerClient(String server, Map<String, String> environment) {
        this.base = URI.create(server.endsWith("/") ? server : server + "/");
        String user = environment.get("LORE_USER");
        String password = environment.get("LORE_PASSWORD");
        this.authorization = user == null || password == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether anything answers at the server address. */
    boolean reachable() {
        try {
            var request = HttpRequest.newBuilder(base.resolve("actuator/health")).timeout(Duration.ofSeconds(5)).GET().build();
            http.send(request, HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    JsonNode post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private JsonNode send(HttpRequest.Builder builder) {
        if (authorization == null) {
            throw new ExitCodes.AccessDeniedException(
                    "set LORE_USER and LORE_PASSWORD to an ADMIN user's credentials to talk to the server at " + base);
        }
        var request = builder.header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofMinutes(1)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                throw new ExitCodes.AccessDeniedException("the server at " + base + " refused "
                        + (status == 401 ? "the credentials in LORE_USER/LORE_PASSWORD" : "this user: it needs the ADMIN role"));
            }
            if (status >= 400) {
                throw new IllegalStateException("the server answered " + status + ": " + body.path("message").asText(body.toString()));
            }
            return body;
        } catch (ConnectException e) {
            throw new UncheckedIOException("no Lore server answers at " + base, e);
        } catch (IOException e) {
            throw new UncheckedIOException("talking to " + base + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + base, e);
        }
    }

    String pretty(JsonNode node) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
