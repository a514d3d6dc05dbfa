package dev.lore.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.web.slack.TestAssistantConfiguration.AssistantDelay;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SlackWebhookIT extends ChatServerTest {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);
    private static final Duration SILENCE = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final SlackSignature signer = new SlackSignature(SIGNING_SECRET, Duration.ofMinutes(5), Clock.systemUTC());

    @Autowired
    private AssistantDelay delay;
    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    @AfterEach
    void quiet() {
        delay.set(Duration.ZERO);
        CHAT.drain();
    }

    @Test
    void urlVerificationEchoesTheChallenge() throws Exception {
        var response = post("/slack/events", "{\"type\":\"url_verification\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV\"}",
                "application/json", now(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("challenge").asText()).isEqualTo("3eZbrw1aBm2rZgRNFdxV");
    }

    @Test
    void signedMentionIsAnsweredInItsThreadWithCitationLinks() throws Exception {
        double answered = meters.find("lore.answers").tag("channel", "slack").counters().stream()
                .mapToDouble(Counter::count).sum();
        var response = post("/slack/events", mention("C0PUBLIC", "1700000001.000100", null,
                "<@ULORE> how do I connect to the VPN?", "UALICE"), "application/json", now(), null);
        assertThat(response.statusCode()).isEqualTo(200);

        var post = CHAT.next(ANSWER_WAIT);
        assertThat(post).as("answer posted to the chat API").isNotNull();
        assertThat(post.path()).isEqualTo("/api/chat.postMessage");
        assertThat(post.authorization()).isEqualTo("Bearer " + BOT_TOKEN);
        assertThat(post.body().path("channel").asText()).isEqualTo("C0PUBLIC");
        assertThat(post.body().path("thread_ts").asText()).isEqualTo("1700000001.000100");
        assertThat(post.body().path("text").asText())
                .contains("WireGuard")
                .containsPattern("<https://lore\\.example\\.test/document\\.html\\?id=handbook%3Ait%2Fvpn\\.md[^|>]*\\|\\[1]>")
                .contains("*Sources:*");
        assertThat(meters.find("lore.answers").tag("channel", "slack").counters().stream().mapToDouble(Counter::count).sum())
                .as("Slack answers are counted in the answer metrics").isEqualTo(answered + 1);
    }

    @Test
    void replyInAThreadStaysInThatThread() throws Exception {
        post("/slack/events", mention("C0PUBLIC", "1700000002.000300", "1700000002.000100",
                "<@ULORE> VPN client install?", "UALICE"), "application/json", now(), null);

        var post = CHAT.next(ANSWER_WAIT);
        assertThat(post).isNotNull();
        assertThat(post.body().path("thread_ts").asText()).isEqualTo("1700000002.000100");
    }

    @Test
    void slashCommandIsAnsweredAtItsResponseUrl() throws Exception {
        String form = form(Map.of("command", "/ask", "text", "how do I connect to the VPN?", "user_id", "UALICE",
                "channel_id", "C0PUBLIC", "channel_name", "general", "response_url", CHAT.baseUrl() + "/hooks/T1/42/abc"));

        var ack = post("/slack/commands", form, "application/x-www-form-urlencoded", now(), null);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ack.body()).path("response_type").asText()).isEqualTo("ephemeral");
        var post = CHAT.next(ANSWER_WAIT);
        assertThat(post).isNotNull();
        assertThat(post.path()).isEqualTo("/hooks/T1/42/abc");
        assertThat(post.body().path("text").asText()).contains("WireGuard").contains("|[1]>");
    }

    @Test
    void badSignatureIsRejectedAndNothingIsPosted() throws Exception {
        String body = mention("C0PUBLIC", "1700000003.000100", null, "<@ULORE> VPN client?", "UALICE");
        String timestamp = now();
        String wrong = "v0=" + "0".repeat(64);

        assertThat(post("/slack/events", body, "application/json", timestamp, wrong).statusCode()).isEqualTo(401);
        assertThat(postUnsigned("/slack/events", body).statusCode()).isEqualTo(401);
        String command = form(Map.of("text", "VPN client?", "response_url", CHAT.baseUrl() + "/hooks/x"));
        assertThat(post("/slack/commands", command, "application/x-www-form-urlencoded", timestamp, wrong).statusCode())
                .isEqualTo(401);
        assertThat(CHAT.next(SILENCE)).as("nothing posted").isNull();
    }

    @Test
    void replayedOldTimestampIsRejectedAndNothingIsPosted() throws Exception {
        String body = mention("C0PUBLIC", "1700000004.000100", null, "<@ULORE> VPN client?", "UALICE");
        String old = String.valueOf(Instant.now().minusSeconds(301).getEpochSecond());

        var response = post("/slack/events", body, "application/json", old, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(CHAT.next(SILENCE)).as("nothing posted").isNull();
    }

    @Test
    void retriedEventIsAnsweredOnce() throws Exception {
        String body = mention("C0PUBLIC", "1700000005.000100", null, "<@ULORE> VPN client install?", "UALICE");

        assertThat(post("/slack/events", body, "application/json", now(), null).statusCode()).isEqualTo(200);
        var retry = HttpRequest.newBuilder(URI.create(url("/slack/events")))
                .header("Content-Type", "application/json").header("X-Slack-Retry-Num", "1")
                .header("X-Slack-Retry-Reason", "http_timeout");
        assertThat(send(retry, body, now(), null).statusCode()).isEqualTo(200);

        assertThat(CHAT.next(ANSWER_WAIT)).isNotNull();
        assertThat(CHAT.next(SILENCE)).as("no second answer").isNull();
    }

    @Test
    void botMessagesAreIgnored() throws Exception {
        String fromBot = """
                {"type":"event_callback","event_id":"%s","event":{"type":"message","channel_type":"im","channel":"D1",
                 "user":"UALICE","bot_id":"B1","text":"VPN client install?","ts":"1700000006.000100"}}"""
                .formatted(UUID.randomUUID());
        String botSubtype = """
                {"type":"event_callback","event_id":"%s","event":{"type":"message","subtype":"bot_message",
                 "channel_type":"im","channel":"D1","text":"VPN client install?","ts":"1700000006.000200"}}"""
                .formatted(UUID.randomUUID());

        assertThat(post("/slack/events", fromBot, "application/json", now(), null).statusCode()).isEqualTo(200);
        assertThat(post("/slack/events", botSubtype, "application/json", now(), null).statusCode()).isEqualTo(200);
        assertThat(CHAT.next(SILENCE)).as("bots are not answered").isNull();
    }

    @Test
    void restrictedDocumentIsNeverUsedInAChannel() throws Exception {
        String question = "<@ULORE> what is the salary band for senior engineers?";

        post("/slack/events", mention("C0PUBLIC", "1700000007.000100", null, question, HR_CHAT_USER),
                "application/json", now(), null);
        var inChannel = CHAT.next(ANSWER_WAIT);
        assertThat(inChannel).isNotNull();
        assertThat(inChannel.body().path("text").asText()).doesNotContain("91,500").doesNotContain("HRSECRET").doesNotContain("hr:");

        // The same person asking in a direct message reads the hr document: the check above can fail.
        post("/slack/events", directMessage("D0HARRIET", "1700000007.000200", question, HR_CHAT_USER),
                "application/json", now(), null);
        var inDirectMessage = CHAT.next(ANSWER_WAIT);
        assertThat(inDirectMessage).isNotNull();
        assertThat(inDirectMessage.body().path("channel").asText()).isEqualTo("D0HARRIET");
        assertThat(inDirectMessage.body().path("text").asText()).contains("91,500");
    }

    @Test
    void unmappedUserReadsOnlyEveryoneDocumentsInADirectMessage() throws Exception {
        post("/slack/events", directMessage("D0ALICE", "1700000008.000100",
                "what is the salary band for senior engineers?", "UALICE"),
                "application/json", now(), null);

        var post = CHAT.next(ANSWER_WAIT);
        assertThat(post).isNotNull();
        assertThat(post.body().path("text").asText()).doesNotContain("91,500").doesNotContain("HRSECRET");
    }

    @Test
    void slowModelDoesNotDelayTheAcknowledgement() throws Exception {
        delay.set(Duration.ofSeconds(5));
        long start = System.nanoTime();

        var response = post("/slack/events", mention("C0PUBLIC", "1700000009.000100", null,
                "<@ULORE> VPN client install?", "UALICE"), "application/json", now(), null);
        var ack = post("/slack/commands", form(Map.of("text", "VPN client install?", "user_id", "UALICE",
                        "channel_id", "C0PUBLIC", "response_url", CHAT.baseUrl() + "/hooks/slow")),
                "application/x-www-form-urlencoded", now(), null);

        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(millis).as("both acknowledged well within Slack's 3 seconds").isLessThan(3000);
        assertThat(CHAT.next(Duration.ofSeconds(2))).as("the slow answer is not there yet").isNull();
        assertThat(CHAT.next(ANSWER_WAIT)).as("the answer arrives later").isNotNull();
        assertThat(CHAT.next(ANSWER_WAIT)).as("and the command's answer too").isNotNull();
    }

    private static String mention(String channel, String ts, String threadTs, String text, String user) {
        return """
                {"type":"event_callback","event_id":"%s","event":{"type":"app_mention","channel":"%s","user":"%s",
                 "text":"%s","ts":"%s"%s}}""".formatted("Ev" + UUID.randomUUID(), channel, user, text, ts,
                threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"");
    }

    private static String directMessage(String channel, String ts, String text, String user) {
        return """
                {"type":"event_callback","event_id":"%s","event":{"type":"message","channel_type":"im","channel":"%s",
                 "user":"%s","text":"%s","ts":"%s"}}""".formatted("Ev" + UUID.randomUUID(), channel, user, text, ts);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    private HttpResponse<String> post(String path, String body, String contentType, String timestamp, String signature)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType);
        return send(request, body, timestamp, signature);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String body, String timestamp, String signature)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        request.header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature != null ? signature : signer.sign(timestamp, bytes))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postUnsigned(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
