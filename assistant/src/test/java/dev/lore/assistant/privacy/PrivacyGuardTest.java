package dev.lore.assistant.privacy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.assistant.AssistantConfig;
import dev.lore.assistant.AssistantFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivacyGuardTest {

    @Test
    void publicHostIsRefusedByName() {
        assertThatThrownBy(() -> new PrivacyGuard(List.of()).checkUrl("https://8.8.8.8/v1", "lore.model.base-url"))
                .isInstanceOf(PrivacyException.class).hasMessageContaining("8.8.8.8")
                .hasMessageContaining("lore.model.base-url");
    }

    @Test
    void loopbackPrivateAndLinkLocalAddressesPass() {
        var guard = new PrivacyGuard(List.of());
        for (var url : List.of("http://localhost:11434", "http://127.0.0.1:8000/v1", "http://10.1.2.3", "http://192.168.0.7",
                "http://172.16.5.5", "http://169.254.1.1", "http://[::1]:8080", "http://[fd12:3456::1]/v1")) {
            assertThatCode(() -> guard.checkUrl(url, "x")).as(url).doesNotThrowAnyException();
        }
    }

    @Test
    void allowListedHostPassesEvenWhenPublic() {
        var guard = new PrivacyGuard(List.of("8.8.8.8", "*.corp.example"));
        assertThatCode(() -> guard.checkUrl("https://8.8.8.8/v1", "x")).doesNotThrowAnyException();
        assertThatCode(() -> guard.checkHost("llm.corp.example", "x")).doesNotThrowAnyException();
    }

    @Test
    void unresolvableHostIsRefused() {
        assertThatThrownBy(() -> new PrivacyGuard(List.of()).checkHost("no-such-host.invalid", "lore.slack.api-base-url"))
                .isInstanceOf(PrivacyException.class).hasMessageContaining("no-such-host.invalid");
    }

    @Test
    void assistantRefusesToStartWithAPublicModelEndpoint() {
        var config = AssistantConfig.from(Map.of("lore.model.provider", "openai", "lore.model.base-url",
                "http://1.1.1.1:8000/v1", "lore.model.name", "qwen")::get);
        assertThatThrownBy(() -> AssistantFactory.create(config, null, null))
                .isInstanceOf(PrivacyException.class).hasMessageContaining("1.1.1.1");
    }
}
