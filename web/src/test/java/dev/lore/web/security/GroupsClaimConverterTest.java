package dev.lore.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lore.web.LoreProperties;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class GroupsClaimConverterTest {

    private static Jwt token(String claim, Object value) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u-123")
                .claim("preferred_username", "harriet").claim(claim, value).claim("roles", List.of("INGEST"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

    @Test
    void configuredGroupsClaimBecomesTheCallersGroups() {
        var settings = new LoreProperties.Jwt("https://idp.example", null, "lore_groups", "roles", "preferred_username");
        var caller = Caller.of(new GroupsClaimConverter(settings).convert(token("lore_groups", List.of("hr", "employee"))));
        assertThat(caller.name()).isEqualTo("harriet");
        assertThat(caller.groups()).containsExactlyInAnyOrder("hr", "employee", "everyone");
        assertThat(caller.roles()).containsExactly("INGEST");
    }

    @Test
    void spaceSeparatedClaimIsSplitAndOtherClaimsAreIgnored() {
        var settings = new LoreProperties.Jwt(null, "https://idp.example/jwks", "groups", "roles", "preferred_username");
        var caller = Caller.of(new GroupsClaimConverter(settings).convert(token("groups", "finance employee")));
        assertThat(caller.groups()).containsExactlyInAnyOrder("finance", "employee", "everyone");
        var none = Caller.of(new GroupsClaimConverter(settings).convert(token("other", List.of("hr"))));
        assertThat(none.groups()).containsExactly("everyone");
    }
}
