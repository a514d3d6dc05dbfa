package dev.lore.web.openai;

import dev.lore.web.security.LoreUser;
import dev.lore.web.security.UserDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer KEY} with an issued API key as the key's user, with that user's current
 * groups and roles; a key whose user is no longer configured authenticates nobody.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyStore keys;
    private final UserDirectory users;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(ApiKeyStore keys, UserDirectory users) {
        this.keys = keys;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            keys.find(header.substring(7).strip())
                    .flatMap(key -> users.find(key.user()))
                    .ifPresent(user -> {
                        var context = contexts.createEmptyContext();
                        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                user.name(), null, authorities(user)));
                        contexts.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }

    /** The same authorities the main chain gives a configured user: {@code ROLE_x} and {@code GROUP_x}. */
    private static List<GrantedAuthority> authorities(LoreUser user) {
        var authorities = new ArrayList<GrantedAuthority>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        user.groups().forEach(group -> authorities.add(new SimpleGrantedAuthority("GROUP_" + group)));
        return authorities;
    }
}
