package dev.lore.web.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyStoreTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void keyIsStoredOnlyAsHashAndSurvivesRestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/api-keys.json");
        var issued = new ApiKeyStore(file, json, Clock.systemUTC()).create("alice");

        assertThat(Files.readString(file)).contains("alice").doesNotContain(issued.key());
        var reopened = new ApiKeyStore(file, json, Clock.systemUTC());
        assertThat(reopened.find(issued.key())).hasValueSatisfying(k -> assertThat(k.user()).isEqualTo("alice"));
        assertThat(reopened.find(issued.key() + "x")).isEmpty();
        assertThat(reopened.find("sk-" + issued.key())).isEmpty();
    }

    @Test
    void revokedKeyNoLongerAuthenticatesAfterRestart(@TempDir Path dir) {
        Path file = dir.resolve("api-keys.json");
        var store = new ApiKeyStore(file, json, Clock.systemUTC());
        var kept = store.create("alice");
        var revoked = store.create("bob");

        assertThat(store.revoke(revoked.id())).isTrue();
        assertThat(store.revoke(revoked.id())).isFalse();
        var reopened = new ApiKeyStore(file, json, Clock.systemUTC());
        assertThat(reopened.find(revoked.key())).isEmpty();
        assertThat(reopened.find(kept.key())).isPresent();
        assertThat(reopened.list()).extracting(ApiKeyStore.StoredKey::user).containsExactly("alice");
    }
}
