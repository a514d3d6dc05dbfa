package dev.lore.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on a random port over a tiny corpus (handbook for everyone, hr for group hr, finance for group
 * finance), ingested at start-up into an index in a temporary folder, with the real embedding model and the extractive
 * assistant. Test classes extending it share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
public abstract class LoreServer {

    /** Text only members of hr may ever see. */
    static final String HR_SECRET = "HRSECRET-PINEAPPLE";
    /** Text only members of finance may ever see. */
    static final String FINANCE_SECRET = "FINSECRET-MANGO";

    static final Path DATA = copyCorpus();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void loreProperties(DynamicPropertyRegistry registry) {
        register(registry, "index");
    }

    /** The server's settings with the index in {@code DATA/indexFolder} (each server needs its own folder). */
    static void register(DynamicPropertyRegistry registry, String indexFolder) {
        registry.add("lore.index.dir", () -> DATA.resolve(indexFolder).toString());
        registry.add("lore.feedback.file", () -> DATA.resolve("feedback.jsonl").toString());
        registry.add("lore.openai.api-keys-file", () -> DATA.resolve("api-keys.json").toString());
        registry.add("lore.sample.enabled", () -> "false");
        String[][] sources = {{"handbook", "everyone"}, {"hr", "hr"}, {"finance", "finance"}};
        for (int i = 0; i < sources.length; i++) {
            String name = sources[i][0];
            registry.add("lore.sources[" + i + "].name", () -> name);
            registry.add("lore.sources[" + i + "].location", () -> DATA.resolve("corpus").resolve(name).toString());
            String group = sources[i][1];
            registry.add("lore.sources[" + i + "].groups", () -> group);
        }
        String[][] users = {{"alice", "employee", ""}, {"harriet", "employee,hr", ""}, {"fred", "employee,finance", ""},
                {"ingester", "", "INGEST"}, {"admin", "employee,hr,finance", "ADMIN"}};
        for (int i = 0; i < users.length; i++) {
            String[] user = users[i];
            registry.add("lore.security.users[" + i + "].name", () -> user[0]);
            registry.add("lore.security.users[" + i + "].password", () -> "{noop}" + user[0] + "-pw");
            registry.add("lore.security.users[" + i + "].groups", () -> user[1]);
            registry.add("lore.security.users[" + i + "].roles", () -> user[2]);
        }
        registry.add("lore.api.max-body-size", () -> "64KB");
    }

    /** A response: status, body and content type. */
    record Reply(int status, String body, String contentType) {
    }

    Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Reply send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        try {
            return new URI("http://127.0.0.1:" + port + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    private static Path copyCorpus() {
        try {
            Path data = Files.createTempDirectory("lore-web-it");
            Path from = Path.of(LoreServer.class.getResource("/corpus").toURI());
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path to = data.resolve("corpus").resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            return data;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot copy the test corpus", e);
        }
    }
}
