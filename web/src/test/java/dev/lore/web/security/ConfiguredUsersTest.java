package dev.lore.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lore.web.LoreProperties;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class ConfiguredUsersTest {

    @Test
    void userDirectoryAndLoginSeeTheSameGroupsAndRoles() {
        var users = new ConfiguredUsers(List.of(
                new LoreProperties.User("harriet", "{noop}pw", Set.of("hr"), Set.of()),
                new LoreProperties.User("admin", "{noop}pw", Set.of(), Set.of("ADMIN"))));
        assertThat(users.find("harriet")).get().extracting(LoreUser::groups).isEqualTo(Set.of("hr"));
        assertThat(users.find("nobody")).isEmpty();
        var details = users.loadUserByUsername("admin");
        var caller = Caller.of(UsernamePasswordAuthenticationToken.authenticated("admin", null, details.getAuthorities()));
        assertThat(caller.hasRole("ADMIN")).isTrue();
        assertThat(caller.groups()).containsExactly("everyone");
    }

    @Test
    void clearTextPasswordsAndDuplicatesAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new LoreProperties.User("bob", "secret", Set.of(), Set.of()))
                .hasMessageContaining("bob").hasMessageContaining("{noop}");
        var bob = new LoreProperties.User("bob", "{noop}x", Set.of(), Set.of());
        assertThatThrownBy(() -> new ConfiguredUsers(List.of(bob, bob))).hasMessageContaining("listed twice");
    }
}
