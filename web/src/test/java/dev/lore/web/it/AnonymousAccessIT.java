package dev.lore.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With lore.security.anonymous.enabled, callers without credentials read only documents for everyone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousAccessIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void anonymousServer(DynamicPropertyRegistry registry) {
        LoreServer.register(registry, "anonymous-index");
        registry.add("lore.security.anonymous.enabled", () -> "true");
    }

    HttpResponse<String> call(String user, String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8)));
        }
        return LoreServer.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousCallersReadOnlyEveryoneDocuments() throws Exception {
        var search = call(null, "GET", "/api/v1/search?q=salary%20band%20VPN&k=20", null);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("handbook:").doesNotContain(LoreServer.HR_SECRET)
                .doesNotContain("hr:salaries.md");
        var answer = call(null, "POST", "/api/v1/ask", "{\"question\": \"What is the salary band for senior engineers?\"}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain(LoreServer.HR_SECRET);
        assertThat(call(null, "GET", "/api/v1/admin/status", null).statusCode()).isEqualTo(401);
        assertThat(call(null, "PUT", "/api/v1/documents/push:x", "{\"text\": \"x\"}").statusCode()).isEqualTo(401);
        assertThat(call("harriet", "GET", "/api/v1/search?q=salary%20band", null).body()).contains(LoreServer.HR_SECRET);
    }
}
