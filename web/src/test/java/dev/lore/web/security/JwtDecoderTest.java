package dev.lore.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.assistant.privacy.PrivacyException;
import dev.lore.assistant.privacy.PrivacyGuard;
import dev.lore.web.LoreProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity provider is an outbound call like any other: its host must be on the private network or allowed. */
class JwtDecoderTest {

    private static LoreProperties.Jwt keysAt(String url) {
        return new LoreProperties.Jwt(null, url, "groups", "roles", "preferred_username");
    }

    @Test
    void identityProviderOutsideTheNetworkIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> SecurityConfiguration.jwtDecoder(keysAt("https://8.8.8.8/keys"), new PrivacyGuard(List.of())))
                .isInstanceOf(PrivacyException.class)
                .hasMessageContaining("lore.security.jwt.jwk-set-uri").hasMessageContaining("8.8.8.8");
    }

    @Test
    void identityProviderOnThePrivateNetworkOrAllowedIsAccepted() {
        assertThat(SecurityConfiguration.jwtDecoder(keysAt("https://10.1.2.3/keys"), new PrivacyGuard(List.of())))
                .isNotNull();
        assertThat(SecurityConfiguration.jwtDecoder(keysAt("https://8.8.8.8/keys"), new PrivacyGuard(List.of("8.8.8.8"))))
                .isNotNull();
    }
}
