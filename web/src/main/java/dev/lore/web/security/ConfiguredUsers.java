package dev.lore.web.security;

import dev.lore.web.LoreProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The users of {@code lore.security.users}: the login store and the {@link UserDirectory} integrations look up. */
public final class ConfiguredUsers implements UserDirectory, UserDetailsService {

    private final Map<String, LoreProperties.User> users = new LinkedHashMap<>();

    public ConfiguredUsers(List<LoreProperties.User> configured) {
        for (var user : configured) {
            if (users.putIfAbsent(user.name(), user) != null) {
                throw new IllegalArgumentException("lore.security.users: user '" + user.name() + "' is listed twice");
            }
        }
    }

    @Override
    public Optional<LoreUser> find(String name) {
        return Optional.ofNullable(users.get(name)).map(u -> new LoreUser(u.name(), u.groups(), u.roles()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(user.name()).password(user.password()).authorities(authorities(user)).build();
    }

    /** All configured users, in configuration order. */
    public List<LoreUser> all() {
        return users.keySet().stream().map(name -> find(name).orElseThrow()).toList();
    }

    private static List<GrantedAuthority> authorities(LoreProperties.User user) {
        var authorities = new ArrayList<GrantedAuthority>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(Caller.ROLE_PREFIX + role)));
        user.groups().forEach(group -> authorities.add(new SimpleGrantedAuthority(Caller.GROUP_PREFIX + group)));
        return authorities;
    }
}
