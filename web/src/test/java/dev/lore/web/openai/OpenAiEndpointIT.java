package dev.lore.web.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.lore.web.slack.ChatServerTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpenAiEndpointIT extends ChatServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    private MeterRegistry meters;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void openAiClientGetsAnAnswerWithNumberedSources() {
        var model = OpenAiChatModel.builder().baseUrl(url("/v1")).apiKey(createKey("alice")).modelName("lore")
                .timeout(Duration.ofSeconds(60)).build();

        String answer = model.chat("How do I connect to the VPN?");

        assertThat(answer).contains("WireGuard").contains("[1]").contains("Sources:").contains("handbook:it/vpn.md");
    }

    @Test
    void answersThroughTheEndpointAreCountedInTheAnswerMetrics() {
        double before = answersCounted();
        var model = OpenAiChatModel.builder().baseUrl(url("/v1")).apiKey(createKey("alice")).modelName("lore")
                .timeout(Duration.ofSeconds(60)).build();

        model.chat("How do I connect to the VPN?");

        assertThat(answersCounted()).isEqualTo(before + 1);
    }

    private double answersCounted() {
        return meters.find("lore.answers").tag("channel", "openai").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    @Test
    void openAiClientSendsTheConversationAsHistory() {
        var model = OpenAiChatModel.builder().baseUrl(url("/v1")).apiKey(createKey("alice")).modelName("lore")
                .timeout(Duration.ofSeconds(60)).build();

        String first = model.chat("How do I connect to the VPN?");

        ChatResponse response = model.chat(UserMessage.from("How do I connect to the VPN?"), AiMessage.from(first),
                UserMessage.from("And what if it does not connect?"));

        assertThat(response.aiMessage().text()).contains("4242");
        assertThat(response.tokenUsage().totalTokenCount()).isPositive();
    }

    @Test
    void openAiStreamingClientReceivesTheAnswerInPieces() throws Exception {
        var model = OpenAiStreamingChatModel.builder().baseUrl(url("/v1")).apiKey(createKey("alice"))
                .modelName("lore").timeout(Duration.ofSeconds(60)).build();
        List<String> pieces = new ArrayList<>();
        var done = new CompletableFuture<ChatResponse>();

        model.chat("How do I connect to the VPN?", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.add(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });

        ChatResponse response = done.get(60, TimeUnit.SECONDS);
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(String.join("", pieces)).isEqualTo(response.aiMessage().text()).contains("WireGuard")
                .contains("Sources:");
    }

    @Test
    void rawStreamIsOpenAiChunksEndingWithDone() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/v1/chat/completions")))
                .header("Authorization", "Bearer " + createKey("alice")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"model":"lore","stream":true,"stream_options":{"include_usage":true},
                         "messages":[{"role":"user","content":"How do I connect to the VPN?"}]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        List<String> events = List.of(response.body().split("\n\n"));
        assertThat(events).allSatisfy(event -> assertThat(event).startsWith("data: "));
        assertThat(events.getLast()).isEqualTo("data: [DONE]");
        List<JsonNode> chunks = new ArrayList<>();
        for (String event : events.subList(0, events.size() - 1)) {
            chunks.add(json.readTree(event.substring("data: ".length())));
        }
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.path("id").asText()).isEqualTo(chunks.getFirst().path("id").asText()).startsWith("chatcmpl-");
            assertThat(chunk.path("model").asText()).isEqualTo("lore");
        });
        assertThat(chunks.getFirst().at("/choices/0/delta/role").asText()).isEqualTo("assistant");
        JsonNode last = chunks.get(chunks.size() - 2);
        assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(chunks.getLast().path("choices")).isEmpty();
        assertThat(chunks.getLast().at("/usage/total_tokens").asInt()).isPositive();
        StringBuilder content = new StringBuilder();
        chunks.forEach(chunk -> content.append(chunk.at("/choices/0/delta/content").asText("")));
        assertThat(content).contains("WireGuard").contains("[1]");
    }

    @Test
    void modelsListsLore() throws Exception {
        String key = createKey("alice");
        var response = get("/v1/models", key);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode models = json.readTree(response.body());
        assertThat(models.path("object").asText()).isEqualTo("list");
        assertThat(models.at("/data/0/id").asText()).isEqualTo("lore");
        assertThat(json.readTree(get("/v1/models/lore", key).body()).path("id").asText()).isEqualTo("lore");
        assertThat(get("/v1/models/gpt-4o", key).statusCode()).isEqualTo(404);
    }

    @Test
    void badRequestsGetOpenAiErrorsNamingTheProblem() throws Exception {
        String key = createKey("alice");

        var unknownModel = complete(key, "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"VPN?\"}]}");
        var noMessages = complete(key, "{\"model\":\"lore\"}");
        var notJson = complete(key, "{\"model\":");

        assertThat(unknownModel.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknownModel.body()).at("/error/code").asText()).isEqualTo("model_not_found");
        assertThat(noMessages.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noMessages.body()).at("/error/message").asText()).contains("messages");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notJson.body()).at("/error/type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void missingOrBadApiKeyGets401() throws Exception {
        String key = createKey("alice");

        assertThat(get("/v1/models", null).statusCode()).isEqualTo(401);
        assertThat(get("/v1/models", key + "x").statusCode()).isEqualTo(401);
        assertThat(get("/v1/models", "lore-" + "A".repeat(43)).statusCode()).isEqualTo(401);
        var badClient = OpenAiChatModel.builder().baseUrl(url("/v1")).apiKey("lore-wrong").modelName("lore").build();
        // langchain4j maps HTTP 401 to its AuthenticationException.
        assertThatThrownBy(() -> badClient.chat("How do I connect to the VPN?"))
                .isInstanceOf(dev.langchain4j.exception.AuthenticationException.class);
        var error = json.readTree(get("/v1/models", null).body());
        assertThat(error.at("/error/code").asText()).isEqualTo("invalid_api_key");
    }

    @Test
    void revokedKeyGets401AndListingNeverShowsKeys() throws Exception {
        JsonNode created = json.readTree(admin("POST", "/api/v1/admin/api-keys", "{\"user\":\"alice\"}").body());
        String key = created.path("key").asText();
        assertThat(get("/v1/models", key).statusCode()).isEqualTo(200);

        String listing = admin("GET", "/api/v1/admin/api-keys", null).body();
        assertThat(listing).contains(created.path("id").asText()).doesNotContain(key);
        assertThat(admin("DELETE", "/api/v1/admin/api-keys/" + created.path("id").asText(), null).statusCode())
                .isEqualTo(204);

        assertThat(get("/v1/models", key).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAdminsManageApiKeys() throws Exception {
        var asAlice = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/admin/api-keys")))
                .header("Authorization", basic("alice")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"alice\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/admin/api-keys"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(asAlice.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void keyForUnknownUserIsRefusedNamingTheField() throws Exception {
        var response = admin("POST", "/api/v1/admin/api-keys", "{\"user\":\"mallory\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("user").contains("mallory");
    }

    @Test
    void restrictedDocumentReachesOnlyKeysOfUsersWhoMayReadIt() {
        String question = "What is the salary band for senior engineers?";
        var alice = OpenAiChatModel.builder().baseUrl(url("/v1")).apiKey(createKey("alice")).modelName("lore").build();
        var harriet = OpenAiChatModel.builder().baseUrl(url("/v1")).apiKey(createKey("harriet")).modelName("lore")
                .build();

        assertThat(alice.chat(question)).doesNotContain("91,500").doesNotContain("HRSECRET");
        assertThat(harriet.chat(question)).contains("91,500");
    }

    private String createKey(String user) {
        try {
            var response = admin("POST", "/api/v1/admin/api-keys", "{\"user\":\"" + user + "\"}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return json.readTree(response.body()).path("key").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic("admin"))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> complete(String key, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/v1/chat/completions")))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Test users' passwords are their names. */
    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
