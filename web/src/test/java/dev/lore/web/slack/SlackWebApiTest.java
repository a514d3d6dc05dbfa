package dev.lore.web.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lore.assistant.privacy.PrivacyException;
import dev.lore.assistant.privacy.PrivacyGuard;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackWebApiTest {

    private final ChatApiStub stub = new ChatApiStub();
    private final SlackWebApi api = new SlackWebApi(HttpClient.newHttpClient(), URI.create(stub.baseUrl() + "/api/"),
            "xoxb-1", new ObjectMapper(), new PrivacyGuard(List.of()));

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void postsMessagesWithTheBotTokenInTheThread() throws Exception {
        api.postMessage("C1", "1.1", "Hello <https://x|[1]>");

        var received = stub.next(Duration.ofSeconds(5));
        assertThat(received.path()).isEqualTo("/api/chat.postMessage");
        assertThat(received.authorization()).isEqualTo("Bearer xoxb-1");
        assertThat(received.body().path("channel").asText()).isEqualTo("C1");
        assertThat(received.body().path("thread_ts").asText()).isEqualTo("1.1");
        assertThat(received.body().path("unfurl_links").asBoolean(true)).isFalse();
    }

    @Test
    void looksUpAnAskersEmail() throws Exception {
        assertThat(api.email("U1")).hasValue("fred@kestrel-lumen.example");
        assertThat(stub.next(Duration.ofSeconds(5)).path()).isEqualTo("/api/users.info?user=U1");
    }

    @Test
    void responseUrlOutsideTheNetworkIsRefusedAndNothingSent() throws Exception {
        assertThatThrownBy(() -> api.respond(URI.create("https://203.0.113.7/commands/1"), "secret answer"))
                .isInstanceOf(PrivacyException.class).hasMessageContaining("203.0.113.7");
        assertThat(stub.next(Duration.ofMillis(200))).isNull();
    }
}
