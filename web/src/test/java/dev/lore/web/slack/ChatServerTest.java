package dev.lore.web.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on a random port, with the real index (ingested at start from the test corpus with the real embedding
 * model) and the application's assistant, and the chat integrations configured against a local chat API stub; shared
 * by the Slack and OpenAI end-to-end tests so they run on one application context.
 */
// The repository's configuration (demo users alice, harriet, fred and admin, password = name) with test overrides.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.import=optional:file:../config/application.yml")
@Import(TestAssistantConfiguration.class)
public abstract class ChatServerTest {

    public static final String SIGNING_SECRET = "test-signing-secret";
    public static final String BOT_TOKEN = "xoxb-test-token";
    /** A chat user mapped to Lore user harriet (groups employee, hr). */
    public static final String HR_CHAT_USER = "UHARRIET";

    protected static final ChatApiStub CHAT = new ChatApiStub();
    private static final Path DATA = temporaryFolder();
    /** The test corpus: handbook (everyone), hr (group hr, holds "91,500" and HRSECRET-PINEAPPLE), finance. */
    private static final Path CORPUS = Path.of("target/test-classes/corpus").toAbsolutePath();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void chatProperties(DynamicPropertyRegistry registry) {
        registry.add("lore.slack.signing-secret", () -> SIGNING_SECRET);
        registry.add("lore.slack.bot-token", () -> BOT_TOKEN);
        registry.add("lore.slack.api-base-url", () -> CHAT.baseUrl() + "/api");
        registry.add("lore.public-url", () -> "https://lore.example.test");
        registry.add("lore.slack.users[0].id", () -> HR_CHAT_USER);
        registry.add("lore.slack.users[0].user", () -> "harriet");
        registry.add("lore.slack.users[1].id", () -> "UFINANCE");
        registry.add("lore.slack.users[1].groups", () -> "finance");
        registry.add("lore.openai.api-keys-file", () -> DATA.resolve("api-keys.json").toString());
        registry.add("lore.sample.enabled", () -> "false");
        registry.add("lore.index.dir", () -> DATA.resolve("index").toString());
        registry.add("lore.feedback.file", () -> DATA.resolve("feedback.jsonl").toString());
        String[][] sources = {{"handbook", "everyone"}, {"hr", "hr"}, {"finance", "finance"}};
        for (int i = 0; i < sources.length; i++) {
            String[] source = sources[i];
            registry.add("lore.sources[" + i + "].name", () -> source[0]);
            registry.add("lore.sources[" + i + "].location", () -> CORPUS.resolve(source[0]).toString());
            registry.add("lore.sources[" + i + "].groups", () -> source[1]);
        }
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("lore-chat-it");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
